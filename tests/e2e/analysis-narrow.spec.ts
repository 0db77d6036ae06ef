/**
 * The Analysis view in a 1024×700 window, the smallest the app supports, in
 * both interface languages (fresh-user test 4): the Actor profile's mentions
 * table stays inside its column — it neither runs under the Demands / Events /
 * Outlets / Addressees lists beside it (Arabic) nor off the window's edge
 * (English) — and each mention's article and date are wholly on screen, the
 * date read year first (2026-03-16) after an Arabic title, not «16-03-2026».
 * Real Chromium, the library of analysis-claims-library.ts.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeClaimsLibrary } from './analysis-claims-library';
import { expect, test } from './fixtures';

test.use({
  libraryDir: async ({ dir }, use) => {
    await writeClaimsLibrary(join(dir, 'library'));
    await use(join(dir, 'library'));
  },
});

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The boxes that must not meet: the mentions table, its column, the lists beside it, and each article cell. */
function profileBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null): Box | null => {
      if (!el) return null;
      const { left, right, top, bottom } = el.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    const profile = document.querySelector('.analysis-profile');
    return {
      table: box(profile?.querySelector('table.kwic') ?? null),
      column: box(profile?.querySelector(':scope > section') ?? null),
      lists: box(profile?.querySelector('.analysis-profile-lists') ?? null),
      articles: [...(profile?.querySelectorAll('.kwic-article') ?? [])].map((cell) => box(cell)),
      // Where the date's year and its day are drawn, in each article cell that has a date.
      dates: [...(profile?.querySelectorAll('.kwic-article') ?? [])].flatMap((cell) => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const match = /(\d{4})-\d{2}-(\d{2})/.exec(node.textContent ?? '');
          if (!match) continue;
          const at = (from: number, to: number) => {
            const range = document.createRange();
            range.setStart(node, from);
            range.setEnd(node, to);
            return range.getBoundingClientRect().left;
          };
          return [{ year: at(match.index, match.index + 4), day: at(match.index + 8, match.index + 10) }];
        }
        return [];
      }),
      windowWidth: window.innerWidth,
    };
  });
}

for (const language of ['ar', 'en'] as const) {
  test(`Actor profile at 1024×700 (${language}): the mentions stay in their column, beside the lists`, async ({
    launchApp,
    libraryDir,
  }) => {
    const app = await launchApp({ libraryDir, language, viewport: { width: 1024, height: 700 } });
    const { page } = app;
    await page.getByRole('button', { name: language === 'ar' ? 'التحليل' : 'Analysis' }).click();
    await page.getByRole('tab', { name: language === 'ar' ? 'ملف الفاعل' : 'Actor profile' }).click();
    await expect(page.locator('.analysis-profile .kwic-row').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    const { table, column, lists, articles, dates, windowWidth } = await profileBoxes(page);
    if (!table || !column || !lists) throw new Error('the Actor profile is not shown');
    // The table fits its column, so nothing of it is under the lists.
    expect(table.right - table.left).toBeLessThanOrEqual(column.right - column.left + 0.5);
    const overlap = Math.min(table.right, lists.right) - Math.max(table.left, lists.left);
    expect(overlap).toBeLessThanOrEqual(0);
    // Every article and date is on screen, inside the column.
    expect(articles.length).toBeGreaterThan(0);
    for (const cell of articles) {
      expect(cell?.left ?? -1).toBeGreaterThanOrEqual(Math.max(0, column.left) - 0.5);
      expect(cell?.right ?? windowWidth + 1).toBeLessThanOrEqual(Math.min(windowWidth, column.right) + 0.5);
    }
    // Each date reads year-month-day from the left, as it is written.
    expect(dates.length).toBeGreaterThan(0);
    for (const { year, day } of dates) expect(year).toBeLessThan(day);
  });
}
