/**
 * The Agreement view in real Chromium over a two-coder library (two real
 * Arabic articles, سلمى's and Omar's layers): reached from the top bar with
 * the keyboard, it shows the same per-category table, confusion matrix and
 * counts as `hamish agreement` run on the same coders' exports (rendered by
 * the shared row builders from the CLI's JSON), in English and in Arabic;
 * the CSV export writes, through the save dialog, the file the CLI writes.
 * Screenshots (README "Agreement") go to test-results/screenshots, or to
 * docs/ with HAMISH_UPDATE_DOCS=1.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { AgreementReport } from '../../shared/agreement/report';
import { confusionRows, tableRows } from '../../shared/agreement/report-rows';
import { tagLabels } from '../../shared/agreement/report-words';
import type { HamishExport } from '../../shared/export-format';
import { cliAgreement, CODERS, writeTwoCoderLibrary } from './agreement-library';
import { expectNoViolations } from './axe-check';
import { expect, test } from './fixtures';

let coderFiles: string[] = [];

test.use({
  launch: { viewport: { width: 1360, height: 1000 }, seedSample: false, language: 'en' },
  libraryDir: async ({ dir }, use) => {
    coderFiles = await writeTwoCoderLibrary(join(dir, 'library'), dir);
    await use(join(dir, 'library'));
  },
});

/** Every row of a table as its cells' text (header row first). */
function cellsOf(table: Locator): Promise<string[][]> {
  return table.evaluate((el) =>
    [...el.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)),
  );
}

/** Whether the minus sign of a number's cell stands left of its first digit on screen. */
function minusBeforeDigits(cell: Locator): Promise<boolean> {
  return cell.evaluate((el) => {
    const text = el.firstChild as Text;
    const rectOf = (from: number) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, from + 1);
      return range.getBoundingClientRect();
    };
    return rectOf(0).x < rectOf(1).x;
  });
}

/** The CLI's JSON report on the coders' exports with `args`, and the tags' labels from the exports' scheme. */
async function cliReport(...args: string[]) {
  const report = JSON.parse(await cliAgreement(coderFiles, ['--format', 'json', ...args])) as AgreementReport;
  const data = JSON.parse(await readFile(coderFiles[0] as string, 'utf8')) as HamishExport;
  return { report, labels: tagLabels([data.taxonomy]) };
}

/** Opens the Agreement view with the keyboard: Tab from the Library button to Agreement, then Enter. */
async function openByKeyboard(page: Page, library: string, agreement: string): Promise<void> {
  await page.getByRole('button', { name: library, exact: true }).focus();
  for (let i = 0; i < 4; i++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused === agreement) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('button', { name: agreement, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
}

test("English: the view shows the CLI's numbers, and Export CSV writes the CLI's CSV", async ({
  app,
  dir,
  shotsDir,
}) => {
  const { page } = app;
  await openByKeyboard(page, 'Library', 'Agreement');
  await expect(page.getByRole('button', { name: 'Agreement', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The two coders are offered and chosen; the default measure is the CLI's (αu).
  for (const coder of CODERS)
    await expect(page.getByRole('checkbox', { name: new RegExp(coder) })).toBeChecked();
  const alphaU = await cliReport();
  await expect
    .poll(() => cellsOf(page.getByTestId('agreement-table')))
    .toEqual(tableRows(alphaU.report, alphaU.labels, 'en'));
  expect(await cellsOf(page.getByTestId('agreement-confusion'))).toEqual([
    ...confusionRows(alphaU.report, alphaU.labels, 'en'),
  ]);
  await expectNoViolations(page, 'agreement view');
  const summary = page.getByTestId('agreement-summary');
  await expect(summary).toContainText(`${alphaU.report.articles.length} articles compared`);
  await expect(summary).toContainText(`${alphaU.report.overall.units} units.`);
  for (const [c, coder] of CODERS.entries()) {
    const alone = alphaU.report.overall.alone[c] ?? 0;
    await expect(summary.locator(`li[data-coder="${coder}"]`)).toHaveText(
      `Only ${coder} tagged ${alone} unit${alone === 1 ? '' : 's'}.`,
    );
  }

  // Cohen's kappa by subtype over overlapping spans, chosen in the options.
  await page.getByLabel('Measure').selectOption('kappa');
  await page.getByLabel('Categories').selectOption('subtype');
  await page.getByLabel('Units matched by').selectOption('overlap');
  const kappa = await cliReport('--measure', 'kappa', '--by', 'subtype', '--unit', 'overlap');
  await expect
    .poll(() => cellsOf(page.getByTestId('agreement-table')))
    .toEqual(tableRows(kappa.report, kappa.labels, 'en'));
  await expect(page.getByTestId('agreement-table')).toContainText("Cohen's kappa");

  await page.getByRole('button', { name: 'Export CSV' }).click();
  const path = join(dir, 'agreement-report.csv');
  await expect(page.getByRole('status')).toContainText(path);
  expect(app.exportedPaths).toEqual([path]);
  const cliCsv = await cliAgreement(coderFiles, [
    '--format',
    'csv',
    '--measure',
    'kappa',
    '--by',
    'subtype',
    '--unit',
    'overlap',
  ]);
  expect((await readFile(path, 'utf8')).replace(/\r?\n$/u, '')).toBe(cliCsv);

  await page.getByLabel('Measure').selectOption('alpha-u');
  await page.getByLabel('Categories').selectOption('tag');
  await page.getByLabel('Units matched by').selectOption('exact');
  await expect
    .poll(() => cellsOf(page.getByTestId('agreement-table')))
    .toEqual(tableRows(alphaU.report, alphaU.labels, 'en'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(shotsDir, 'agreement-en.png'), fullPage: true });
});

test('Arabic: the same numbers in Arabic words, right to left', async ({
  launchApp,
  libraryDir,
  shotsDir,
}) => {
  const { page } = await launchApp({
    libraryDir,
    language: 'ar',
    seedSample: false,
    viewport: { width: 1360, height: 1000 },
  });
  await openByKeyboard(page, 'المكتبة', 'الاتفاق');
  const alphaU = await cliReport();
  await expect
    .poll(() => cellsOf(page.getByTestId('agreement-table')))
    .toEqual(tableRows(alphaU.report, alphaU.labels, 'ar'));
  expect(await cellsOf(page.getByTestId('agreement-confusion'))).toEqual(
    confusionRows(alphaU.report, alphaU.labels, 'ar'),
  );
  await expect(page.getByTestId('agreement-summary')).toContainText('قورن مقالان');
  // The table reads right to left: its first column (the category) stands on the right.
  const header = page.getByTestId('agreement-table').locator('thead th');
  const first = await header.first().boundingBox();
  const last = await header.last().boundingBox();
  expect(first && last && first.x > last.x).toBe(true);
  // A number reads left to right inside the Arabic table: the minus of "−0.003" stands before its digits.
  const negative = page.getByTestId('agreement-table').locator('td bdi', { hasText: '−' }).first();
  expect(await minusBeforeDigits(negative)).toBe(true);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(shotsDir, 'agreement-ar.png'), fullPage: true });
});
