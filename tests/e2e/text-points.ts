/**
 * Screen points inside the article's text, for real clicks on highlights
 * (which take no pointer events themselves and are hit-tested by the app).
 */

import type { Page } from '@playwright/test';

/** A character's box in the viewport, in CSS pixels. */
export interface CharBox {
  left: number;
  right: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where a phrase is scrolled to: the middle of the reader, or its first
 * character's line `top` CSS px below the reader's top edge, or `bottom` px
 * above its bottom edge.
 */
export type DragAlign = 'center' | { top: number } | { bottom: number };

/**
 * Scrolls the `occurrence`-th match of `phrase` in the article's text to the
 * middle of the view (or where `align` says) and returns the boxes of its
 * characters at `indices` (UTF-16 offsets into the phrase), and whether its
 * text runs right to left. Throws when there is no article or no such match.
 */
export async function phraseBoxes(
  page: Page,
  phrase: string,
  indices: readonly number[],
  occurrence = 0,
  align: DragAlign = 'center',
): Promise<{ boxes: CharBox[]; rtl: boolean }> {
  const found = await page.evaluate(
    ({ phrase, indices, occurrence, align }): { boxes: CharBox[]; rtl: boolean } | string => {
      const article = document.querySelector('[data-testid="article-text"]');
      if (!article) return 'no article';
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
          if (seen++ < occurrence) continue;
          node.parentElement?.scrollIntoView({ block: 'center' });
          const scroller = article.closest('.reader-scroll');
          if (align !== 'center' && scroller) {
            const first = document.createRange();
            first.setStart(node, at);
            first.setEnd(node, at + 1);
            const view = scroller.getBoundingClientRect();
            const line = first.getBoundingClientRect();
            scroller.scrollTop +=
              'top' in align ? line.top - view.top - align.top : line.bottom - view.bottom + align.bottom;
          }
          const boxes = indices.map((i) => {
            const range = document.createRange();
            range.setStart(node, at + i);
            range.setEnd(node, at + i + 1);
            const { left, right, top, width, height } = range.getBoundingClientRect();
            return { left, right, top, width, height };
          });
          return { boxes, rtl: getComputedStyle(node.parentElement as Element).direction === 'rtl' };
        }
      }
      return `phrase not found: ${phrase}`;
    },
    { phrase, indices, occurrence, align },
  );
  if (typeof found === 'string') throw new Error(found);
  return found;
}

/** Viewport centre of the `charIndex`-th UTF-16 unit of the `occurrence`-th match of `phrase`. */
export async function pointInPhrase(
  page: Page,
  phrase: string,
  charIndex: number,
  occurrence = 0,
): Promise<{ x: number; y: number }> {
  const { boxes } = await phraseBoxes(page, phrase, [charIndex], occurrence);
  const [box] = boxes;
  if (!box) throw new Error(`phrase not found: ${phrase}`);
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
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
