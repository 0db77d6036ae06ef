/**
 * Issue 20's whole path in real Chromium, on two coders' work on two real
 * Arabic articles (tests/unit/adjudication-fixture.ts; the coders' layers are
 * written with `author` set, as an import "as a coder layer" would write them:
 * that import is not in this branch yet): the reader compares the two coders
 * side by side (overlap rule: the same differences adjudication will walk),
 * the Agreement view reports on both articles, every disagreement is
 * adjudicated with the keyboard only, and the gold layer exported alone (the
 * export's coder filter) equals the gold worked out here from the coding plan.
 */

import { ARTICLES, CODER_A, CODER_B } from '../unit/adjudication-fixture';
import {
  decideAllByKeyboard,
  expectedGold,
  exportGoldLayer,
  goldOf,
  startAdjudication,
  twoCodersLibrary,
} from './adjudication-steps';
import { expect, test } from './fixtures';

test.use({
  launch: { viewport: { width: 1280, height: 900 }, language: 'en' },
  libraryDir: async ({ dir }, use) => use(await twoCodersLibrary(dir)),
});

test('compare side by side, report agreement, adjudicate by keyboard, export the gold layer', async ({
  app,
}) => {
  const { page } = app;
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
  await expect(page.getByTestId('adjudication-agreed')).toHaveText(
    '3 agreed units were copied into “\u2068gold\u2069” automatically.',
  );
  await decideAllByKeyboard(page);

  const notes = await exportGoldLayer(app);
  expect(notes.every((n) => n.author === 'gold')).toBe(true);
  expect(goldOf(notes)).toEqual(expectedGold());
});
