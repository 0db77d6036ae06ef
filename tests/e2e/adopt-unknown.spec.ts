/**
 * An article text the library does not list (what a kill during an import
 * leaves) is named in the start-up notice, in Arabic then English, and
 * "Adopt" adds it to the library: real Chromium over the real library.
 */

import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from '../../electron/services/library/library';
import { expect, test } from './fixtures';
import { SAMPLE_PATH } from './harness';

const TITLE = 'لقاء في القاهرة';
const TEXT = `${TITLE}\nالتقى وزير الخارجية نظيره المصري في القاهرة صباح اليوم، وبحث الجانبان ملف تبادل الأسرى.`;

test.describe('adoption', () => {
  let articleId = '';
  test.use({
    libraryDir: async ({ dir }, use) => {
      const libraryDir = join(dir, 'library');
      await (await Library.open(libraryDir, { samplePath: SAMPLE_PATH })).close();
      // Written by another library, then copied in without its index entry.
      const other = await Library.open(join(dir, 'other'));
      articleId = (await other.addArticle({ title: TITLE, text: TEXT })).id;
      await other.close();
      await copyFile(
        join(dir, 'other', 'articles', `${articleId}.json`),
        join(libraryDir, 'articles', `${articleId}.json`),
      );
      await use(libraryDir);
    },
  });

  test('named in Arabic and English, adopted with one click', async ({ app }) => {
    const { page } = app;
    const notice = page.getByTestId('startup-notice');
    const item = notice.locator('li[data-kind="unknown-article"]');
    await expect(item).toContainText(`articles/${articleId}.json`);
    await expect(notice.getByRole('heading')).toHaveText('ملفات لا تذكرها المكتبة');
    await expect(page.locator('.article-open', { hasText: TITLE })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/unknown-files-ar.png' });

    await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
    await expect(notice.getByRole('heading')).toHaveText('Files the library does not list');
    await expect(item).toContainText('is not in the list of articles');
    await page.getByRole('button', { name: 'Switch to Arabic' }).click();

    await item.getByRole('button', { name: 'اعتماد' }).click();
    await expect(page.getByTestId('status')).toHaveText(`أُضيفت «${TITLE}» إلى المكتبة.`);
    await expect(page.locator('.article-open', { hasText: TITLE })).toHaveCount(1);
    // Nothing else to say: the notice goes.
    await expect(notice).toHaveCount(0);
    expect((await app.library.listArticles()).map((m) => m.id)).toContain(articleId);
  });
});
