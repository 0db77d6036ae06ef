/**
 * Selects a phrase of the article with a real mouse drag, as a user would:
 * press just outside the phrase's first character, release just outside its
 * last, in whichever direction the text runs; the phrase is scrolled to the
 * middle of the reader, or to its top or bottom edge.
 */

import type { Page } from '@playwright/test';

interface Points {
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/**
 * Where the phrase is scrolled to before the drag: the middle of the reader,
 * or its line's top `top` CSS px below the reader's top edge, or its bottom
 * `bottom` px above the reader's bottom edge.
 */
export type DragAlign = 'center' | { top: number } | { bottom: number };

/** With `reverse`, the drag runs from the phrase's end back to its start (as a user dragging backwards). */
export async function dragSelect(
  page: Page,
  phrase: string,
  occurrence = 0,
  reverse = false,
  align: DragAlign = 'center',
): Promise<void> {
  const points = await page.evaluate(
    ({ phrase, occurrence, align }): Points | string => {
      const article = document.querySelector('[data-testid="article-text"]');
      if (!article) return 'no article';
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
          if (seen++ < occurrence) continue;
          const first = document.createRange();
          first.setStart(node, at);
          first.setEnd(node, at + 1);
          const last = document.createRange();
          last.setStart(node, at + phrase.length - 1);
          last.setEnd(node, at + phrase.length);
          first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const scroller = article.closest('.reader-scroll');
          if (align !== 'center' && scroller) {
            const view = scroller.getBoundingClientRect();
            const line = first.getBoundingClientRect();
            scroller.scrollTop +=
              'top' in align ? line.top - view.top - align.top : line.bottom - view.bottom + align.bottom;
          }
          const a = first.getBoundingClientRect();
          const b = last.getBoundingClientRect();
          const rtl = getComputedStyle(node.parentElement as Element).direction === 'rtl';
          return {
            from: { x: rtl ? a.right + 1 : a.left - 1, y: a.top + a.height / 2 },
            to: { x: rtl ? b.left - 1 : b.right + 1, y: b.top + b.height / 2 },
          };
        }
      }
      return `phrase not found: ${phrase}`;
    },
    { phrase, occurrence, align },
  );
  if (typeof points === 'string') throw new Error(points);
  if (reverse) [points.from, points.to] = [points.to, points.from];
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move((points.from.x + points.to.x) / 2, points.to.y, { steps: 5 });
  await page.mouse.move(points.to.x, points.to.y, { steps: 5 });
  await page.mouse.up();
}
