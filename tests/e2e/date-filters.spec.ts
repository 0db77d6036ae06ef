/**
 * The date filters follow the app's language, not Chromium's locale
 * (fresh-user test 3 #7): in the Library, Analysis and Agreement views a
 * bound is typed day/month/year in Arabic (Arabic-Indic digits too) and
 * month/day/year in English; a date that does not read says why in the
 * interface language and the filter keeps its value; a date written back
 * in Arabic keeps Arabic-Indic digits (Chromium's Intl writes Latin ones); Chromium's own
 * mm/dd/yyyy date input is nowhere, the new-article form included.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HamishApp } from './harness';

const VIEWPORT = { width: 1280, height: 800 };

/** A day as an Arabic date field writes it: day/month/year in Arabic-Indic digits, a right-to-left mark after day and month (as Intl writes them). */
const arabicDate = (day: string, month: string, year: string) => `${day}\u200f/${month}\u200f/${year}`;

/** Two more dated articles beside the dated sample. */
async function datedLibrary(app: HamishApp): Promise<void> {
  await app.library.addArticle({
    title: 'لقاء القاهرة',
    date: '2025-11-20',
    text: 'التقى الوزيران في القاهرة أمس.',
  });
  await app.library.addArticle({
    title: 'قمة الرياض',
    date: '2026-03-14',
    text: 'انعقدت القمة في الرياض اليوم.',
  });
  await app.reload();
}

/** Every date field of the view on screen: none of them is Chromium's date input. */
async function expectOwnDateFields(page: Page, placeholder: string): Promise<void> {
  await expect(page.locator('input[type="date"]')).toHaveCount(0);
  const fields = page.locator('.date-input input');
  expect(await fields.count()).toBeGreaterThanOrEqual(2);
  for (const field of await fields.all()) await expect(field).toHaveAttribute('placeholder', placeholder);
}

test('Arabic: day/month/year with Arabic-Indic digits filters the library; an impossible day is refused', async ({
  dir,
  launchApp,
  shotsDir,
}) => {
  const app = await launchApp({ libraryDir: join(dir, 'library'), viewport: VIEWPORT });
  const { page } = app;
  await datedLibrary(app);
  const rows = page.locator('.article-row');
  await expect(rows).toHaveCount(3);
  await expectOwnDateFields(page, 'يوم/شهر/سنة');
  const from = page.getByRole('textbox', { name: 'من', exact: true });

  await from.fill('١/٣/٢٠٢٦'); // 1 March 2026, day first
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('قمة الرياض');
  await from.press('Tab');
  await expect(from).toHaveValue(arabicDate('١', '٣', '٢٠٢٦'));

  await from.fill('٣٠/٢/٢٠٢٦');
  await from.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'التقويم' })).toHaveText(
    'لا يوجد يوم «٣٠/٢/٢٠٢٦» في التقويم. لم تتغيّر التصفية.',
  );
  await expect(rows).toHaveCount(1); // still from 1 March 2026
  await page.screenshot({
    path: join(shotsDir, 'date-filter-ar.png'),
    clip: { x: 0, y: 0, width: 1280, height: 260 },
  });

  // Typed with leading zeros, it is written back the Arabic way, still in Arabic-Indic digits (fresh-user pass, item 5).
  await from.fill('١٢/٠٣/٢٠٢٤');
  await from.press('Tab');
  await expect(from).toHaveValue(arabicDate('١٢', '٣', '٢٠٢٤'));
  await page.screenshot({
    path: join(shotsDir, 'date-filter-digits-ar.png'),
    clip: { x: 0, y: 170, width: 1280, height: 60 },
  });
  await from.fill('');
  await expect(rows).toHaveCount(3);

  for (const view of ['التحليل', 'الاتفاق']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await expectOwnDateFields(page, 'يوم/شهر/سنة');
    const bound = page.locator('.date-input input').first();
    await bound.fill('14/3/2026');
    await bound.press('Tab');
    await expect(bound).toHaveValue(arabicDate('١٤', '٣', '٢٠٢٦'));
    await expect(page.locator('.date-input-problem')).toHaveCount(0);
  }
});

test('English: month/day/year filters the library, a switch of language rewrites the bound', async ({
  dir,
  launchApp,
  shotsDir,
}) => {
  const app = await launchApp({ libraryDir: join(dir, 'library'), viewport: VIEWPORT, language: 'en' });
  const { page } = app;
  await datedLibrary(app);
  const rows = page.locator('.article-row');
  await expect(rows).toHaveCount(3);
  await expectOwnDateFields(page, 'month/day/year');
  const to = page.getByRole('textbox', { name: 'To', exact: true });

  await to.fill('12/1/2025'); // 1 December 2025, month first
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('لقاء القاهرة');
  await to.fill('13/1/2025');
  await to.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'calendar' })).toHaveText(
    'There is no day “13/1/2025” in the calendar. The filter was not changed.',
  );
  await expect(rows).toHaveCount(1);
  await page.screenshot({
    path: join(shotsDir, 'date-filter-en.png'),
    clip: { x: 0, y: 0, width: 1280, height: 260 },
  });

  await to.fill('12/1/2025');
  await to.press('Tab');
  await expect(to).toHaveValue('12/1/2025');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.getByRole('textbox', { name: 'إلى', exact: true })).toHaveValue(
    arabicDate('١', '١٢', '٢٠٢٥'),
  );
  await expect(rows).toHaveCount(1);
});

test('the new-article form takes the date as Arabic writes it, and adds nothing for an impossible one', async ({
  app,
}) => {
  const { page } = app;
  await app.sendMenuCommand('new-article');
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('input[type="date"]')).toHaveCount(0);
  await dialog.locator('input[name="title"]').fill('قمة الرياض');
  await dialog.locator('textarea[name="text"]').fill('انعقدت القمة في الرياض اليوم.');
  const date = dialog.locator('input[name="date"]');
  await date.fill('٣١/٤/٢٠٢٦');
  await dialog.locator('button[type="submit"]').click();
  await expect(dialog.getByRole('alert')).toHaveText('لا يوجد يوم «٣١/٤/٢٠٢٦» في التقويم. لم يُحفظ شيء.');
  expect(await app.library.listArticles()).toHaveLength(1);

  await date.fill('١٤/٣/٢٠٢٦');
  await dialog.locator('button[type="submit"]').click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(async () => (await app.library.listArticles()).find((m) => m.title === 'قمة الرياض')?.date)
    .toBe('2026-03-14');
});
