/**
 * Screen points inside the article's text, for real clicks on highlights
 * (which take no pointer events themselves and are hit-tested by the app).
 */

import type { Page } from '@playwright/test';

/** Viewport centre of the `charIndex`-th UTF-16 unit of the `occurrence`-th match of `phrase`. */
export async function pointInPhrase(
  page: Page,
  phrase: string,
  charIndex: number,
  occurrence = 0,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ phrase, charIndex, occurrence }) => {
      const article = document.querySelector('[data-testid="article-text"]');
      if (!article) return null;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
          if (seen++ < occurrence) continue;
          node.parentElement?.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(node, at + charIndex);
          range.setEnd(node, at + charIndex + 1);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    { phrase, charIndex, occurrence },
  );
  if (!point) throw new Error(`phrase not found: ${phrase}`);
  return point;
}

/** Clicks the middle of a phrase's `charIndex`-th character. */
export async function clickInPhrase(
  page: Page,
  phrase: string,
  charIndex: number,
  occurrence = 0,
): Promise<void> {
  const { x, y } = await pointInPhrase(page, phrase, charIndex, occurrence);
  await page.mouse.click(x, y);
}
