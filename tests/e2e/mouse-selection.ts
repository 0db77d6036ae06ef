/**
 * Selects a phrase of the article with a real mouse drag, as a user would:
 * press just outside the phrase's first character, release just outside its
 * last, in whichever direction the text runs (the phrase scrolled to the
 * middle of the reader, or to an edge); and tags it from the tag menu with
 * the keyboard, as a user tags a span.
 */

import type { Page } from '@playwright/test';
import { phraseBoxes, type DragAlign } from './text-points';

export type { DragAlign } from './text-points';

/** With `reverse`, the drag runs from the phrase's end back to its start (as a user dragging backwards). */
export async function dragSelect(
  page: Page,
  phrase: string,
  occurrence = 0,
  reverse = false,
  align: DragAlign = 'center',
): Promise<void> {
  const { boxes, rtl } = await phraseBoxes(page, phrase, [0, phrase.length - 1], occurrence, align);
  const [a, b] = boxes;
  if (!a || !b) throw new Error(`phrase not found: ${phrase}`);
  const points = {
    from: { x: rtl ? a.right + 1 : a.left - 1, y: a.top + a.height / 2 },
    to: { x: rtl ? b.left - 1 : b.right + 1, y: b.top + b.height / 2 },
  };
  if (reverse) [points.from, points.to] = [points.to, points.from];
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move((points.from.x + points.to.x) / 2, points.to.y, { steps: 5 });
  await page.mouse.move(points.to.x, points.to.y, { steps: 5 });
  await page.mouse.up();
}

/**
 * Drags over `phrase` (as `dragSelect`) and presses the tag menu's `keys` in
 * turn: a type's key, then a subtype's ("1", "1" is Actor › Person; "0" picks
 * the type itself).
 */
export async function dragAndTag(
  page: Page,
  phrase: string,
  keys: readonly string[],
  occurrence = 0,
  reverse = false,
): Promise<void> {
  await dragSelect(page, phrase, occurrence, reverse);
  for (const key of keys) await page.keyboard.press(key);
}
