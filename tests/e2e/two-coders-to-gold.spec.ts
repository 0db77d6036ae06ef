/**
 * Issue 20's whole path in real Chromium, on two coders' work on two real
 * Arabic articles (tests/unit/adjudication-fixture.ts): each coder's work is
 * exported from their own library as Hamish JSON, and an empty library
 * imports both files through File › Import annotations… "Add as a coder
 * layer"; the reader compares the two coders
 * side by side (overlap rule: the same differences adjudication will walk),
 * the Agreement view reports on both articles, every disagreement is
 * adjudicated with the keyboard only, and the gold layer exported alone (the
 * export's coder filter) equals the gold worked out here from the coding plan.
 */

import { join } from 'node:path';
import { writeExport } from '../../electron/services/export/export-service';
import { Library } from '../../electron/services/library/library';
import { ARTICLES, CODER_A, CODER_B } from '../unit/adjudication-fixture';
import {
  AGREED_COPIED,
  decideAllByKeyboard,
  expectedGold,
  exportGoldLayer,
  goldOf,
  importCoderLayer,
  startAdjudication,
  twoCodersLibrary,
} from './adjudication-steps';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1280, height: 900 }, language: 'en', seedSample: false } });

/** Each coder's Hamish JSON export, written from a library holding both coders' work (coder filter). */
async function coderExports(dir: string): Promise<string[]> {
  const library = await Library.open(await twoCodersLibrary(join(dir, 'coders')), { dailyBackup: false });
  const files: string[] = [];
  for (const coder of [CODER_A, CODER_B]) {
    const out = join(dir, `${coder}.hamish.json`);
    await writeExport(library, { format: 'json', coders: [coder] }, out, 'test');
    files.push(out);
  }
  await library.close();
  return files;
}

test('import two coders as layers, compare side by side, report agreement, adjudicate by keyboard, export the gold layer', async ({
  app,
  dir,
}) => {
  const { page } = app;
  // Both coders' exports come in as coder layers of an empty library: one article list, two layers.
  await expect(page.locator('.article-open')).toHaveCount(0);
  // The first file adds both articles; the second adds none, only its coder's annotations.
  const added: string[] = [];
  for (const file of await coderExports(dir)) added.push(await importCoderLayer(app, file));
  expect(added).toEqual([String(ARTICLES.length), '0']);
  await expect(page.locator('.article-open')).toHaveCount(ARTICLES.length);
  // Side by side in the reader: the sample article's four differences under the overlap rule.
  await page.locator('.article-open', { hasText: ARTICLES[0].title }).click();
  await page.getByTestId('article-text').waitFor();
  await page.getByTestId('coder-mode').selectOption('compare');
  await page.getByTestId('coder-a').selectOption(CODER_A);
  await expect(page.getByTestId('coder-b')).toHaveValue(CODER_B);
  await page.getByTestId('coder-rule').selectOption('overlap');
  await expect(page.locator('.difference')).toHaveCount(4);
  await expect(page.getByTestId('compare-legend')).toBeVisible();

  // The agreement report over both articles.
  await page.getByRole('button', { name: 'Agreement', exact: true }).click();
  for (const coder of [CODER_A, CODER_B])
    await expect(page.getByRole('checkbox', { name: new RegExp(coder) })).toBeChecked();
  await expect(page.getByTestId('agreement-summary')).toContainText('2 articles compared');
  await expect(page.getByTestId('agreement-table')).toBeVisible();

  // Adjudication: three agreed units copied, five disagreements settled with the keyboard.
  await startAdjudication(page, true);
  await expect(page.getByTestId('adjudication-agreed')).toHaveText(AGREED_COPIED);
  await decideAllByKeyboard(page);

  const notes = await exportGoldLayer(app);
  expect(notes.every((n) => n.author === 'gold')).toBe(true);
  expect(goldOf(notes)).toEqual(expectedGold());
});
