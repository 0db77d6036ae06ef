/**
 * Issue 15's scheme editor findings in real Chromium over a real library: a
 * new subtype's id is made from its Arabic label (not "sub-1") and can be
 * edited until saved, then is fixed; Esc with unsaved changes asks before
 * discarding them; and each row has one Remove… control (no column of red ×),
 * removing an unused entry at once.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Taxonomy } from '../../shared/taxonomy';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

const openScheme = async (page: import('@playwright/test').Page) => {
  await page.locator('.top-bar').getByRole('button', { name: 'مخطط الوسوم' }).click();
  const dialog = page.getByRole('dialog', { name: 'مخطط الوسوم' });
  // The editor shows once the scheme has been read: a key pressed before that reaches no dialog.
  await expect(dialog).toBeVisible();
  return dialog;
};

test('a new subtype is named from its Arabic label, its id editable until saved, then fixed', async ({
  app,
  dir,
  shotsDir,
}) => {
  const { page } = app;
  const scheme = await openScheme(page);
  const demand = scheme.locator('.taxonomy-type[data-type-id="demand"]');
  await demand.getByRole('button', { name: '+ إضافة نوع فرعي' }).click();
  const row = demand.locator('.taxonomy-subtype').last();
  const id = row.getByLabel('المعرّف (في ملفات التصدير)');
  await expect(id).toHaveValue('sub-1');
  await row.getByLabel('الاسم بالعربية').pressSequentially('تبادل الجثامين');
  await expect(id).toHaveValue('tbadl-aljthamyn');
  await row.getByLabel('الاسم بالإنجليزية').fill('Exchange of bodies');
  await expect(id).toHaveValue('tbadl-aljthamyn');
  await id.fill('bodies');
  await expect(id).toBeEditable();
  // A saved entry's id is shown but cannot be edited.
  await expect(
    demand.locator('[data-subtype-id="prisoners"]').getByLabel('المعرّف (في ملفات التصدير)'),
  ).not.toBeEditable();
  await page.screenshot({ path: join(shotsDir, 'tag-scheme-ids-ar.png') });
  await scheme.getByRole('button', { name: 'حفظ المخطط' }).click();
  await expect(page.getByTestId('status')).toHaveText('حُفظ مخطط الوسوم.');
  const onDisk = JSON.parse(await readFile(join(dir, 'library', 'taxonomy.json'), 'utf8')) as Taxonomy;
  expect(onDisk.types.find((t) => t.id === 'demand')?.subtypes.at(-1)).toMatchObject({
    id: 'bodies',
    label: { ar: 'تبادل الجثامين', en: 'Exchange of bodies' },
  });

  const again = await openScheme(page);
  await expect(
    again.locator('[data-subtype-id="bodies"]').getByLabel('المعرّف (في ملفات التصدير)'),
  ).not.toBeEditable();
});

test('Esc with unsaved changes asks first: a second Esc keeps editing, Discard closes and changes nothing', async ({
  app,
}) => {
  const { page } = app;
  let scheme = await openScheme(page);
  const label = scheme.locator('.taxonomy-type[data-type-id="actor"]').getByLabel('الاسم بالعربية').first();
  await label.fill('جهة فاعلة');
  await page.keyboard.press('Escape');
  const question = scheme.getByRole('alertdialog', { name: 'في المخطط تغييرات لم تُحفظ.' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'متابعة التعديل' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(scheme).toBeVisible();
  await expect(label).toHaveValue('جهة فاعلة');
  // Cancel follows the same rule.
  await scheme.getByRole('button', { name: 'إلغاء' }).click();
  await question.getByRole('button', { name: 'تجاهل التغييرات' }).click();
  await expect(scheme).toHaveCount(0);
  expect((await app.library.getTaxonomy()).types[0]?.label.ar).toBe('فاعل');

  // Without changes, Esc closes at once.
  scheme = await openScheme(page);
  await page.keyboard.press('Escape');
  await expect(scheme).toHaveCount(0);
});

test('one Remove… control per row, none red; an unused subtype goes at once (a used one: keyboard-and-scheme.spec.ts)', async ({
  app,
}) => {
  const { page } = app;
  const scheme = await openScheme(page);
  const rows = scheme.locator('.taxonomy-row');
  const rowCount = await rows.count();
  expect(rowCount).toBeGreaterThan(15);
  await expect(scheme.getByRole('button', { name: /^إزالة «/u })).toHaveCount(rowCount);
  for (const row of await rows.all())
    await expect(row.getByRole('button', { name: /^إزالة/u })).toHaveCount(1);
  await expect(scheme.locator('.taxonomy-row button.danger')).toHaveCount(0);
  await expect(scheme.getByRole('button', { name: '×' })).toHaveCount(0);

  await scheme.getByRole('button', { name: 'إزالة «شخص»' }).click();
  await expect(scheme.locator('[data-subtype-id="person"]')).toHaveCount(0);
  await expect(rows).toHaveCount(rowCount - 1);
});
