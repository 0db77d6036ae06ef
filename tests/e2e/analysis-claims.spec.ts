/**
 * The analysis views from claims in real Chromium, over a library whose
 * claims the test placed on the real Arabic sample (analysis-claims-library.ts):
 * the claim network's table and the claims-mode matrix show the test's own
 * counts, the matrix says it leaves out the article without claims, and a
 * click on a link of the network chart lists the mentions of the claims
 * behind it, one of which opens the reader with its span marked and in view.
 */

import { join } from 'node:path';
import { writeClaimsLibrary, type ClaimsLibrary } from './analysis-claims-library';
import type { PlacedMention } from './analysis-library';
import { expect, test } from './fixtures';
import { markedSpan } from './marked-span';

let known: ClaimsLibrary;

test.use({
  launch: { viewport: { width: 1360, height: 900 }, language: 'ar' },
  libraryDir: async ({ dir }, use) => {
    known = await writeClaimsLibrary(join(dir, 'library'));
    await use(join(dir, 'library'));
  },
});

/** The test's own name of an actor mention: its entity's id, else its phrase. */
function actorOf(p: PlacedMention): string {
  if (p.phrase === 'حماس') return known.entityIds.hamas;
  if (p.phrase === 'ويتكوف') return known.entityIds.witkoff;
  return p.phrase;
}

function countOf(keys: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

test('network and claims matrix show the claims placed; a link → its claims → the reader at the span', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'التحليل' }).click();

  // Who demands what, by claims.
  await page.getByRole('tab', { name: 'من يطالب بماذا' }).click();
  await page.getByLabel('يُعدّان معًا إذا وردا في').selectOption('claims');
  await expect(page.getByTestId('scope-said')).toContainText('الادعاءات');
  await expect(page.getByTestId('scope-said')).toContainText('مقال واحد فيه فاعلون ومطالب بلا ادعاء');
  const matrix = page.getByTestId('matrix-table');
  const expectedCells = countOf(known.claims.map((c) => `${actorOf(c.claimant)} ${c.demand.tag}`));
  await expect(matrix.locator('tbody tr')).toHaveCount(
    new Set(known.claims.map((c) => actorOf(c.claimant))).size,
  );
  const shownCells = await matrix.evaluate((table) =>
    [...table.querySelectorAll('tbody tr')].flatMap((tr) =>
      [...tr.querySelectorAll('td[data-demand]')]
        .filter((td) => td.textContent !== '0')
        .map((td) => [
          `${tr.getAttribute('data-actor')} ${td.getAttribute('data-demand')}`,
          Number(td.textContent),
        ]),
    ),
  );
  expect(new Map(shownCells as [string, number][])).toEqual(expectedCells);

  // The claim network.
  await page.getByRole('tab', { name: 'شبكة الادعاءات' }).click();
  const expectedLinks = countOf(known.claims.map((c) => `${actorOf(c.claimant)} ${actorOf(c.addressee)}`));
  const table = page.getByTestId('network-table');
  await expect(table.locator('tbody tr')).toHaveCount(expectedLinks.size);
  const shownLinks = await table.evaluate((t) =>
    [...t.querySelectorAll('tbody tr')].map((tr) => [
      `${tr.getAttribute('data-claimant')} ${tr.getAttribute('data-addressee')}`,
      Number(tr.querySelector('td:last-child')?.textContent),
    ]),
  );
  expect(new Map(shownLinks as [string, number][])).toEqual(expectedLinks);
  await expect(page.getByTestId('network-said')).toContainText(`${known.claims.length}`);
  // One arrow per link, and the chart writes the same numbers.
  const paths = page.locator('.analysis-chart-box g[aria-label="link"] > path[data-index]');
  await expect(paths).toHaveCount(expectedLinks.size);

  // The strongest link (Hamas → إسرائيل): click its arrow in the chart.
  const [topKey, topCount] = [...expectedLinks].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  expect(topCount).toBeGreaterThan(1);
  const topRow = table.locator('tbody tr').first();
  expect(`${await topRow.getAttribute('data-claimant')} ${await topRow.getAttribute('data-addressee')}`).toBe(
    topKey,
  );
  // The arrow's middle is where its number is written; click the path itself (its index is the link's).
  const arrow = paths.and(page.locator('[data-index="0"]'));
  const box = await arrow.boundingBox();
  if (!box) throw new Error('no arrow');
  await arrow.click({ position: { x: box.width / 2, y: Math.max(1, box.height / 2) }, force: true });
  const behind = known.claims.filter((c) => `${actorOf(c.claimant)} ${actorOf(c.addressee)}` === topKey);
  const mentions = new Set(
    behind.flatMap((c) => [c.claimant, c.addressee]).map((p) => `${p.articleId}:${p.start}`),
  );
  const list = page.locator('.analysis-mentions');
  await expect(list.locator('h3')).toContainText(`(${mentions.size})`);
  await expect(list.locator('.kwic-row')).toHaveCount(mentions.size);

  // A mention of إسرائيل opens the reader with that span marked and in view.
  const israel = list.locator('.kwic-mention button', { hasText: 'إسرائيل' }).first();
  await israel.click();
  await expect(page.locator('.analysis-view')).toHaveCount(0);
  const span = await markedSpan(page);
  expect(span.text).toBe('إسرائيل');
  expect(span.top).toBeGreaterThanOrEqual(0);
  expect(span.bottom).toBeLessThanOrEqual(span.height);
});
