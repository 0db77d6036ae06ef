/**
 * Issue 15, findings 2 and 3, in real Chromium against a real library of
 * five Arabic articles: tagging one phrase in all five counts its actions
 * (≤ 12) through the reader's preview and undoes as one step; tagging a
 * search from its results list without leaving it (one mention unticked);
 * an entity's other names and scripts find its articles; an entity's page
 * lists its mentions (keyword in context) and opens each at its span.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Library } from '../../electron/services/library/library';
import type { Annotation } from '../../shared/model';
import { markedSearchHit, openArticle, waitForSaved } from './app-actions';
import type { HamishApp } from './harness';
import { dragSelect } from './mouse-selection';
import { expect, test } from './fixtures';

/** Five short news items that each mention the prisoner exchange, spelled as papers spell it. */
const ARTICLES: [string, string][] = [
  ['الوسطاء يبحثون صفقة جديدة', 'قال مسؤول مصري إن الوسطاء يبحثون صفقة جديدة تشمل تبادل الأسرى ووقف القتال.'],
  ['عائلات المحتجزين تتظاهر', 'تظاهرت عائلات المحتجزين مطالبة الحكومة بإتمام تبادل الاسرى دون تأخير.'],
  ['المبعوث الأمريكي في الدوحة', 'وصل ستيف ويتكوف إلى الدوحة لبحث تبادلِ الأسرى مع الوسطاء القطريين.'],
  ['بيان الحركة', 'أكدت الحركة في بيانها أن تبادل الأسرى شرط لأي اتفاق، وأن المفاوضات مستمرة.'],
  [
    'تحليل: عقبات أمام الاتفاق',
    'يرى محللون أن ملف تبادل الأسرى هو العقبة الأكبر، إلى جانب الانسحاب من المعابر.',
  ],
];

test.use({
  launch: { viewport: { width: 1360, height: 900 }, seedSample: false },
  libraryDir: async ({ dir }, use) => {
    const libraryDir = join(dir, 'library');
    const library = await Library.open(libraryDir);
    for (const [title, text] of ARTICLES) await library.addArticle({ title, text, language: 'ar' });
    await library.close();
    await use(libraryDir);
  },
});

/** Every annotation of the library, with its article's title. */
async function allAnnotations(app: HamishApp): Promise<(Annotation & { title: string })[]> {
  const out: (Annotation & { title: string })[] = [];
  for (const meta of await app.library.listArticles()) {
    for (const a of await app.library.listAnnotations(meta.id)) out.push({ ...a, title: meta.title });
  }
  return out;
}

/** Counts the user's actions (clicks, drags, key presses, a typed query) as the script makes them. */
function actionCounter(page: Page) {
  let count = 0;
  return {
    async act<T>(action: () => Promise<T>): Promise<T> {
      count++;
      return action();
    },
    press: (key: string) => {
      count++;
      return page.keyboard.press(key);
    },
    get count() {
      return count;
    },
  };
}

test('one phrase tagged in five articles takes at most 12 actions and undoes as one step', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  const steps = actionCounter(page);
  await steps.act(() => openArticle(page, 'الوسطاء يبحثون صفقة جديدة'));
  await steps.act(() => dragSelect(page, 'تبادل الأسرى'));
  await steps.press('2');
  await steps.press('1');
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('تبادل الأسرى');
  await steps.act(() => page.getByRole('button', { name: 'وسم في كل المقالات…' }).click());
  const dialog = page.getByTestId('mentions-dialog');
  await expect(dialog.getByRole('checkbox')).toHaveCount(4);
  // Each row shows its article and the sentence with the mention marked, in every spelling.
  await expect(dialog.locator('mark')).toHaveText([
    'تبادل الاسرى',
    'تبادلِ الأسرى',
    'تبادل الأسرى',
    'تبادل الأسرى',
  ]);
  await expect(dialog.locator('.mentions-article')).toHaveText(ARTICLES.slice(1).map(([t]) => t));
  await page.screenshot({ path: join(shotsDir, 'tag-across-ar.png') });
  await steps.act(() => dialog.getByRole('button', { name: 'وسم 4 إشارات في 4 مقال' }).click());
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('status')).toHaveText('وُسمت 4 إشارات في 4 مقال.');

  expect(steps.count).toBeLessThanOrEqual(12);
  console.log(`one phrase in five articles: ${steps.count} actions`);
  await expect.poll(async () => (await allAnnotations(app)).length).toBe(5);
  const tagged = await allAnnotations(app);
  expect(tagged.map((a) => a.title).sort()).toEqual(ARTICLES.map(([t]) => t).sort());
  expect(new Set(tagged.map((a) => a.tag))).toEqual(new Set(['demand.prisoners']));

  // One undo takes the other four articles' annotations back; the reader's own stays.
  await page.locator('.reader-scroll').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await allAnnotations(app)).map((a) => a.title)).toEqual([ARTICLES[0]?.[0]]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await allAnnotations(app)).length).toBe(5);
});

