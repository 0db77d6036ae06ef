/** Small UI steps shared by the e2e specs. */

import { expect, type Page } from '@playwright/test';
import ar from '../../renderer/src/i18n/locales/ar/common.json' with { type: 'json' };
import en from '../../renderer/src/i18n/locales/en/common.json' with { type: 'json' };

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

/**
 * Resolves once the page has run `frames` more animation frames
 * (requestAnimationFrame), so what the app scheduled for the coming frames — a
 * React render after a call's answer, the next slice of progressively mounted
 * blocks — has run. A wait on the page's own clock, not a fixed time.
 */
export function nextFrames(page: Page, frames = 2): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    frames,
  );
}

const SAVED = new RegExp(`^(${ar.status.saved}|${en.status.saved})$`);

/**
 * Waits until the reader's last annotation edit is on disk, as the user sees it:
 * no panel row still marked as being saved (aria-busy) and the status line
 * saying "Saved" (in either interface language). Annotation edits are
 * optimistic — the panel and the highlights change before main has written
 * the file — so a spec must call this after an edit and before it reads the
 * library or reloads the page. Fails (after the expect timeout) if the save
 * ends in an error instead.
 */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator('.panel-item[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByTestId('status')).toHaveText(SAVED);
}
