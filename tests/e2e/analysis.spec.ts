/**
 * The Analysis view in real Chromium over a library whose annotations the
 * test placed on real Arabic text: the frequency table's numbers equal the
 * test's own counts; a bar opens its mentions, a mention opens the reader
 * with that span marked and in view; the chart mirrors with the language;
 * the CSP refuses nothing (Plot's inline <style> is taken out); the timeline
 * counts undated articles apart; the chart's data exports as CSV.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeAnalysisLibrary, type AnalysisLibrary } from './analysis-library';
import { expect, test } from './fixtures';
import { markedSpan } from './marked-span';

let known: AnalysisLibrary;

test.use({
  launch: { viewport: { width: 1360, height: 900 }, language: 'ar' },
  libraryDir: async ({ dir }, use) => {
    known = await writeAnalysisLibrary(join(dir, 'library'));
    await use(join(dir, 'library'));
  },
});

/** Every CSP refusal the page reports, on the console and as securitypolicyviolation events (from the next load on). */
async function cspErrors(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/iu.test(m.text())) errors.push(m.text());
  });
  await page.context().addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  return async () => [
    ...errors,
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
  ];
}

test('frequency numbers equal the counts placed; bar → mentions → reader at the span', async ({ app }) => {
  const { page } = app;
  const refused = await cspErrors(page);
  await app.reload();
  await page.getByRole('button', { name: 'التحليل' }).click();
  const table = page.getByTestId('frequency-table');
  await expect(table).toBeVisible();
  await expect(page.locator('.analysis-chart-box svg')).toBeVisible();
  expect(await refused()).toEqual([]);
  for (const [tag, count] of known.byTag) {
    await expect(table.locator(`tr[data-key="${tag}"] button.number`)).toHaveText(String(count));
  }
  await expect(table.locator('tbody tr')).toHaveCount(known.byTag.size);

  // Arabic interface: bars grow leftward and the category labels stand on their right.
  const geometry = await page.evaluate(() => {
    const bars = [...document.querySelectorAll('.analysis-chart-box rect[data-index]')].map((r) =>
      r.getBoundingClientRect(),
    );
    const labels = [...document.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) =>
      t.getBoundingClientRect(),
    );
    return {
      barsRight: Math.max(...bars.map((b) => b.right)),
      barsLeft: Math.min(...bars.map((b) => b.left)),
      labelsLeft: Math.min(...labels.map((l) => l.left)),
      count: bars.length,
    };
  });
  expect(geometry.count).toBe(known.byTag.size);
  expect(geometry.labelsLeft).toBeGreaterThanOrEqual(geometry.barsRight - 1);

  // The prisoners bar: its mentions, then the reader at the first one.
  const prisoners = known.placed.filter((p) => p.tag === 'demand.prisoners');
  const bar = page.locator('.analysis-chart-box rect[data-index]', {
    has: page.locator('title', { hasText: `: ${prisoners.length}` }),
  });
  await bar.first().click();
  const list = page.locator('.analysis-mentions');
  await expect(list.locator('h3')).toContainText(`(${prisoners.length})`);
  await expect(list.locator('.kwic-row')).toHaveCount(prisoners.length);
  await expect(list.locator('.kwic-mention button').first()).toHaveText('تبادل الأسرى');
  const first = list.locator('.kwic-row').first();
  const title = await first.locator('.kwic-mention button').getAttribute('title');
  await first.locator('.kwic-mention button').click();

  await expect(page.locator('.analysis-view')).toHaveCount(0);
  const span = await markedSpan(page);
  expect(span.text).toBe('تبادل الأسرى');
  expect(span.top).toBeGreaterThanOrEqual(0);
  expect(span.bottom).toBeLessThanOrEqual(span.height);
  // The row names its article (newest first): the reader shows that one, and it is one the test tagged.
  const articleTitle = (title ?? '').split(' · ')[0] ?? '';
  expect(prisoners.map((p) => p.title)).toContain(articleTitle);
  await expect(page.getByRole('heading', { level: 1, name: articleTitle })).toBeVisible();
});

test('English mirrors back; timeline says the undated; CSV holds the table', async ({ app, dir }) => {
  const { page } = app;
  await page.getByRole('button', { name: /English/u }).click();
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByTestId('frequency-table')).toBeVisible();
  const sides = await page.evaluate(() => {
    const bars = [...document.querySelectorAll('.analysis-chart-box rect[data-index]')].map((r) =>
      r.getBoundingClientRect(),
    );
    const labels = [...document.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) =>
      t.getBoundingClientRect(),
    );
    return {
      barsLeft: Math.min(...bars.map((b) => b.left)),
      labelsRight: Math.max(...labels.map((l) => l.right)),
    };
  });
  expect(sides.labelsRight).toBeLessThanOrEqual(sides.barsLeft + 1);

  // An Arabic concordance reads right to left in the English interface too: the text before is on the right.
  await page.getByTestId('frequency-table').locator('tr[data-key="demand.prisoners"] button.number').click();
  const row = page.locator('.analysis-mentions .kwic-row').first();
  // The list arrives from main after the click: measured once laid out (a single early reading
  // could catch the table mid-layout on a busy machine), the text before stays right of the mention.
  await expect
    .poll(async () => {
      const before = await row.locator('.kwic-before').boundingBox();
      const mention = await row.locator('.kwic-mention').boundingBox();
      return (before?.x ?? 0) - ((mention?.x ?? Infinity) + (mention?.width ?? 0) - 1);
    })
    .toBeGreaterThanOrEqual(0);

  await page.getByRole('button', { name: 'Data (CSV)' }).click();
  await expect(page.getByTestId('status')).toContainText('frequencies-tag.csv');
  const csv = await readFile(join(dir, 'frequencies-tag.csv'), 'utf8');
  for (const [tag, count] of known.byTag)
    expect(csv).toMatch(new RegExp(`^${tag.replace('.', '\\.')},[^\\r\\n]*,${count},`, 'mu'));

  await page.getByRole('tab', { name: 'Over time' }).click();
  const undated = known.placed.filter((p) => p.title === 'تحليل بلا تاريخ' && p.tag.startsWith('demand'));
  await expect(page.getByTestId('undated-said')).toContainText(`${undated.length} annotations`);
  // Weeks 10 to 12 of 2026: the empty week 11 is on the axis as zeros.
  const weeks = page.getByTestId('timeline-table').locator('tbody tr');
  await expect(weeks.locator('th')).toHaveText(['2026-W10', '2026-W11', '2026-W12', 'Undated']);
  await expect(weeks.nth(1).locator('td').last()).toHaveText('0');
});
