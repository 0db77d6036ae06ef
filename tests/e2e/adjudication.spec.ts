/**
 * Adjudication in real Chromium over a real library: two coders' work on two
 * real Arabic articles (tests/unit/adjudication-fixture.ts, coders set in
 * `author`), every disagreement settled with the keyboard only (1 mine,
 * 2 theirs, 3 both, 4 neither, 5 edit), Ctrl+Z undoing a decision without
 * leaving the view, progress restored after a restart, and the gold layer
 * exported as Hamish JSON and checked against the gold computed here from
 * the coding plan (not by the app's matcher). Screenshots in Arabic and English.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Library } from '../../electron/services/library/library';
import { DEFAULT_TAXONOMY, listTags } from '../../shared/taxonomy';
import { ARTICLES, CODER_A, CODER_B, writeTwoCoders } from '../unit/adjudication-fixture';
import { expect, test } from './fixtures';

test.use({
  launch: { viewport: { width: 1280, height: 900 } },
  libraryDir: async ({ dir }, use) => {
    const library = await Library.open(join(dir, 'library'), { dailyBackup: false });
    await writeTwoCoders(library);
    await library.close();
    await use(join(dir, 'library'));
  },
});

/** The key pressed for each disagreement, by coder A's quote (or B's when A has none). */
const PLAN: Record<string, string> = {
  'خليل الحية': '1',
  'حركة حماس': '2',
  'وقف إطلاق النار': '4',
  'اتفاق سلام دائم': '3',
  'تبادل الأسرى': '5',
};
/** The tag the edit chooses for «تبادل الأسرى» (coder A had demand.prisoners). */
const EDITED_TAG = 'demand.ceasefire';

/** The gold expected, as "quote:tag", worked out from the coding plan alone. */
function expectedGold(): string[] {
  const gold: string[] = [];
  for (const article of ARTICLES) {
    const quote = (c: { phrase: string; part?: string }) => c.part ?? c.phrase;
    const as = article.codings.filter((c) => c.coder === 'a');
    const bs = article.codings.filter((c) => c.coder === 'b');
    for (const a of as) {
      const same = bs.find((b) => quote(b) === quote(a) && b.phrase === a.phrase && b.tag === a.tag);
      if (same) gold.push(`${quote(a)}:${a.tag}`);
    }
  }
  gold.push('خليل الحية:actor.person'); // 1: mine
  gold.push('حماس:actor.armed-group'); // 2: theirs (B coded «حماس» inside «حركة حماس»)
  gold.push('اتفاق سلام دائم:demand.other'); // 3: both (only B coded it)
  gold.push(`تبادل الأسرى:${EDITED_TAG}`); // 5: edit, A's boundaries
  return gold.sort();
}

async function startAdjudication(page: Page, en: boolean): Promise<void> {
  await page.getByRole('button', { name: en ? 'Adjudicate' : 'التحكيم' }).click();
  const setup = page.locator('form.adjudication-setup');
  await setup.getByLabel(en ? 'Coder A (“mine”)' : 'المرمِّز أ («أنا»)').selectOption(CODER_A);
  await setup.getByLabel(en ? 'Coder B (“theirs”)' : 'المرمِّز ب («الآخر»)').selectOption(CODER_B);
  await expect(setup.locator('input[type="checkbox"]:checked')).toHaveCount(2);
  await setup.getByRole('button', { name: en ? 'Start adjudication' : 'ابدأ التحكيم' }).click();
}

test('every disagreement settled by keyboard, undone, resumed after a restart, gold exported', async ({
  launchApp,
  libraryDir,
}) => {
  const app = await launchApp({ libraryDir, language: 'en', viewport: { width: 1280, height: 900 } });
  const { page } = app;
  await startAdjudication(page, true);
  const progress = page.getByTestId('adjudication-progress');
  await expect(progress).toContainText('0 of 5 decided');
  await expect(page.getByTestId('adjudication-agreed')).toHaveText(
    '3 agreed units were copied into “gold” automatically.',
  );
  const context = page.getByTestId('adjudication-context');
  expect(await context.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

  const tags = listTags(DEFAULT_TAXONOMY).map((t) => t.id);
  for (let decided = 0; decided < 5; decided++) {
    const card = page.locator('.adjudication-card');
    const a = card.locator('[data-coder="a"] q');
    const b = card.locator('[data-coder="b"] q');
    const quote = (await a.count()) > 0 ? await a.innerText() : await b.innerText();
    const key = PLAN[quote];
    if (!key) throw new Error(`unplanned disagreement «${quote}»`);
    // The span is marked in the text itself, the letters around it in the same line of text.
    await expect(context.locator('mark').first()).toBeVisible();
    expect(
      await context
        .locator('mark')
        .first()
        .evaluate((m) => getComputedStyle(m).paddingInlineStart),
    ).toBe('0px');
    await page.keyboard.press(key);
    if (key === '5') {
      const tag = page.getByTestId('edit-tag');
      await expect(tag).toBeFocused();
      const steps = tags.indexOf(EDITED_TAG) - tags.indexOf('demand.prisoners');
      for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
      await expect(tag).toHaveValue(EDITED_TAG);
      await page.keyboard.press('Enter');
    }
    await expect(progress).toContainText(`${decided + 1} of 5 decided`);
  }

  // Ctrl+Z undoes the last decision and the view stays; Ctrl+Shift+Z redoes it.
  await page.keyboard.press('Control+z');
  await expect(progress).toContainText('4 of 5 decided');
  await expect(page.locator('.adjudication-walk')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(progress).toContainText('5 of 5 decided');

  // A restart restores the progress from the library; nothing is copied twice.
  await app.reload();
  await startAdjudication(page, true);
  await expect(progress).toContainText('5 of 5 decided');

  // The whole library as Hamish JSON; the gold layer is its annotations by "gold".
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel('The whole library').check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog).toBeHidden();
  const file = JSON.parse(await readFile(app.exportedPaths.at(-1) ?? '', 'utf8')) as {
    articles: {
      title: string;
      annotations: { start: number; end: number; tag: string; quote: string; author?: string }[];
    }[];
  };
  const gold = file.articles.flatMap((x) =>
    x.annotations.filter((n) => n.author === 'gold').map((n) => `${n.quote}:${n.tag}`),
  );
  expect(gold.sort()).toEqual(expectedGold());
  // The coders' own layers went out untouched.
  const byA = file.articles.flatMap((x) => x.annotations.filter((n) => n.author === CODER_A));
  expect(byA).toHaveLength(ARTICLES.flatMap((x) => x.codings.filter((c) => c.coder === 'a')).length);
});

for (const language of ['ar', 'en'] as const) {
  test(`the adjudication view in ${language === 'ar' ? 'Arabic' : 'English'}`, async ({
    launchApp,
    libraryDir,
    shotsDir,
  }) => {
    const app = await launchApp({ libraryDir, language, viewport: { width: 1280, height: 900 } });
    const { page } = app;
    await startAdjudication(page, language === 'en');
    await expect(page.getByTestId('adjudication-progress')).toBeVisible();
    const text = (await page.locator('.adjudication-card q').first().innerText()).trim();
    expect(Object.keys(PLAN)).toContain(text);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: join(shotsDir, `adjudication-${language}.png`), fullPage: true });
  });
}
