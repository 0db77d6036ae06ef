/**
 * Counting the Ranges the reader's painter has registered in the page's tag
 * highlights (CSS.highlights), for specs that check an edit touches one.
 */

import { expect } from './fixtures';
import type { HamishApp } from './harness';

/** Total number of Ranges in the app's tag highlights (the selected annotation's mark left out). */
export const paintedCount = (app: HamishApp): Promise<number> =>
  app.page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('hamish-') && name !== 'hamish-selected') n += h.size;
    return n;
  });

/** The count once it holds: registered Ranges change only while blocks come near or leave the viewport. */
export async function settledPaintedCount(app: HamishApp): Promise<number> {
  let count = -1;
  await expect
    .poll(async () => {
      const previous = count;
      count = await paintedCount(app);
      return count > 10 && count === previous;
    })
    .toBe(true);
  return count;
}

/**
 * Tags UTF-16 [from, from + length) of block `block` as Actor (keys 1 then 0; a negative
 * `from` starts after the first space at or past -from)
 * through a DOM selection and a pointerup (no drag), as a quick edit.
 */
export async function tagInBlock(app: HamishApp, block: number, from: number, length: number): Promise<void> {
  await app.page.evaluate(
    ({ block, from, length }) => {
      const node = document.querySelector(`[data-testid="article-text"] [data-block="${block}"]`)?.firstChild;
      if (!node) throw new Error('no text');
      const start = from < 0 ? (node.textContent ?? '').indexOf(' ', -from) + 1 : from;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      node.parentElement?.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    },
    { block, from, length },
  );
  await app.page.locator('.tag-menu').waitFor();
  await app.page.keyboard.press('1');
  await app.page.keyboard.press('0');
}
