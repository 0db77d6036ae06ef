/**
 * The import report once an article is opened (fresh-user test 3 #5): after
 * importing two Arabic news pages and the sample again (a likely duplicate)
 * at 1024×700, opening an article folds the report to its summary line with
 * the choice still waiting, so the reader keeps its height; "Show the report"
 * unfolds it and the waiting choice (Skip / Keep both / Replace) is still
 * there and works. In Arabic and English.
 */

import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openArticle } from './app-actions';
import { expect, test } from './fixtures';
import { REPO_ROOT, SAMPLE_PATH } from './harness';

const VIEWPORT = { width: 1024, height: 700 };

const WORDS = {
  ar: { waiting: 'خيار واحد ينتظر', show: 'عرض التقرير', hide: 'إخفاء التقرير', keep: 'أبقِ الاثنين' },
  en: { waiting: '1 choice waiting', show: 'Show the report', hide: 'Hide the report', keep: 'Keep both' },
} as const;

for (const language of ['ar', 'en'] as const) {
  test(`opening an article folds the import report and keeps its waiting choice (${language})`, async ({
    dir,
    launchApp,
    shotsDir,
  }) => {
    const words = WORDS[language];
    const app = await launchApp({ libraryDir: join(dir, 'library'), viewport: VIEWPORT, language });
    const { page } = app;
    const files = [join(dir, 'cnn-arabic.html'), join(dir, 'youm7.html'), join(dir, 'sample-again.txt')];
    await copyFile(join(REPO_ROOT, 'tests', 'fixtures', 'pages', 'cnn-arabic.ar.html'), files[0] ?? '');
    await copyFile(join(REPO_ROOT, 'tests', 'fixtures', 'pages', 'youm7.ar.html'), files[1] ?? '');
    await writeFile(files[2] ?? '', await readFile(SAMPLE_PATH, 'utf8'));
    app.nextImportFiles = files;
    await app.sendMenuCommand('import-files');
    const panel = page.getByTestId('import-panel');
    const duplicate = panel.getByTestId('import-duplicate');
    // Two pages parsed in the import worker: slow on a busy machine (load 20 here), so the report may take a while.
    await expect(duplicate.getByRole('button')).toHaveCount(3, { timeout: 30_000 });
    await expect(panel.getByTestId('import-waiting')).toHaveText(words.waiting);
    const open = (await panel.boundingBox())?.height ?? 0;

    await openArticle(page);
    // Folded: the summary line alone, the choice still counted as waiting.
    await expect(panel.locator('.import-problems')).toHaveCount(0);
    await expect(panel.getByTestId('import-waiting')).toHaveText(words.waiting);
    const show = panel.getByRole('button', { name: words.show });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    const folded = (await panel.boundingBox())?.height ?? 0;
    expect(folded).toBeLessThan(50);
    expect(folded).toBeLessThan(open / 2);
    await page.screenshot({ path: join(shotsDir, `import-panel-folded-${language}.png`) });

    // Unfolded on demand, the waiting choice is there and is taken.
    await show.click();
    await expect(panel.getByRole('button', { name: words.hide })).toHaveAttribute('aria-expanded', 'true');
    await duplicate.getByRole('button', { name: words.keep }).click();
    await expect(duplicate.getByTestId('import-outcome')).toBeVisible();
    await expect(panel.getByTestId('import-waiting')).toHaveCount(0);
    await expect.poll(async () => (await app.library.listArticles()).length).toBe(4);
  });
}
