/**
 * Issue 14 in real Chromium against the real library, with real mouse drags:
 * a precise selection after a clitic is stored as dragged, brackets are kept
 * in pairs, a twin is not created (the existing annotation is selected and
 * the status line says so), an orphaned annotation is listed in the side
 * panel and attached by hand, and quick edge moves in a row land on the span
 * they were made on while main's answers are held back.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from '../../electron/services/library/library';
import { nextFrames, openArticle } from './app-actions';
import { expect, test } from './fixtures';
import { heldAnswers } from './held-answers';
import type { HamishApp } from './harness';
import { dragAndTag, dragSelect } from './mouse-selection';

const TITLE = 'بيان الأسرى';
const TEXT = [
  'دعا البيان لتبادل الأسرى فوراً.',
  'وقال المبعوث ويتكوف (Steve Witkoff) إن الاتفاق قريب، وإن الوفد سيصل غداً.',
].join('\n');

const VIEWPORT = { width: 1360, height: 900 };

test.use({ launch: { viewport: VIEWPORT } });

/** A library with the sample and the short statement above, closed again; returns the statement's id. */
async function seed(libraryDir: string): Promise<string> {
  const library = await Library.open(libraryDir, { dailyBackup: false });
  const meta = await library.addArticle({ title: TITLE, text: TEXT });
  await library.close();
  return meta.id;
}

async function stored(app: HamishApp, id: string) {
  return (await app.library.listAnnotations(id)).map((a) => ({ quote: a.quote, tag: a.tag }));
}

/** The id of the statement seeded above, as the app's library lists it. */
async function statementId(app: HamishApp): Promise<string> {
  return (await app.library.listArticles()).find((a) => a.title === TITLE)?.id ?? '';
}

test.describe('on a library seeded with the statement', () => {
  test.use({
    libraryDir: async ({ dir }, use) => {
      const libraryDir = join(dir, 'library');
      await seed(libraryDir);
      await use(libraryDir);
    },
  });

  test('a drag after a clitic is stored as dragged, brackets stay in pairs, and a twin is never created', async ({
    app,
  }) => {
    const id = await statementId(app);
    const { page } = app;
    await openArticle(page, TITLE);

    await dragAndTag(page, 'تبادل الأسرى', ['2', '1']); // Demand › Prisoners
    await expect.poll(() => stored(app, id)).toEqual([{ quote: 'تبادل الأسرى', tag: 'demand.prisoners' }]);

    // The same phrase dragged again, backwards, and tagged the same: no twin; the existing one is selected and named.
    await page.keyboard.press('Escape');
    await dragAndTag(page, 'تبادل الأسرى', ['2', '1'], 0, true);
    await expect(page.getByTestId('status')).toHaveText(
      'هذا المقطع موسوم بـ«مطلب: الأسرى» من قبل: حُدِّد التوسيم الموجود.',
    );
    await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('تبادل الأسرى');
    expect(await stored(app, id)).toEqual([{ quote: 'تبادل الأسرى', tag: 'demand.prisoners' }]);

    // The same span with another tag is an overlap the analyst meant: stored.
    await page.keyboard.press('Escape');
    await dragAndTag(page, 'تبادل الأسرى', ['3', '0']); // Event
    await expect.poll(async () => (await stored(app, id)).length).toBe(2);

    // The name with its Latin spelling in brackets keeps both brackets.
    await page.keyboard.press('Escape');
    await dragAndTag(page, 'ويتكوف (Steve Witkoff)', ['1', '0']); // Actor
    await expect
      .poll(() => stored(app, id))
      .toContainEqual({ quote: 'ويتكوف (Steve Witkoff)', tag: 'actor' });
  });

  test('undo after the subtype was removed names it, keeps the step, and puts the annotation back with another tag', async ({
    app,
  }) => {
    const id = await statementId(app);
    const { page } = app;
    await openArticle(page, TITLE);
    await dragAndTag(page, 'لتبادل الأسرى', ['2', '1']); // Demand › Prisoners
    await expect.poll(() => stored(app, id)).toEqual([{ quote: 'لتبادل الأسرى', tag: 'demand.prisoners' }]);

    // The span editor reaches the clitic boundary: one proclitic less at the start.
    const editor = page.getByTestId('annotation-editor');
    await editor.getByLabel('الخطوة').selectOption('clitic');
    await editor.getByRole('button', { name: '− السابقة أو الكلمة الأولى' }).click();
    await expect.poll(() => stored(app, id)).toEqual([{ quote: 'تبادل الأسرى', tag: 'demand.prisoners' }]);
    await editor.getByRole('button', { name: '+ سابقة أو كلمة قبل' }).click();
    await expect.poll(() => stored(app, id)).toEqual([{ quote: 'لتبادل الأسرى', tag: 'demand.prisoners' }]);

    await page.keyboard.press('Delete');
    await expect.poll(() => stored(app, id)).toEqual([]);
    // The subtype is removed outside this window's undo history (another window or the CLI): a save in
    // this window's scheme editor is itself an undo step, which Ctrl+Z would take back first.
    const scheme = await app.library.getTaxonomy();
    const types = scheme.types.map((type) => ({
      ...type,
      subtypes: type.subtypes.filter((sub) => sub.id !== 'prisoners'),
    }));
    await app.library.saveTaxonomy({ ...scheme, types });

    await page.keyboard.press('Control+z');
    const repair = page.getByTestId('undo-repair');
    await expect(repair).toContainText('حُذف النوع الفرعي «الأسرى» من المخطط.');
    await repair.getByRole('button', { name: 'مطلب: مطلب آخر' }).click();
    await expect.poll(() => stored(app, id)).toEqual([{ quote: 'لتبادل الأسرى', tag: 'demand.other' }]);
    await expect(repair).toHaveCount(0);
    // The steps behind it still apply: the two edge moves, then the create.
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored(app, id)).toEqual([{ quote: 'تبادل الأسرى', tag: 'demand.other' }]);
  });
});

