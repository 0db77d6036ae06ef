/**
 * Finding 9 of issue 15 (focus order): Tab walks the library in reading
 * order, in Arabic (right to left) and in English (left to right): within a
 * row each stop lies further along the reading direction than the last, and
 * a stop that does not is on a lower row. Real Tab presses in Chromium.
 */

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

interface Stop {
  name: string;
  x: number;
  y: number;
  top: number;
  bottom: number;
}

/** Presses Tab `count` times from the top of the page and records where focus lands. */
async function tabStops(page: Page, count: number): Promise<Stop[]> {
  // From the top of the document, whatever was focused before.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  const stops: Stop[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const name = el.getAttribute('aria-label') ?? (el.textContent.trim() || el.tagName);
        return {
          name: name.slice(0, 30),
          x: r.left + r.width / 2,
          y: r.top + r.height / 2,
          top: r.top,
          bottom: r.bottom,
        };
      }),
    );
  }
  return stops;
}

/** The pairs of consecutive stops that go against reading order (same row, wrong way). */
function outOfOrder(stops: Stop[], rtl: boolean): string[] {
  const wrong: string[] = [];
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1], stops[i]];
    // The fields of one control (a date's day, month and year) share its box.
    if (!a || !b || (a.x === b.x && a.y === b.y)) continue;
    const sameRow = b.top < a.bottom && a.top < b.bottom;
    const onward = rtl ? b.x < a.x : b.x > a.x;
    if (sameRow ? !onward : b.y < a.y) wrong.push(`${a.name} → ${b.name}`);
  }
  return wrong;
}

for (const language of ['ar', 'en'] as const) {
  test(`Tab follows reading order in the library (${language})`, async ({ app }) => {
    const { page } = app;
    if (language === 'en') await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
    await expect(page.locator('.article-open').first()).toBeVisible();
    const stops = await tabStops(page, 18);
    expect(outOfOrder(stops, language === 'ar'), JSON.stringify(stops.map((s) => s.name))).toEqual([]);
  });
}
