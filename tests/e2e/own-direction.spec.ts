/**
 * Issue 14: titles, sources and notes take their direction from their own
 * text, not from the article's language: a Latin title of an Arabic article
 * («17-jawhara-intl.ar») runs left to right in the library table, in search
 * results and in the reader, and an English note in the side panel too.
 */

import type { Locator } from '@playwright/test';
import { openArticle } from './app-actions';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

const direction = (locator: Locator) => locator.evaluate((el) => (el.matches(':dir(ltr)') ? 'ltr' : 'rtl'));

test('a Latin title and source of an Arabic article keep their own order everywhere', async ({ app }) => {
  const { page, library } = app;
  const meta = await library.addArticle({
    title: '17-jawhara-intl.ar',
    source: 'Jawhara International',
    text: 'أعلنت الحكومة عن خطة جديدة لإعادة إعمار المدارس في الجنوب.',
    language: 'ar',
  });
  await library.createAnnotation({ articleId: meta.id, start: 0, end: 5, tag: 'event' });
  const [note] = await library.listAnnotations(meta.id);
  await library.updateAnnotation(meta.id, note?.id ?? '', { note: 'check the date (AFP)' });
  await page.reload();

  const title = page.locator('.article-title', { hasText: '17-jawhara-intl.ar' });
  await expect(title).toBeVisible();
  expect(await direction(title)).toBe('ltr');
  const source = page.locator('.article-row', { hasText: '17-jawhara-intl.ar' }).locator('td[dir="auto"]');
  expect(await direction(source)).toBe('ltr');

  await page.getByLabel('البحث في المكتبة').fill('إعمار المدارس');
  const hit = page.getByTestId('search-results').locator('.search-hit', { hasText: '17-jawhara-intl.ar' });
  expect(await direction(hit.locator('.search-title'))).toBe('ltr');
  expect(await direction(hit.locator('.search-source bdi').first())).toBe('ltr');
  // The passage itself is Arabic and stays right to left.
  expect(await direction(hit.locator('.search-passage'))).toBe('rtl');

  await page.getByLabel('البحث في المكتبة').fill('');
  await openArticle(page, '17-jawhara-intl.ar');
  expect(await direction(page.getByRole('heading', { level: 1 }))).toBe('ltr');
  expect(await direction(page.locator('.article-meta bdi').first())).toBe('ltr');
  expect(await direction(page.locator('.panel-note'))).toBe('ltr');
});
