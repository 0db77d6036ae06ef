/**
 * Data safety as the user sees it, in real Chromium over the real library:
 * the start-up notice names the article whose file was quarantined (Arabic
 * and English); "Saved" appears only once the edit is on disk; hostile HTML
 * in an article is shown as text and never runs.
 */

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from '../../electron/services/library/library';
import { expect, test } from './fixtures';
import { sampleLibrary } from './sample-library';
import { SAMPLE_PATH } from './harness';
import { openArticle, SAMPLE_TITLE } from './app-actions';
import { dragAndTag } from './mouse-selection';

test('a damaged annotations file is quarantined and the notice names the article, in Arabic then English', async ({
  dir,
  launchApp,
}) => {
  const libraryDir = join(dir, 'library');
  const { library: seeded, sample } = await sampleLibrary(libraryDir);
  await seeded.createAnnotation({ articleId: sample.id, start: 0, end: 5, tag: 'actor' });
  await seeded.close();
  await writeFile(join(libraryDir, 'annotations', `${sample.id}.json`), '{"version":1,"articleId":');

  const app = await launchApp({
    libraryDir,
    preferencesSetAside: '/home/u/.config/Hamish/preferences.corrupt.json',
  });
  const { page } = app;
  const notice = page.getByTestId('startup-notice');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading')).toHaveText('تعذّرت قراءة بعض ملفات المكتبة');
  await expect(notice.locator('li[data-kind="annotations"]')).toContainText(
    `تعذّرت قراءة توسيمات «${SAMPLE_TITLE}`,
  );
  await expect(notice.locator('li[data-kind="annotations"]')).toContainText(`quarantine/`);
  await expect(notice).toContainText('preferences.corrupt.json');
  await page.screenshot({ path: 'test-results/startup-notice-ar.png' });

  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await expect(notice.getByRole('heading')).toHaveText('Some library files could not be read');
  await expect(notice.locator('li[data-kind="annotations"]')).toContainText(
    `The annotations of “${SAMPLE_TITLE}`,
  );
  await page.screenshot({ path: 'test-results/startup-notice-en.png' });

  // The rest of the library opens: the article is there, without the lost annotations.
  await openArticle(page);
  await expect(page.locator('.panel-item')).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('"Saved" is shown only after the edit is on disk', async ({ dir, launchApp }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let holding = false;
  const app = await launchApp({
    libraryDir: join(dir, 'library'),
    beforeDispatch: (method) => (holding && method === 'createAnnotation' ? held : Promise.resolve()),
  });
  const { page } = app;
  await openArticle(page);
  const [sample] = await app.library.listArticles();
  // An edit is one line appended to the article's journal (annotation-journal.ts).
  const file = join(dir, 'library', 'annotations', `${sample?.id ?? ''}.journal`);

  holding = true;
  await dragAndTag(page, 'ستيف ويتكوف', ['1', '0']); // Actor itself (a type key opens its submenu)
  await expect(page.getByTestId('status')).toHaveText('جارٍ الحفظ…');
  // Shown at once, but marked as being saved (and not editable yet).
  await expect(page.locator('.panel-item')).toHaveCount(1);
  await expect(page.locator('.panel-item')).toHaveAttribute('aria-busy', 'true');
  // Held before the write: nothing on disk, and the UI has not claimed otherwise.
  await expect(readFile(file, 'utf8')).rejects.toThrow(/ENOENT/);
  await expect(page.getByTestId('status')).toHaveText('جارٍ الحفظ…');

  release();
  await expect(page.getByTestId('status')).toHaveText('تم الحفظ');
  await expect(page.locator('.panel-item')).not.toHaveAttribute('aria-busy', 'true');
  // The moment "Saved" shows, the annotation is already in the file: one whole line.
  const lines = (await readFile(file, 'utf8')).split('\n');
  expect(lines.pop()).toBe('');
  const saved = lines.map((l) => JSON.parse(l) as { put: { quote: string }[] });
  expect(saved.flatMap((c) => c.put.map((a) => a.quote))).toEqual(['ستيف ويتكوف']);
});

test('a save that fails takes the shown annotation back and says so; nothing else changes', async ({
  dir,
  launchApp,
}) => {
  const app = await launchApp({ libraryDir: join(dir, 'library') });
  const { page } = app;
  await openArticle(page);
  const [sample] = await app.library.listArticles();
  // The journal's place is taken by a folder: appending the edit to it fails.
  const file = join(dir, 'library', 'annotations', `${sample?.id ?? ''}.journal`);
  await mkdir(file, { recursive: true });
  await writeFile(join(file, 'keep'), 'x');

  await dragAndTag(page, 'ستيف ويتكوف', ['1', '0']);
  await expect(page.getByTestId('status')).toHaveText('تعذّر الحفظ على القرص. لم يُفقد شيء مما حُفظ سابقاً.');
  await expect(page.getByTestId('status')).toHaveAttribute('role', 'alert');
  await expect(page.locator('.panel-item')).toHaveCount(0);
  const painted = await page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('hamish-')) n += h.size;
    return n;
  });
  expect(painted).toBe(0);
  expect(await readFile(join(file, 'keep'), 'utf8')).toBe('x');
});

