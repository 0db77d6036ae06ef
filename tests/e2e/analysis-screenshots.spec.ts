/**
 * Screenshots of the Analysis view (README "Analysis"), each tab in Arabic
 * and in English (who demands what by co-occurrence and by claims, the
 * claim network), over the library of analysis-claims-library.ts. Each shot asserts
 * what it shows first (the numbers, the mirrored axis side). Written to
 * test-results/screenshots, or to docs/ with HAMISH_UPDATE_DOCS=1.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeClaimsLibrary, type ClaimsLibrary } from './analysis-claims-library';
import { expect, test } from './fixtures';

let known: ClaimsLibrary;

test.use({
  launch: { viewport: { width: 1360, height: 900 } },
  libraryDir: async ({ dir }, use) => {
    known = await writeClaimsLibrary(join(dir, 'library'));
    await use(join(dir, 'library'));
  },
});

/** Which side of the chart's bars or cells the category labels stand on. */
function labelSide(page: Page): Promise<'left' | 'right'> {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('.analysis-chart-box [data-index]')].map((r) =>
      r.getBoundingClientRect(),
    );
    const labels = [...document.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) =>
      t.getBoundingClientRect(),
    );
    return Math.min(...labels.map((l) => l.left)) >= Math.max(...marks.map((m) => m.right)) - 1
      ? 'right'
      : 'left';
  });
}

async function shoot(page: Page, shotsDir: string, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(shotsDir, name), fullPage: true });
}

for (const language of ['ar', 'en'] as const) {
  test(`analysis views in ${language === 'ar' ? 'Arabic' : 'English'}`, async ({
    launchApp,
    libraryDir,
    shotsDir,
  }) => {
    const app = await launchApp({ libraryDir, language, viewport: { width: 1360, height: 900 } });
    const { page } = app;
    const tabName = (ar: string, en: string) => (language === 'ar' ? ar : en);
    await page.getByRole('button', { name: tabName('التحليل', 'Analysis') }).click();
    await expect(page.getByTestId('frequency-table').locator('tbody tr')).toHaveCount(known.byTag.size);
    expect(await labelSide(page)).toBe(language === 'ar' ? 'right' : 'left');
    await page
      .getByTestId('frequency-table')
      .locator('tr[data-key="demand.prisoners"] button.number')
      .click();
    await expect(page.locator('.analysis-mentions .kwic-row').first()).toBeVisible();
    await shoot(page, shotsDir, `analysis-frequencies-${language}.png`);

    await page.getByRole('tab', { name: tabName('من يطالب بماذا', 'Who demands what') }).click();
    await expect(page.getByTestId('matrix-table')).toBeVisible();
    await shoot(page, shotsDir, `analysis-actor-demand-${language}.png`);
    await page
      .getByLabel(tabName('يُعدّان معًا إذا وردا في', 'Counted together when in the same'))
      .selectOption('claims');
    await expect(page.getByTestId('scope-said')).toContainText(tabName('الادعاءات', 'claims'));
    await expect(page.getByTestId('matrix-table').locator('tbody tr')).toHaveCount(3);
    await shoot(page, shotsDir, `analysis-actor-demand-claims-${language}.png`);

    await page.getByRole('tab', { name: tabName('شبكة الادعاءات', 'Claim network') }).click();
    await expect(page.getByTestId('network-table').locator('tbody tr')).toHaveCount(3);
    // Arrows run from the claimants' column on the reading side: right to left in Arabic, left to right in English.
    const runs = await page.evaluate(() =>
      [...document.querySelectorAll('.analysis-chart-box g[aria-label="link"] > path')].map((path) => {
        const numbers = (path.getAttribute('d') ?? '').match(/-?[\d.]+/gu)?.map(Number) ?? [];
        return (numbers.at(-2) ?? 0) - (numbers[0] ?? 0);
      }),
    );
    expect(runs).toHaveLength(3);
    for (const run of runs) expect(language === 'ar' ? run < 0 : run > 0).toBe(true);
    await shoot(page, shotsDir, `analysis-network-${language}.png`);

    await page.getByRole('tab', { name: tabName('عبر الزمن', 'Over time') }).click();
    await expect(page.getByTestId('timeline-table')).toBeVisible();
    await shoot(page, shotsDir, `analysis-timeline-${language}.png`);

    await page.getByRole('tab', { name: tabName('ملف الفاعل', 'Actor profile') }).click();
    await expect(page.locator('.kwic-row').first()).toBeVisible();
    await expect(page.getByTestId('profile-addressees').locator('li')).toHaveCount(1);
    await shoot(page, shotsDir, `analysis-profile-${language}.png`);
  });
}
