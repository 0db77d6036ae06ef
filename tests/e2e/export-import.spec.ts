/**
 * Export and import through the real UI in Chromium: tag the sample in one
 * library, export the whole library as Hamish JSON from the Export dialog,
 * import that file into a second, empty library from the Import dialog and
 * see the same highlights; a truncated file is refused in the dialog with
 * its reason and the library files stay byte-for-byte the same, and the
 * refusal leaves the status line once the dialog is closed.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openArticle } from './app-actions';
import { expect, test } from './fixtures';
import { REPO_ROOT, type HamishApp, type LaunchOptions } from './harness';
import { dragSelect } from './mouse-selection';
import { snapshot } from './folder-snapshot';

const shots = join(REPO_ROOT, 'test-results', 'screenshots');

/** Launches the app on `<dir>/<name>` (through the fixture's launchApp, which closes it after the test). */
function launch(
  launchApp: (options: LaunchOptions) => Promise<HamishApp>,
  dir: string,
  name: string,
  seedSample: boolean,
  language: 'ar' | 'en' = 'ar',
): Promise<HamishApp> {
  return launchApp({ libraryDir: join(dir, name), exportDir: dir, seedSample, language });
}

/** Every registered highlight: tag name → texts of its ranges. */
function highlights(app: HamishApp) {
  return app.page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      out[name] = [...h].map((r) => (r as Range).toString()).sort();
    });
    return out;
  });
}

test('export the library as JSON, import it into an empty library, see the same highlights', async ({
  dir,
  launchApp,
}) => {
  const first = await launch(launchApp, dir, 'first', true);
  await openArticle(first.page);
  await dragSelect(first.page, 'ستيف ويتكوف');
  await first.page.keyboard.press('1');
  await first.page.keyboard.press('1');
  await dragSelect(first.page, 'تبادل الأسرى والمعتقلين');
  await first.page.keyboard.press('2');
  await first.page.keyboard.press('1');
  await dragSelect(first.page, 'هدنة مؤقتة');
  await first.page.keyboard.press('3');
  await first.page.keyboard.press('3');
  await expect(first.page.locator('.panel-item')).toHaveCount(3);
  // Let go of the last new annotation: its selection marker is not a tag highlight.
  await first.page.keyboard.press('Escape');
  await expect(first.page.getByTestId('annotation-editor')).toHaveCount(0);
  const expected = await highlights(first);
  expect(Object.values(expected).flat()).toHaveLength(3);

  // File › Export…: whole library, Hamish JSON.
  await first.sendMenuCommand('export-dialog');
  const dialog = first.page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('المكتبة كلها').check();
  await expect(dialog.getByLabel('الصيغة')).toHaveValue('json');
  await dialog.screenshot({ path: join(shots, 'export-dialog-ar.png') });
  await dialog.getByRole('button', { name: 'تصدير…' }).click();
  await expect(dialog).toBeHidden();
  await expect(first.page.getByTestId('status')).toContainText('التوسيمات: 3');
  const exported = first.exportedPaths.at(-1) ?? '';
  expect(exported.endsWith('ويتكوف مستعد للقاء خليل الحية لبحث تثبيت وقف إطلاق النار.hamish.json')).toBe(
    true,
  );

  // A second, empty library imports it through File › Import annotations….
  const second = await launch(launchApp, dir, 'second', false);
  await expect(second.page.locator('.article-open')).toHaveCount(0);
  second.nextImportFile = exported;
  await second.sendMenuCommand('import-annotations');
  const importDialog = second.page.getByTestId('import-dialog');
  await importDialog.getByLabel(/اعتماد النسخة المستوردة/u).check();
  await importDialog.getByRole('button', { name: 'اختيار ملف واستيراده…' }).click();
  const report = importDialog.getByTestId('import-report');
  await expect(report).toContainText('مقالات أضيفت');
  await expect(report.locator('dd').first()).toHaveText('1');
  await importDialog.screenshot({ path: join(shots, 'import-report-ar.png') });
  await importDialog.getByRole('button', { name: 'إغلاق' }).click();

  await openArticle(second.page);
  await expect(second.page.locator('.panel-item')).toHaveCount(3);
  expect(await highlights(second)).toEqual(expected);
});