test('HTML in an article is shown as text and never runs', async ({ dir, launchApp }) => {
  const app = await launchApp({ libraryDir: join(dir, 'library'), seedSample: false });
  const hostile = [
    'خبر عاجل <img src=x onerror="window.__pwned=1"> من القاهرة',
    '<script>window.__pwned=2</script><iframe src="javascript:window.__pwned=3"></iframe>',
    '<a href="javascript:window.__pwned=4">اضغط هنا</a> <b onmouseover="window.__pwned=5">نص</b>',
  ].join('\n');
  await app.library.addArticle({ title: '<img src=x onerror="window.__pwned=6">عنوان', text: hostile });
  await app.reload();
  const { page } = app;
  await expect(page.locator('.article-title')).toHaveText('<img src=x onerror="window.__pwned=6">عنوان');
  await page.locator('.article-open').click();
  const article = page.getByTestId('article-text');
  await expect(article).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(article).toContainText('<script>window.__pwned=2</script>');
  await expect(page.locator('img, script:not([src]), iframe, a[href^="javascript"], b')).toHaveCount(0);
  await article.hover();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('Restore from backup: confirm, get the earlier state back, and undo it from the copy made first', async ({
  dir,
  launchApp,
}) => {
  const libraryDir = join(dir, 'library');
  const yesterday = () => new Date(Date.now() - 24 * 3600 * 1000);
  await (await Library.open(libraryDir, { samplePath: SAMPLE_PATH, now: yesterday })).close();
  await (await Library.open(libraryDir, { now: yesterday })).close(); // yesterday's daily backup: no annotations
  const app = await launchApp({ libraryDir });
  const { page } = app;
  await openArticle(page);
  await dragAndTag(page, 'ستيف ويتكوف', ['1', '0']);
  await expect(page.locator('.panel-item')).toHaveCount(1);

  await app.sendMenuCommand('show-backups');
  const dialog = page.getByRole('dialog', { name: 'الاستعادة من نسخة احتياطية' });
  const rows = dialog.locator('.backup-row');
  // Today's backup was taken at start (the state before today's edit); yesterday's is older.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('نسخة يومية');
  await rows.nth(1).getByRole('button', { name: 'استعادة' }).click();
  await expect(dialog.getByRole('alertdialog')).toContainText(
    'تُحفظ مقالاتك وتوسيماتك الحالية نسخةً احتياطية أولًا',
  );
  await page.screenshot({ path: 'test-results/restore-confirm-ar.png' });
  await dialog.getByRole('button', { name: 'استعادة هذه النسخة' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('status')).toContainText('استُعيدت نسخة');
  // The library table's first count column is Actor.
  const actorCount = page.getByTestId('library').locator('td.count-col').first();
  await expect(actorCount).toHaveText('0');

  // The state before the restore was kept: restoring it brings the annotation back.
  await app.sendMenuCommand('show-backups');
  const saved = dialog.locator('.backup-row', { hasText: 'حُفظت قبل استعادة' });
  await expect(saved).toHaveCount(1);
  await saved.getByRole('button', { name: 'استعادة' }).click();
  await dialog.getByRole('button', { name: 'استعادة هذه النسخة' }).click();
  await expect(actorCount).toHaveText('1');
  await openArticle(page);
  await expect(page.locator('.panel-item')).toHaveCount(1);
});
