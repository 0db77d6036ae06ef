/**
 * Library, new articles and the interface language in real Chromium against
 * the real services: paste an article, open a .txt through the (harness)
 * dialog, refuse a binary file with a message in the UI language, switch to
 * English (left-to-right UI, article still right-to-left), and go to an
 * annotation from the side panel.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openArticle } from './app-actions';
import { dragAndTag } from './mouse-selection';
import { expect, test } from './fixtures';

test('a pasted article joins the library and opens in the reader', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'مقال جديد' }).click();
  await page.getByLabel('العنوان').fill('هدنة في غزة');
  await page.getByLabel('المصدر').fill('وكالة الأنباء');
  await page
    .getByLabel('نص المقال')
    .fill('اتفقت الأطراف على هدنة إنسانية.\n\nوقال المتحدث إن تبادل الأسرى سيبدأ غداً.');
  await page.getByRole('button', { name: 'إضافة إلى المكتبة' }).click();

  await expect(page.getByTestId('article-text').locator('p')).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('هدنة في غزة');
  const articles = await app.library.listArticles();
  expect(articles.map((a) => a.title)).toContain('هدنة في غزة');

  await page.getByRole('button', { name: 'المكتبة' }).click();
  await expect(page.locator('.article-row')).toHaveCount(2);
});

test('File › Open text file fills the form from the picked file', async ({ app, dir }) => {
  const file = join(dir, 'بيان.txt');
  await writeFile(file, '\uFEFFبيان صحفي\r\nدعت الحركة إلى وقف الاستيطان في الضفة الغربية.\r\n', 'utf8');
  app.nextOpenFile = file;
  await app.sendMenuCommand('open-text-file');
  await expect(app.page.getByLabel('العنوان')).toHaveValue('بيان');
  await expect(app.page.getByLabel('نص المقال')).toHaveValue(/دعت الحركة إلى وقف الاستيطان/);
  await app.page.getByRole('button', { name: 'إضافة إلى المكتبة' }).click();
  await expect(app.page.getByTestId('article-text')).toContainText('دعت الحركة إلى وقف الاستيطان');
});

test('a binary file is refused with a message naming it, and nothing is added', async ({ app, dir }) => {
  const file = join(dir, 'صورة.txt');
  await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  app.nextOpenFile = file;
  const before = await app.library.listArticles();
  await app.page.getByRole('button', { name: 'مقال جديد' }).click();
  await app.page.getByRole('button', { name: 'فتح ملف نصي…' }).click();
  await expect(app.page.getByTestId('status')).toHaveText('الملف «\u2068صورة.txt\u2069» ليس ملفاً نصياً.');
  await expect(app.page.getByLabel('نص المقال')).toHaveValue('');
  expect(await app.library.listArticles()).toEqual(before);
});

test('an invalid call from the page is refused in main with a translated message', async ({ app }) => {
  const result = await app.page.evaluate(() => window.api.getArticle('../../etc/passwd'));
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
});

test('English interface is left-to-right while the Arabic article stays right-to-left', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  expect(app.preferences.language).toBe('en');

  await openArticle(page);
  await expect(page.getByTestId('article-text')).toHaveAttribute('dir', 'rtl');
  const direction = await page.getByTestId('article-text').evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe('rtl');
  // The side panel sits at the inline end: on the right in a left-to-right UI.
  const panel = await page.getByTestId('annotation-panel').boundingBox();
  const text = await page.getByTestId('article-text').boundingBox();
  expect(panel && text && panel.x > text.x).toBe(true);

  // The choice survives a restart.
  await app.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  await page.getByRole('button', { name: 'Switch to Arabic' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('clicking an annotation in the side panel scrolls the article to it', async ({ app }) => {
  const { page } = app;
  await openArticle(page);
  // The last paragraph's first words, far down the article.
  const last = await page.getByTestId('article-text').locator('p').last().textContent();
  const phrase = (last ?? '').split(' ').slice(0, 3).join(' ');
  await dragAndTag(page, phrase, ['3', '0']);
  await expect(page.locator('.panel-item')).toHaveCount(1);

  const scroller = page.locator('.reader-scroll');
  const annotationInView = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('hamish-event') ?? [])][0] as Range | undefined;
      const box = document.querySelector('.reader-scroll')?.getBoundingClientRect();
      const rect = range?.getBoundingClientRect();
      return Boolean(rect && box && rect.top >= box.top && rect.bottom <= box.bottom);
    });
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
  expect(await annotationInView()).toBe(false);
  await page.locator('.panel-quote').first().click();
  await expect.poll(annotationInView, { timeout: 5000 }).toBe(true);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
});
