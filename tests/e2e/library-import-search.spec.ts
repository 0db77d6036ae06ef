/**
 * The library of real articles in Chromium against the real services: import
 * a folder through the (harness) folder dialog with pushed progress and
 * per-file refusals, search with a different spelling and open the hit with
 * the passage highlighted, filter by status, trash and restore, and drop files
 * on the window. Also writes docs/library-search.png with HAMISH_UPDATE_DOCS=1.
 */

import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { markedSearchHit } from './app-actions';
import { expect, test } from './fixtures';
import { REPO_ROOT } from './harness';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'import');

async function makeFolder(dir: string): Promise<string> {
  const folder = join(dir, 'inbox');
  await mkdir(folder, { recursive: true });
  await copyFile(join(FIXTURES, 'ceasefire.ar.md'), join(folder, '01-ceasefire.md'));
  await copyFile(join(FIXTURES, 'news-page.ar.html'), join(folder, '02-witkoff.html'));
  await copyFile(join(FIXTURES, 'report.en.html'), join(folder, '03-doha.htm'));
  await copyFile(join(FIXTURES, 'ceasefire.ar.md'), join(folder, '04-copy.md'));
  await writeFile(join(folder, '05-empty.txt'), '');
  await writeFile(join(folder, '06-photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49]));
  return folder;
}

// Files "dropped" on the window are looked up in <dir>/inbox.
test.use({
  launch: async ({ dir }, use) => {
    await use({ dropDir: join(dir, 'inbox'), viewport: { width: 1360, height: 900 } });
  },
});

test('import a folder with progress, then find an article by another spelling and open the passage', async ({
  app,
  dir,
  shotsDir,
}) => {
  const { page } = app;
  app.nextImportFolder = await makeFolder(dir);
  await page.getByRole('button', { name: 'استيراد مجلد…' }).click();

  const panel = page.getByTestId('import-panel');
  await expect(panel).toContainText('انتهى الاستيراد');
  await expect(panel.getByTestId('import-count')).toHaveText('6 من 6 ملفات');
  await expect(panel).toContainText('أُضيف 3، و1 موجود من قبل، ورُفض 2');
  // File names are wrapped in directional isolates (U+2068…U+2069) so they read left to right in Arabic.
  await expect(panel.locator('.import-refused')).toHaveText([
    '«\u206805-empty.txt\u2069»: الملف فارغ أو لا نص مقال فيه',
    '«\u206806-photo.txt\u2069»: ليس ملفاً نصياً (بيانات ثنائية أو ترميز غير معروف)',
  ]);
  await expect(panel.locator('.import-duplicate')).toContainText('04-copy.md');
  await expect(panel.locator('.import-duplicate')).toContainText('(النص نفسه)');
  // Every added file is listed with the words kept.
  await expect(panel.locator('.import-added')).toHaveCount(3);
  await expect(panel.locator('.import-added').first()).toHaveText(
    /^أُضيف «\u206801-ceasefire\.md\u2069»: حُفظت \d+ (كلمة|كلمةً|كلمات)\.$/u,
  );
  // Progress was pushed while it ran: reports before the end, then the final one.
  expect(app.importEvents.some((e) => !e.finished && e.done < e.total && e.current !== '')).toBe(true);
  expect(app.importEvents.at(-1)).toMatchObject({ finished: true, done: 6, total: 6, added: 3 });
  await expect(page.locator('.article-row')).toHaveCount(4); // the sample + 3 imported
  await expect(page.locator('.article-row', { hasText: 'Talks on prisoner exchange' })).toContainText(
    'World Desk',
  );

  // Typed without hamza and with ya for alef maqsura; the article spells it "الأسرى".
  await page.getByLabel('البحث في المكتبة').fill('الاسري المرضي');
  const results = page.getByTestId('search-results');
  await expect(results.locator('.search-hit')).toHaveCount(2);
  const hit = results.locator('.search-hit', { hasText: 'ويتكوف يلتقي الوفد المفاوض' });
  await expect(hit.locator('mark')).toHaveText(['الأسرى', 'المرضى']);
  await page.screenshot({ path: join(shotsDir, 'library-search.png') });

  await page.getByLabel('البحث في المكتبة').fill('');
  await page.screenshot({ path: join(shotsDir, 'library-table.png') });
  await page.getByLabel('البحث في المكتبة').fill('الاسري المرضي');
  await hit.getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ويتكوف يلتقي الوفد المفاوض في القاهرة');
  const marked = () => markedSearchHit(page);
  await expect.poll(marked).toEqual({ text: 'الأسرى', visible: true });
});

test('filter by status, move to the trash and restore', async ({ app }) => {
  const { page, library } = app;
  for (const [title, source, text] of [
    ['هدنة في غزة', 'وكالة الأنباء', 'أعيد فتح معبر كرم أبو سالم أمام الشاحنات.'],
    ['صفقة التبادل', 'شبكة الأخبار', 'أفرج عن دفعة جديدة من المحتجزين.'],
  ] as const) {
    await library.addArticle({ title, source, text, language: 'ar' });
  }
  await app.reload();
  await expect(page.locator('.article-row')).toHaveCount(3);

  await page.getByLabel('حالة «صفقة التبادل»').selectOption('done');
  await expect(page.getByTestId('status')).toHaveText('حُفظت حالة «صفقة التبادل».');
  await page.getByLabel('الحالة', { exact: true }).selectOption('done');
  await expect(page.locator('.article-row')).toHaveText([/صفقة التبادل/]);
  await page.getByLabel('الحالة', { exact: true }).selectOption('new');
  await expect(page.locator('.article-row')).toHaveCount(2);
  await page.getByRole('button', { name: 'مسح التصفية' }).click();
  await expect(page.locator('.article-row')).toHaveCount(3);

  await page.getByRole('button', { name: 'نقل «هدنة في غزة» إلى سلة المحذوفات' }).click();
  await expect(page.locator('.article-row')).toHaveCount(2);
  expect((await library.listTrash()).map((a) => a.title)).toEqual(['هدنة في غزة']);
  await page.getByLabel('البحث في المكتبة').fill('أبو سالم');
  await expect(page.getByTestId('search-results')).toContainText('لا مقال يطابق «أبو سالم».');
  await page.getByLabel('البحث في المكتبة').fill('');

  await page.getByRole('button', { name: 'سلة المحذوفات', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'سلة المحذوفات' })).toBeVisible();
  await expect(page.locator('.article-row')).toHaveText([/هدنة في غزة/]);
  await page.getByRole('button', { name: 'استعادة «هدنة في غزة»' }).click();
  await expect(page.locator('.article-row')).toHaveCount(0);
  await page.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
  await expect(page.locator('.article-row')).toHaveCount(3);
  await page.getByLabel('البحث في المكتبة').fill('ابو سالم');
  await expect(page.getByTestId('search-results').locator('.search-hit')).toHaveText([/هدنة في غزة/]);
});

test('files dropped on the window are imported', async ({ app, dir }) => {
  const { page } = app;
  await makeFolder(dir);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    for (const name of ['03-doha.htm', '06-photo.txt']) transfer.items.add(new File(['ignored'], name));
    const target = document.querySelector('.app');
    target?.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    target?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  const panel = page.getByTestId('import-panel');
  await expect(panel).toContainText('أُضيف 1، و0 موجود من قبل، ورُفض 1');
  await expect(page.locator('.article-row', { hasText: 'Talks on prisoner exchange' })).toHaveCount(1);
  await panel.getByRole('button', { name: 'إغلاق' }).click();
  await expect(panel).toHaveCount(0);

  // File › Import articles… picks several files in the system dialog.
  app.nextImportFiles = [join(dir, 'inbox', '01-ceasefire.md'), join(dir, 'inbox', '04-copy.md')];
  await app.sendMenuCommand('import-files');
  await expect(panel).toContainText('أُضيف 1، و1 موجود من قبل، ورُفض 0');
  await expect(page.locator('.article-row')).toHaveCount(3);
});
