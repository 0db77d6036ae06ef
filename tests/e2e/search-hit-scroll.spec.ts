/**
 * Issue 14: a search hit inside a long paragraph, deep in a long article,
 * opens with the hit itself in view (not the paragraph's top, and not a
 * block's worth below the visible area once the blocks above it render).
 */

import type { Page } from '@playwright/test';
import { markedSearchHit, nextFrames } from './app-actions';
import { expect, test } from './fixtures';

const WORDS =
  'قال المتحدث باسم الوفد إن المفاوضات مستمرة وإن الجانبين يبحثان تبادل الأسرى ووقف إطلاق النار في القطاع'.split(
    ' ',
  );

/** A paragraph of `n` words of the sentence above, repeated. */
const paragraph = (n: number, extra = '') =>
  Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(' ') + extra + '.';

/** Where the marked search hit is in the viewport (px), or null when nothing is marked. */
const hitRect = (page: Page) =>
  page.evaluate(() => {
    const rect = (
      [...(CSS.highlights.get('hamish-search') ?? [])][0] as Range | undefined
    )?.getBoundingClientRect();
    return rect ? { top: rect.top, bottom: rect.bottom } : null;
  });

/** True when the marked hit is at the same place before and after two more frames: the layout has settled. */
async function hitSettled(page: Page): Promise<boolean> {
  const before = await hitRect(page);
  await nextFrames(page);
  return before !== null && JSON.stringify(before) === JSON.stringify(await hitRect(page));
}

test.use({ launch: { viewport: { width: 1200, height: 800 } } });

test('a search hit near the end of a long paragraph deep in the article is scrolled into view', async ({
  app,
}) => {
  const { page, library } = app;
  const paragraphs = Array.from({ length: 60 }, (_, i) =>
    i === 40 ? paragraph(600, ' وأكد مصدر أن الزنجبيل وصل مع القافلة') : paragraph(120 + (i % 7) * 40),
  );
  await library.addArticle({ title: 'مقال طويل', text: paragraphs.join('\n\n'), language: 'ar' });
  await page.reload();
  await page.getByLabel('البحث في المكتبة').fill('الزنجبيل');
  const hit = page.getByTestId('search-results').locator('.search-hit', { hasText: 'مقال طويل' });
  await hit.getByRole('button').click();
  const marked = () => markedSearchHit(page);
  await expect.poll(marked).toEqual({ text: 'الزنجبيل', visible: true });
  // And it stays there once the layout has settled: every block mounted, the hit still across two frames.
  await expect(page.getByTestId('article-text').locator('[data-block]')).toHaveCount(paragraphs.length);
  await expect.poll(() => hitSettled(page)).toBe(true);
  expect(await marked()).toEqual({ text: 'الزنجبيل', visible: true });
});
