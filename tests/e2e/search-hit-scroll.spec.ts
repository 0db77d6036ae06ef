/**
 * Issue 14: a search hit inside a long paragraph, deep in a long article,
 * opens with the hit itself in view (not the paragraph's top, and not a
 * block's worth below the visible area once the blocks above it render).
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { markedSearchHit } from './app-actions';
import { launchHamish, type HamishApp } from './harness';

const WORDS =
  'قال المتحدث باسم الوفد إن المفاوضات مستمرة وإن الجانبين يبحثان تبادل الأسرى ووقف إطلاق النار في القطاع'.split(
    ' ',
  );

/** A paragraph of `n` words of the sentence above, repeated. */
const paragraph = (n: number, extra = '') =>
  Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(' ') + extra + '.';

let dir: string;
let app: HamishApp;

test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-e2e-'));
  app = await launchHamish({ libraryDir: join(dir, 'library'), viewport: { width: 1200, height: 800 } });
});

test.afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

test('a search hit near the end of a long paragraph deep in the article is scrolled into view', async () => {
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
  // And it stays there once the layout has settled.
  await page.waitForTimeout(1000);
  expect(await marked()).toEqual({ text: 'الزنجبيل', visible: true });
});
