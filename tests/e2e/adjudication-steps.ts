/**
 * The adjudication e2e's shared moves (adjudication.spec.ts,
 * adjudication-review.spec.ts and the integration spec): the two
 * coders' library as the specs' fixture, the plan of keys per disagreement,
 * the gold it must give (worked out from the coding plan, not by the app's
 * matcher), starting an adjudication, undoing the agreed copy, importing a
 * coder layer through the menu, settling every disagreement with the
 * keyboard, and exporting.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_TAXONOMY, listTags } from '../../shared/taxonomy';
import { Library } from '../../electron/services/library/library';
import { ARTICLES, CODER_A, CODER_B, writeTwoCoders } from '../unit/adjudication-fixture';
import type { HamishApp } from './harness';
import { expect, test } from './fixtures';

/** Writes the two coders' library into `<dir>/library` (before the app opens it); returns its path. */
export async function twoCodersLibrary(dir: string): Promise<string> {
  const library = await Library.open(join(dir, 'library'), { dailyBackup: false });
  await writeTwoCoders(library);
  await library.close();
  return join(dir, 'library');
}

/**
 * The specs' fixture options: the app opens the two coders' library in English at 1280×900
 * (`test.use(TWO_CODERS)`; a test wanting Arabic launches its own with `launchApp`).
 */
export const TWO_CODERS: Parameters<typeof test.use>[0] = {
  launch: { viewport: { width: 1280, height: 900 }, language: 'en' },
  libraryDir: async ({ dir }, use) => use(await twoCodersLibrary(dir)),
};

/** What the walk says once the three agreed units are copied into gold (English). */
export const AGREED_COPIED = '3 agreed units were copied into “\u2068gold\u2069” automatically.';

/** The key pressed for each disagreement, by coder A's quote (or B's when A has none). */
export const PLAN: Record<string, string> = {
  'خليل الحية': '1',
  'حركة حماس': '2',
  'وقف إطلاق النار': '4',
  'اتفاق سلام دائم': '3',
  'تبادل الأسرى': '5',
};
/** The tag the edit chooses for «تبادل الأسرى» (coder A had demand.prisoners). */
const EDITED_TAG = 'demand.ceasefire';

/** The gold expected, as "quote:tag", worked out from the coding plan alone. */
export function expectedGold(): string[] {
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

/** Opens the adjudication setup, picks coder A against coder B over both articles, and starts. */
export async function startAdjudication(page: Page, en: boolean): Promise<void> {
  await page.getByRole('button', { name: en ? 'Adjudicate' : 'التحكيم' }).click();
  const setup = page.locator('form.adjudication-setup');
  await setup.getByLabel(en ? 'Coder A (“mine”)' : 'المرمِّز أ («أنا»)').selectOption(CODER_A);
  await setup.getByLabel(en ? 'Coder B (“theirs”)' : 'المرمِّز ب («الآخر»)').selectOption(CODER_B);
  await expect(setup.locator('input[type="checkbox"]:checked')).toHaveCount(2);
  await setup.getByRole('button', { name: en ? 'Start adjudication' : 'ابدأ التحكيم' }).click();
}

/** Undoes the agreed units' copy into gold (one step) after checking it was made; gold holds nothing after. */
export async function undoAgreedCopy(page: Page): Promise<void> {
  const agreed = page.getByTestId('adjudication-agreed');
  await expect(agreed).toHaveText(AGREED_COPIED);
  await page.keyboard.press('Control+z');
  await expect(agreed).toContainText('3 agreed units are not copied into “\u2068gold\u2069”');
}

/**
 * Imports `file` through File › Import annotations… as a coder layer ("Add as a coder layer"),
 * waits for the report and closes the dialog; returns the report's first figure (articles added).
 */
export async function importCoderLayer(app: HamishApp, file: string): Promise<string> {
  const { page } = app;
  app.nextImportFile = file;
  await app.sendMenuCommand('import-annotations');
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByLabel('Add as a coder layer').check();
  await dialog.getByRole('button', { name: 'Choose file and import…' }).click();
  const report = dialog.getByTestId('import-report');
  await expect(report).toBeVisible();
  const added = await report.locator('dd').first().innerText();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return added;
}

/** Settles the five disagreements with the keyboard only, checking the progress after each. */
export async function decideAllByKeyboard(page: Page): Promise<void> {
  const progress = page.getByTestId('adjudication-progress');
  const context = page.getByTestId('adjudication-context');
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
}

/** One exported annotation as the checks read it. */
export interface ExportedNote {
  start: number;
  end: number;
  tag: string;
  quote: string;
  author?: string;
}

/** Exports the gold layer with the walk's "Export the “gold” layer…" button (English); every annotation written. */
export async function exportGoldLayer(app: HamishApp): Promise<ExportedNote[]> {
  const { page } = app;
  const before = app.exportedPaths.length;
  await page.getByRole('button', { name: 'Export the “\u2068gold\u2069” layer…' }).click();
  await expect(page.getByTestId('status')).toContainText('Exported to');
  expect(app.exportedPaths).toHaveLength(before + 1);
  const file = JSON.parse(await readFile(app.exportedPaths.at(-1) ?? '', 'utf8')) as {
    articles: { annotations: ExportedNote[] }[];
  };
  return file.articles.flatMap((x) => x.annotations);
}

/** The gold layer of exported annotations, as sorted "quote:tag". */
export const goldOf = (notes: readonly ExportedNote[]): string[] =>
  notes
    .filter((n) => n.author === 'gold')
    .map((n) => `${n.quote}:${n.tag}`)
    .sort();
