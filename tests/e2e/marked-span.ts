/** The span the reader marks as a search hit (after a mention was opened): its text and where it sits. */

import type { Page } from '@playwright/test';

/** Waits for the reader's marked span; its text and its box's top and bottom against the window's height. */
export async function markedSpan(
  page: Page,
): Promise<{ text: string; top: number; bottom: number; height: number }> {
  const marked = await page.waitForFunction(() => {
    const range = [...(CSS.highlights.get('hamish-search') ?? [])][0] as Range | undefined;
    if (!range) return null;
    const box = range.getBoundingClientRect();
    return { text: range.toString(), top: box.top, bottom: box.bottom, height: innerHeight };
  });
  const span = await marked.jsonValue();
  if (!span) throw new Error('no marked span in the reader');
  return span;
}
