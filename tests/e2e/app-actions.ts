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
