/**
 * A value in the library's files that the UI cannot show must not blank the
 * window (issue 12). An article whose date in index.json was edited by hand
 * to "2025-13-45": since the stricter start-up check (issue 13) refuses that
 * value, the index is set aside and rebuilt keeping every valid field, so the
 * window opens with the article's row in the library table (its source kept,
 * its impossible date gone, nothing marked), the notice says what happened,
 * and the article opens in the reader. How the views mark such a date if one
 * ever reaches them is proven in tests/unit/renderer/ui/date-value.spec.ts.
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

test('an article whose date is not a real date keeps its row and its reader; the value is set aside, not shown', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  const rows = page.locator('.article-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('boundary-library')).toHaveCount(0);
  const notice = page.getByTestId('startup-notice');
  await expect(notice).toContainText('تلفت قائمة المقالات وأُعيد بناؤها');
  await expect(notice).toContainText('index.json');
  const row = rows.filter({ hasText: SAMPLE_TITLE });
  // The source survives the rebuild; the impossible date does not, so nothing is left to mark.
  await expect(row).toContainText('عينة هامش');
  await expect(row.locator('td').nth(2)).toHaveText('بلا تاريخ');
  await expect(row).not.toContainText(BAD_DATE);
  const good = rows.filter({ hasText: 'بيان الهدنة' });
  await expect(good.locator('time')).toHaveAttribute('datetime', '2025-03-01');
  // Formatted as the page's own Intl formats the day (Chromium's ICU, not Node's).
  const arabicDay = await page.evaluate(() =>
    new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2025, 2, 1)),
  );
  await expect(good.locator('time')).toHaveText(arabicDay);
  await page.screenshot({ path: join(shotsDir, 'library-invalid-date-ar.png') });

  await openArticle(page);
  const header = page.locator('.article-header');
  await expect(header.getByRole('heading', { level: 1 })).toContainText(SAMPLE_TITLE);
  await expect(header.locator('.article-meta')).toHaveText('عينة هامش');
  await expect(page.getByTestId('article-text')).toContainText('ويتكوف');
  await expect(page.getByTestId('boundary-reader')).toHaveCount(0);
  await page.screenshot({ path: join(shotsDir, 'reader-invalid-date-ar.png') });
});
