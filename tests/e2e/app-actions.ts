/** Small UI steps shared by the e2e specs. */

import type { Page } from '@playwright/test';

/** The title the first run gives the bundled sample article. */
export const SAMPLE_TITLE = 'ويتكوف مستعد للقاء خليل الحية';

/** Opens an article from the library list by (part of) its title. */
export async function openArticle(page: Page, title = SAMPLE_TITLE): Promise<void> {
  await page.locator('.article-open', { hasText: title }).click();
  await page.getByTestId('article-text').waitFor();
  // The reading font loads on first use; positions are only final once it has.
  await page.evaluate(async () => {
    await document.fonts.load('400 20px "Noto Naskh Arabic"', 'هامش');
    await document.fonts.ready;
  });
}

/** The search hit the reader was opened on (its "hamish-search" highlight): its text, and whether it is wholly in view. */
export function markedSearchHit(page: Page): Promise<{ text: string | null; visible: boolean }> {
  return page.evaluate(() => {
    const range = [...(CSS.highlights.get('hamish-search') ?? [])][0] as Range | undefined;
    const box = document.querySelector('.reader-scroll')?.getBoundingClientRect();
    const rect = range?.getBoundingClientRect();
    const visible = Boolean(rect && box && rect.top >= box.top && rect.bottom <= box.bottom);
    return { text: range?.toString() ?? null, visible };
  });
}