test('an orphaned annotation is listed with its old quote and context, left alone, and attached by hand', async ({
  dir,
  launchApp,
}) => {
  const libraryDir = join(dir, 'library');
  const id = await seed(libraryDir);
  const library = await Library.open(libraryDir, { dailyBackup: false });
  const lost = await library.createAnnotation({ articleId: id, start: 0, end: 3, tag: 'actor' });
  const at = [...TEXT.slice(0, TEXT.indexOf('الاتفاق قريب'))].length;
  const moved = await library.createAnnotation({ articleId: id, start: at, end: at + 12, tag: 'event' });
  await library.close();
  const path = join(libraryDir, 'annotations', `${id}.json`);
  const file = JSON.parse(await readFile(path, 'utf8')) as { annotations: Record<string, unknown>[] };
  file.annotations = file.annotations.map((a) =>
    a['id'] === lost.id
      ? { ...a, quote: 'حماس', prefix: 'وقالت مصادر مقربة من حركة ', suffix: ' إن الوفد سيصل غداً' }
      : { ...a, start: moved.start - 2, end: moved.end - 2 },
  );
  const bytes = JSON.stringify(file);
  await writeFile(path, bytes);

  const app = await launchApp({ libraryDir, viewport: VIEWPORT });
  const { page } = app;
  await openArticle(page, TITLE);
  // The one move that happened is told once, with its old and new position.
  await expect(page.getByTestId('status')).toHaveText(
    `أُعيد ربط توسيم واحد حيث وُجد نصه وسياقه: «الاتفاق قريب» ${moved.start - 2}–${moved.end - 2} → ${moved.start}–${moved.end}.`,
  );
  const orphans = page.getByTestId('orphans');
  await expect(orphans).toContainText('توسيمات يتيمة (1)');
  await expect(orphans.locator('mark')).toHaveText('حماس');
  await expect(orphans).toContainText('وقالت مصادر مقربة من حركة');
  // Opening the article wrote nothing.
  expect(await readFile(path, 'utf8')).toBe(bytes);

  await dragSelect(page, 'المبعوث');
  await orphans.getByRole('button', { name: 'اربطه بالتحديد' }).click();
  await expect(orphans).toHaveCount(0);
  await expect
    .poll(() => stored(app, id))
    .toEqual([
      { quote: 'المبعوث', tag: 'actor' },
      { quote: 'الاتفاق قريب', tag: 'event' },
    ]);
  expect((await app.library.listAnnotations(id)).some((a) => a.orphaned)).toBe(false);
});

test.describe('with main’s answers to updateAnnotation held back', () => {
  const held = heldAnswers('updateAnnotation');

  test.use({ launch: { viewport: VIEWPORT, beforeDispatch: held.beforeDispatch } });

  test.beforeEach(() => {
    held.holding = false;
  });

  // Let go of anything still held, so the app closes.
  test.afterEach(() => held.releaseAll());

  test('quick edge moves in a row land on the span they were made on while main’s answers are held', async ({
    app,
  }) => {
    const { page } = app;
    await openArticle(page);
    const [sample] = await app.library.listArticles();
    const quotes = async () => (await app.library.listAnnotations(sample?.id ?? '')).map((a) => a.quote);
    const editor = page.getByTestId('annotation-editor').locator('h3');

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expect(editor).toHaveText('مصادر إخبارية');

    held.holding = true;
    await page.keyboard.press('Shift+ArrowLeft'); // grow the end: «مصادر إخبارية عن»
    await expect(editor).toHaveText('مصادر إخبارية عن');
    await page.keyboard.press('Shift+ArrowRight'); // shrink it back: «مصادر إخبارية»
    await expect(editor).toHaveText('مصادر إخبارية');
    await expect.poll(() => held.gates.length).toBe(2);
    // Main answers the first move only now, after the second was made on what the first showed.
    const answeredBefore = await app.answeredCalls('updateAnnotation');
    held.gates.shift()?.();
    await expect.poll(quotes).toEqual(['مصادر إخبارية عن']);
    // "Saved" waits for every edit in flight now: once the first answer has reached the page and the
    // frames after it have run, the page must still be saving and still show the later span.
    await expect.poll(() => app.answeredCalls('updateAnnotation')).toBe(answeredBefore + 1);
    await nextFrames(page);
    await expect(page.getByTestId('status')).toHaveText('جارٍ الحفظ…');
    await expect(editor).toHaveText('مصادر إخبارية');

    await page.keyboard.press('Alt+Shift+ArrowLeft'); // shrink the start of «مصادر إخبارية»
    await expect(editor).toHaveText('إخبارية');
    await expect.poll(() => held.gates.length).toBe(2);
    held.holding = false;
    while (held.gates.length > 0) held.gates.shift()?.();
    await expect.poll(quotes).toEqual(['إخبارية']);
    await expect(editor).toHaveText('إخبارية');
  });
});