test('a search is tagged from its results list without leaving it, one mention unticked', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  const steps = actionCounter(page);
  const box = page.getByRole('searchbox', { name: 'البحث في المكتبة' });
  await steps.act(() => box.fill('تبادل الأسرى'));
  await expect(page.locator('.search-hit')).toHaveCount(5);
  await steps.act(() => page.getByRole('button', { name: 'وسم هذه الإشارات…' }).click());
  const dialog = page.getByTestId('mentions-dialog');
  await expect(dialog.getByRole('checkbox')).toHaveCount(5);
  await steps.act(() => dialog.getByTestId('mentions-tag').selectOption('demand.prisoners'));
  await steps.act(() =>
    dialog.locator('li', { hasText: 'عائلات المحتجزين تتظاهر' }).getByRole('checkbox').uncheck(),
  );
  await page.screenshot({ path: join(shotsDir, 'tag-search-ar.png') });
  await steps.act(() => dialog.getByRole('button', { name: 'وسم 4 إشارات في 4 مقال' }).click());
  await expect(dialog).toHaveCount(0);
  expect(steps.count).toBeLessThanOrEqual(12);

  // Still on the results, the query as typed.
  await expect(page.getByTestId('search-results')).toBeVisible();
  await expect(box).toHaveValue('تبادل الأسرى');
  await expect.poll(async () => (await allAnnotations(app)).length).toBe(4);
  expect((await allAnnotations(app)).map((a) => a.title)).not.toContain('عائلات المحتجزين تتظاهر');

  // Opening a result and coming back keeps the query and its results.
  await page.locator('.search-open').first().click();
  await page.getByTestId('article-text').waitFor();
  await page.getByRole('button', { name: 'المكتبة' }).click();
  await expect(box).toHaveValue('تبادل الأسرى');
  await expect(page.locator('.search-hit')).toHaveCount(5);
});

test('an entity’s other names and scripts find its articles; its page lists its mentions and opens each', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  await app.library.saveEntity({
    name: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' },
    kind: 'person',
    aliases: ['ويتكوف', 'وتكوف'],
  });
  const box = page.getByRole('searchbox', { name: 'البحث في المكتبة' });
  for (const query of ['Witkoff', 'وتكوف']) {
    await box.fill(query);
    await expect(page.getByTestId('search-results')).toContainText(`«${query}»`);
    await expect(page.locator('.search-hit')).toHaveCount(1);
    await expect(page.locator('.search-title')).toHaveText('المبعوث الأمريكي في الدوحة');
    await expect(page.locator('.search-via')).toBeVisible();
    await expect.poll(() => page.locator('.search-passage mark').allTextContents()).toContain('ويتكوف');
  }
  await page.screenshot({ path: join(shotsDir, 'search-entity-ar.png') });

  // Link the mention in that article, then list it from another article's entities tab.
  await page.locator('.search-open').first().click();
  await page.getByTestId('article-text').waitFor();
  await dragSelect(page, 'ويتكوف');
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('ويتكوف');
  await page.keyboard.press('e');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor-entity')).toHaveAttribute('data-entity-id', /[0-9a-f-]{36}/);
  await waitForSaved(page);
  await page.getByRole('button', { name: 'المكتبة' }).click();
  await box.fill('');
  await openArticle(page, 'بيان الحركة');
  await page.getByRole('tab', { name: 'الكيانات' }).click();
  await page.locator('.entity-open').click();
  const kwic = page.getByTestId('entity-kwic');
  await expect(kwic.locator('li')).toHaveCount(1);
  await expect(kwic.locator('mark')).toHaveText('ويتكوف');
  await expect(kwic).toContainText('المبعوث الأمريكي في الدوحة');
  await page.screenshot({ path: join(shotsDir, 'entity-mentions-ar.png') });
  await kwic.getByRole('button').click();
  await expect(page.locator('.article-title, h1').first()).toContainText('المبعوث الأمريكي في الدوحة');
  await expect.poll(async () => (await markedSearchHit(page)).text).toBe('ويتكوف');
});
