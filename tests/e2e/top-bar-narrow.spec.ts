/**
 * The top bar in a 1024×700 window, the smallest the app supports, in both
 * interface languages (fresh-user test 4): in English it was 1040 px wide,
 * so the page scrolled sideways, "New article" and "Tag scheme" wrapped onto
 * two lines and the language button was cut at the window's edge. Every
 * top-bar button must be on one line and wholly inside the window, and the
 * page must not scroll sideways — in the library and in the reader.
 */

import type { Page } from '@playwright/test';
import { openArticle } from './app-actions';
import { expect, test } from './fixtures';

/** The page's width, and each top-bar button that is wrapped or not wholly in the window. */
function topBarFaults(page: Page) {
  return page.evaluate(() => {
    const buttons = [...document.querySelectorAll<HTMLElement>('.top-bar button')];
    const lineHeight = (el: HTMLElement) => parseFloat(getComputedStyle(el).lineHeight);
    const faults = buttons.flatMap((b) => {
      const box = b.getBoundingClientRect();
      const style = getComputedStyle(b);
      const inner = box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - 2;
      const out: string[] = [];
      if (inner > lineHeight(b) * 1.5) out.push(`${b.textContent}: wrapped`);
      if (box.left < 0 || box.right > window.innerWidth) out.push(`${b.textContent}: cut`);
      return out;
    });
    return { pageWidth: document.documentElement.scrollWidth, buttons: buttons.length, faults };
  });
}

for (const language of ['en', 'ar'] as const) {
  test(`the top bar fits a 1024 px window on one line (${language})`, async ({ launchApp, libraryDir }) => {
    const app = await launchApp({ libraryDir, language, viewport: { width: 1024, height: 700 } });
    const { page } = app;
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    for (const view of ['library', 'reader'] as const) {
      if (view === 'reader') await openArticle(page);
      const { pageWidth, buttons, faults } = await topBarFaults(page);
      expect(buttons, view).toBeGreaterThanOrEqual(9);
      expect(faults, view).toEqual([]);
      expect(pageWidth, view).toBeLessThanOrEqual(1024);
    }
  });
}
