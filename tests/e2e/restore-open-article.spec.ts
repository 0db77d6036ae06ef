/**
 * A backup restore that takes away the article open in the reader (verify
 * finding: the reader stayed on it, and the import report still listed it as
 * added): an Arabic article is imported, opened, then main restores the
 * backup made when the app opened (before the import), as a restore from the
 * command line or a second window would; the reader goes back to the library
 * with a status message in the user's language, and the report's line for
 * that article says it is no longer in the library, having asked main which
 * of its articles are still listed (listedArticleIds), not for the whole
 * list. Arabic and English.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from '../../electron/services/library/library';
import { openArticle } from './app-actions';
import { expect, test } from './fixtures';

const VIEWPORT = { width: 1024, height: 700 };
const TITLE = 'بيان الحركة بعد جولة المفاوضات';
const TEXT = 'أكدت الحركة في بيانها أن المفاوضات مستمرة رغم الخلافات حول تبادل الأسرى.';

test.use({
  libraryDir: async ({ dir }, use) => {
    const libraryDir = join(dir, 'library');
    // No backup now: the app's open makes the day's backup, holding this one article.
    const library = await Library.open(libraryDir, { dailyBackup: false });
    await library.addArticle({
      title: 'الوسطاء يبحثون صفقة جديدة',
      text: 'قال مسؤول مصري إن الوسطاء يبحثون صفقة جديدة تشمل تبادل الأسرى ووقف القتال.',
      language: 'ar',
    });
    await library.close();
    await use(libraryDir);
  },
});

const WORDS = {
  ar: {
    status: 'لم يعد المقال الذي كان مفتوحًا في المكتبة',
    gone: '(لم يعد في المكتبة)',
    show: 'عرض التقرير',
  },
  en: {
    status: 'The article that was open is no longer in the library',
    gone: '(no longer in the library)',
    show: 'Show the report',
  },
} as const;

for (const language of ['ar', 'en'] as const) {
  test(`a restore that removes the open article closes the reader and marks the report (${language})`, async ({
    dir,
    libraryDir,
    launchApp,
    shotsDir,
  }) => {
    const words = WORDS[language];
    const app = await launchApp({ libraryDir, viewport: VIEWPORT, language, seedSample: false });
    const { page } = app;
    // The backup made on open holds the library as it was before the import.
    const backups = await app.library.listBackups();
    expect(backups).toHaveLength(1);
    const file = join(dir, `${TITLE}.txt`);
    await writeFile(file, TEXT);
    app.nextImportFiles = [file];
    await app.sendMenuCommand('import-files');
    const panel = page.getByTestId('import-panel');
    await expect(panel.locator('.import-added')).toHaveCount(1, { timeout: 30_000 });
    await expect(panel.getByTestId('import-gone')).toHaveCount(0);

    await openArticle(page, TITLE);
    // The report asks main only about its own articles, never for the whole list (polish brief, item 1).
    const lists = await app.answeredCalls('listArticles');
    const asked = await app.answeredCalls('listedArticleIds');
    await app.library.restoreBackup(backups[0]?.name ?? '');
    expect(app.library.allMeta().map((m) => m.title)).not.toContain(TITLE);

    // Back to the library, saying why, in the interface language.
    await expect(page.getByTestId('article-text')).toHaveCount(0);
    await expect(page.getByTestId('library-table')).toBeVisible();
    await expect(page.getByTestId('library-table')).not.toContainText(TITLE);
    await expect(page.getByTestId('status')).toContainText(words.status);
    // The report (folded when the article was opened) marks the line of the article taken away.
    const show = panel.getByRole('button', { name: words.show });
    if (await show.isVisible()) await show.click();
    await expect(panel.getByTestId('import-gone')).toHaveText(` ${words.gone}`);
    await expect(panel.locator('.import-added')).toContainText(words.gone);
    expect(await app.answeredCalls('listedArticleIds')).toBeGreaterThan(asked);
    expect(await app.answeredCalls('listArticles')).toBe(lists);
    await page.screenshot({ path: join(shotsDir, `restore-open-article-${language}.png`) });
  });
}
