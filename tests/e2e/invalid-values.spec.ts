/**
 * A value in the library's files that the UI cannot show must not blank the
 * window (issue 12): an article whose date in index.json is "2025-13-45"
 * (valid to the start-up check, not a real date) keeps its row in the library
 * table and opens in the reader, the date marked invalid in both, in Arabic
 * and in English; a real date next to it is still formatted.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from '../../electron/services/library/library';
import { openArticle, SAMPLE_TITLE } from './app-actions';
import { expect, test } from './fixtures';
import { SAMPLE_PATH } from './harness';

const BAD_DATE = '2025-13-45';

test.use({
  // The sample library, then its index.json edited by hand as a user might.
  libraryDir: async ({ dir }, use) => {
    const libraryDir = join(dir, 'library');
    const library = await Library.open(libraryDir, { samplePath: SAMPLE_PATH });
    await library.addArticle({ title: 'بيان الهدنة', text: 'اتفقت الأطراف على هدنة.', date: '2025-03-01' });
    await library.close();
    const path = join(libraryDir, 'index.json');
    const index = JSON.parse(await readFile(path, 'utf8')) as { articles: { title: string; date: string }[] };
    const sample = index.articles.find((a) => a.title.startsWith(SAMPLE_TITLE));
    if (!sample) throw new Error('no sample article in index.json');
    sample.date = BAD_DATE;
    await writeFile(path, JSON.stringify(index, null, 2));
    await use(libraryDir);
  },
});

test('an article whose date is not a real date keeps its row and its reader, the date marked invalid', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  const rows = page.locator('.article-row');
  await expect(rows).toHaveCount(2);
  const row = rows.filter({ hasText: SAMPLE_TITLE });
  const invalid = row.locator('[data-invalid="date"]');
  await expect(invalid).toHaveText(`${BAD_DATE} (غير صالح)`);
  await expect(invalid).toHaveAttribute(
    'title',
    `التاريخ «${BAD_DATE}» في ملفات المكتبة ليس تاريخاً صحيحاً؛ عدّل بيانات المقال لتصحيحه.`,
  );
  // The rest of the row is there, and the real date beside it is formatted, not marked.
  await expect(row.locator('td.count-col').first()).toHaveText('0');
  const good = rows.filter({ hasText: 'بيان الهدنة' });
  await expect(good.locator('time')).toHaveAttribute('datetime', '2025-03-01');
  // Formatted as the page's own Intl formats the day (Chromium's ICU, not Node's).
  const arabicDay = await page.evaluate(() =>
    new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2025, 2, 1)),
  );
  await expect(good.locator('time')).toHaveText(arabicDay);
  await expect(good.locator('[data-invalid]')).toHaveCount(0);
  await expect(page.getByTestId('boundary-library')).toHaveCount(0);
  await page.screenshot({ path: join(shotsDir, 'library-invalid-date-ar.png') });

  await openArticle(page);
  const header = page.locator('.article-header');
  await expect(header.getByRole('heading', { level: 1 })).toContainText(SAMPLE_TITLE);
  await expect(header.locator('[data-invalid="date"]')).toHaveText(`${BAD_DATE} (غير صالح)`);
  await expect(page.getByTestId('article-text')).toContainText('ويتكوف');
  await expect(page.getByTestId('boundary-reader')).toHaveCount(0);
  await page.screenshot({ path: join(shotsDir, 'reader-invalid-date-ar.png') });

  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await expect(header.locator('[data-invalid="date"]')).toHaveText(`${BAD_DATE} (invalid)`);
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(row.locator('[data-invalid="date"]')).toHaveText(`${BAD_DATE} (invalid)`);
  await expect(good.locator('time')).toHaveText('Mar 1, 2025');
});
