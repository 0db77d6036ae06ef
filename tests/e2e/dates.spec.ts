/**
 * Issue 15, finding 10, in real Chromium over a real library: the library
 * shows which articles have no publication date and can list only those; the
 * details dialog takes a date as the user writes it (Arabic-Indic digits,
 * day first in Arabic, month first in English) and refuses an impossible or
 * unreadable one with the reason, saving nothing.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HamishApp } from './harness';

const SHORT = join(import.meta.dirname, '../fixtures/short-article.ar.txt');

/** The library with the sample and one imported article, neither dated. */
async function twoUndated(app: HamishApp): Promise<void> {
  app.nextImportFiles = [SHORT];
  await app.sendMenuCommand('import-files');
  await expect(app.page.locator('.article-row')).toHaveCount(2);
}

const row = (page: Page, title: RegExp) => page.locator('.article-row', { hasText: title });

async function editDate(page: Page, title: RegExp, edit: string, typed: string) {
  await row(page, title)
    .getByRole('button', { name: new RegExp(`^${edit}`, 'u') })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[name="date"]').fill(typed);
  await dialog.locator('button[type="submit"]').click();
  return dialog;
}

const dateOf = async (app: HamishApp, start: string) =>
  (await app.library.listArticles()).find((m) => m.title.startsWith(start))?.date;

test('the library marks undated articles, filters to them, and a date typed in Arabic digits is saved', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  await twoUndated(app);
  await expect(page.locator('.article-row .no-date')).toHaveText(['بلا تاريخ', 'بلا تاريخ']);
  const only = page.getByLabel(/^بلا تاريخ فقط/u);
  await expect(only).toHaveAccessibleName('بلا تاريخ فقط (مقالان)');

  const dialog = await editDate(page, /ويتكوف/u, 'تعديل', '١٤/٣/٢٠٢٦');
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => dateOf(app, 'ويتكوف')).toBe('2026-03-14');
  await expect(row(page, /ويتكوف/u).locator('time')).toHaveAttribute('datetime', '2026-03-14');
  await expect(only).toHaveAccessibleName('بلا تاريخ فقط (مقال واحد)');

  await only.check();
  await expect(page.locator('.article-row')).toHaveCount(1);
  await expect(page.locator('.article-row .no-date')).toHaveCount(1);
  await expect(row(page, /ويتكوف/u)).toHaveCount(0);
  await page.screenshot({ path: join(shotsDir, 'library-undated-ar.png') });
  await only.uncheck();
  await expect(page.locator('.article-row')).toHaveCount(2);
});

test('an impossible or unreadable date is refused with the reason and saves nothing', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  const dialog = await editDate(page, /ويتكوف/u, 'تعديل', '٣١/٢/٢٠٢٦');
  const field = dialog.locator('input[name="date"]');
  await expect(dialog.getByRole('alert')).toHaveText('لا يوجد يوم «٣١/٢/٢٠٢٦» في التقويم. لم يُحفظ شيء.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: join(shotsDir, 'meta-date-invalid-ar.png') });
  await field.fill('١٤ آذار');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.locator('button[type="submit"]').click();
  await expect(dialog.getByRole('alert')).toContainText('«١٤ آذار» ليس تاريخًا مقروءًا');
  // The title typed meanwhile was not saved either: nothing changed.
  await dialog.getByLabel('العنوان', { exact: true }).fill('عنوان جديد');
  await dialog.locator('button[type="submit"]').click();
  await expect(dialog).toBeVisible();
  expect(await dateOf(app, 'ويتكوف')).toBe('');
  expect((await app.library.listArticles()).map((m) => m.title)).not.toContain('عنوان جديد');
});

test('in English the dialog shows and reads month/day/year, and keeps a date it did not change', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  let dialog = await editDate(page, /ويتكوف/u, 'Edit', '4/1/2026');
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => dateOf(app, 'ويتكوف')).toBe('2026-04-01');
  await row(page, /ويتكوف/u)
    .getByRole('button', { name: /^Edit/u })
    .click();
  dialog = page.getByRole('dialog');
  await expect(dialog.locator('input[name="date"]')).toHaveValue('4/1/2026');
  await dialog.getByLabel('Source', { exact: true }).fill('الجزيرة');
  await dialog.locator('button[type="submit"]').click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await app.library.listArticles())[0]?.source).toBe('الجزيرة');
  expect(await dateOf(app, 'ويتكوف')).toBe('2026-04-01');
});
