/**
 * Another annotator's file through the real import dialog in Chromium, in
 * Arabic: the brat tutorial (tests/fixtures/foreign/) is chosen, its format
 * told from the .ann, and the dry run shows its figures, the relations and
 * events it leaves out, and the labels that name no tag; Import waits until
 * the user has mapped each label with the selects (GPE and Organization to
 * actor subtypes, Merge-org skipped), then writes exactly those spans.
 */

import { join } from 'node:path';
import { expect, test } from './fixtures';
import { REPO_ROOT } from './harness';

const BRAT = join(REPO_ROOT, 'tests', 'fixtures', 'foreign', 'brat', '110-note_annotation.ann');

test('maps the labels of a brat file to tags in the import dialog and imports it', async ({
  dir,
  launchApp,
  shotsDir,
}) => {
  const app = await launchApp({
    libraryDir: join(dir, 'lib'),
    exportDir: dir,
    seedSample: false,
    language: 'ar',
  });
  app.nextImportFile = BRAT;
  await app.sendMenuCommand('import-annotations');
  const dialog = app.page.getByTestId('import-dialog');
  await dialog.getByRole('button', { name: 'اختيار ملف من أداة توسيم أخرى…' }).click();
  const mapping = dialog.getByTestId('foreign-mapping');
  await expect(mapping.getByRole('combobox', { name: 'صيغة الملف' })).toHaveValue('brat');
  // The dry run: only Person names a tag by itself (actor.person); its 4 spans would be added.
  const dryRun = mapping.getByTestId('foreign-dry-run');
  await expect(dryRun.getByRole('definition').nth(2)).toHaveText('4');
  await expect(dryRun.getByTestId('import-skipped').getByRole('listitem')).toHaveCount(6);
  await expect(mapping.getByTestId('foreign-unmapped')).toContainText('GPE، Organization، Merge-org');
  await expect(mapping.getByRole('combobox', { name: 'Person', exact: true })).toHaveValue(
    'tag:actor.person',
  );
  const importButton = mapping.getByRole('button', { name: 'استيراد التوسيمات' });
  await expect(importButton).toBeDisabled();

  await mapping
    .getByRole('combobox', { name: 'GPE', exact: true })
    .selectOption({ label: 'فاعل › دولة/حكومة' });
  await mapping
    .getByRole('combobox', { name: 'Organization', exact: true })
    .selectOption({ label: 'فاعل › منظمة' });
  await expect(importButton).toBeDisabled();
  await mapping
    .getByRole('combobox', { name: 'Merge-org', exact: true })
    .selectOption({ label: 'تخطٍّ (تُترك مقاطعها)' });
  await expect(importButton).toBeEnabled();
  // Tall enough for the whole dialog (it scrolls within 90 % of the window's height otherwise).
  await app.page.setViewportSize({ width: 1280, height: 1200 });
  await app.page.screenshot({ path: join(shotsDir, 'foreign-import-ar.png') });

  await importButton.click();
  const report = dialog.getByTestId('import-report');
  await expect(report.getByRole('definition').nth(2)).toHaveText('12');
  await expect(report.getByTestId('import-skipped')).toContainText('R1: علاقة بين مقطعين لا تُستورد');
  await expect(mapping).toHaveCount(0);
  const [meta] = await app.library.listArticles();
  const tags = (await app.library.listAnnotations(meta?.id ?? '')).map((a) => a.tag);
  expect(tags.filter((t) => t === 'actor.state')).toHaveLength(2);
  expect(tags.filter((t) => t === 'actor.organisation')).toHaveLength(6);
  expect(tags.filter((t) => t === 'actor.person')).toHaveLength(4);
  expect(tags).toHaveLength(12);
});