test('a truncated file is refused in the dialog with its reason, and nothing changes', async ({
  dir,
  launchApp,
}) => {
  const app = await launch(launchApp, dir, 'lib', true, 'en');
  const [meta] = await app.library.listArticles();
  const { text } = await app.library.getArticle(meta?.id ?? '');
  const start = Array.from(text.slice(0, text.indexOf('خليل الحية'))).length;
  await app.library.createAnnotation({ articleId: meta?.id ?? '', start, end: start + 10, tag: 'actor' });
  await app.library.flush();
  const bad = join(dir, 'bad.hamish.json');
  await writeFile(bad, '{"format":"hamish-annotations","version":1,"articles":[{"id":');
  const before = await snapshot(join(dir, 'lib'));

  app.nextImportFile = bad;
  await app.sendMenuCommand('import-annotations');
  const dialog = app.page.getByTestId('import-dialog');
  await dialog.getByRole('button', { name: 'Choose file and import…' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Nothing was imported: the file is not valid JSON (it may be truncated or not a Hamish file).',
  );
  await expect(app.page.locator('html')).toHaveAttribute('dir', 'ltr');
  await dialog.screenshot({ path: join(shots, 'import-refused-en.png') });
  await app.library.flush();
  expect(await snapshot(join(dir, 'lib'))).toEqual(before);

  // A wrong offset names the place in the file, in the interface language.
  const data = await app.library.exportArticle(meta?.id ?? '');
  const annotation = data.articles[0]?.annotations[0];
  if (annotation) annotation.end = (data.articles[0]?.length ?? 0) + 1;
  await writeFile(bad, JSON.stringify(data));
  await dialog.getByRole('button', { name: 'Choose file and import…' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    `an annotation points outside its article's text at \u2068articles[0] (id ${meta?.id ?? ''}) › annotations[0] (id ${annotation?.id ?? ''}) › end\u2069.`,
  );
  expect(await snapshot(join(dir, 'lib'))).toEqual(before);
});

test('a refusal read in the import dialog leaves the status line when the dialog closes', async ({
  dir,
  launchApp,
}) => {
  const app = await launch(launchApp, dir, 'lib', true);
  const { page } = app;
  const bad = join(dir, 'bad.hamish.json');
  await writeFile(bad, '{"format":"hamish-annotations","version":1,"articles":[{"id":');
  app.nextImportFile = bad;
  await app.sendMenuCommand('import-annotations');
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByRole('button', { name: 'اختيار ملف واستيراده…' }).click();
  const refusal = 'لم يُستورد شيء: الملف ليس JSON صالحًا (ربما كان مبتورًا أو ليس ملف هامش).';
  await expect(dialog.getByRole('alert')).toHaveText(refusal);
  await dialog.getByRole('button', { name: 'إغلاق' }).click();
  await expect(dialog).toBeHidden();
  // The user goes on to read and tag: the footer must not still say the import failed.
  const status = page.getByTestId('status');
  await expect(status).toHaveText('');
  await openArticle(page);
  await expect(status).not.toContainText('لم يُستورد شيء');
  await dragSelect(page, 'ستيف ويتكوف');
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await expect(status).toHaveText('تم الحفظ');

  // The same through Escape, after a second refusal.
  await app.sendMenuCommand('import-annotations');
  await dialog.getByRole('button', { name: 'اختيار ملف واستيراده…' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(refusal);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(status).toHaveText('');
});

test('exports the ticked articles only, as CSV, from the library view', async ({ dir, launchApp }) => {
  const app = await launch(launchApp, dir, 'lib', true, 'en');
  const added = await app.library.addArticle({
    title: 'لقاء القاهرة',
    text: 'التقى وزير الخارجية نظيره المصري في القاهرة، وبحثا تبادل الأسرى ووقف الاستيطان.',
  });
  const { text } = await app.library.getArticle(added.id);
  for (const [phrase, tag] of [
    ['تبادل الأسرى', 'demand.prisoners'],
    ['ووقف الاستيطان', 'demand.settlements'],
  ] as const) {
    const start = Array.from(text.slice(0, text.indexOf(phrase))).length;
    await app.library.createAnnotation({ articleId: added.id, start, end: start + [...phrase].length, tag });
  }
  await app.reload();

  await app.page.getByRole('button', { name: 'Export…' }).click();
  const dialog = app.page.getByTestId('export-dialog');
  await expect(dialog.getByLabel('The open article')).toBeDisabled();
  await dialog.getByLabel('Selected articles').check();
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeDisabled();
  await dialog.getByLabel('لقاء القاهرة').check();
  await dialog.getByLabel('Format').selectOption('csv');
  await expect(dialog.getByText('One row per annotation, UTF\u20118 with BOM')).toBeVisible();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(app.page.getByTestId('status')).toContainText('(articles: 1, annotations: 2)');

  const path = app.exportedPaths.at(-1) ?? '';
  expect(path.endsWith('لقاء القاهرة.csv')).toBe(true);
  const csv = await readFile(path, 'utf8');
  expect(csv.startsWith('\uFEFFarticle_id,title,')).toBe(true);
  const rows = csv.trimEnd().split('\r\n');
  expect(rows).toHaveLength(3);
  // type, subtype, their labels in Arabic and English, entity, quote.
  expect(rows.slice(1).map((r) => r.split(',').slice(4, 12))).toEqual([
    ['demand', 'prisoners', 'مطلب', 'Demand', 'الأسرى', 'Prisoners', '', 'تبادل الأسرى'],
    ['demand', 'settlements', 'مطلب', 'Demand', 'الاستيطان', 'Settlements', '', 'ووقف الاستيطان'],
  ]);
});
