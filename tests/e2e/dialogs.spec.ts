/**
 * Every dialog is the one Modal: a labelled modal dialog that takes focus
 * when it opens (its first field or button), closes on Esc and gives focus
 * back to the button that opened it. Also the scheme editor, which had no
 * Esc before, and the shortcuts overlay, which closes on its backdrop.
 */

import { openArticle } from './app-actions';
import { expect, test } from './fixtures';

const DIALOGS = [
  { opener: 'مقال جديد', name: 'مقال جديد', first: 'العنوان' },
  { opener: 'مخطط الوسوم', name: 'مخطط الوسوم' },
  { opener: 'تصدير…', name: 'تصدير التوسيمات' },
];

/** Dialogs opened from the application menu only (File › Restore from backup…, File › Import annotations…). */
const MENU_DIALOGS = [
  { command: 'show-backups', name: 'الاستعادة من نسخة احتياطية' },
  { command: 'import-annotations', name: 'استيراد التوسيمات' },
] as const;

test('each dialog is labelled and modal, takes focus, closes on Esc and returns focus to its opener', async ({
  app,
}) => {
  const { page } = app;
  for (const { opener, name, first } of DIALOGS) {
    const button = page.locator('.top-bar').getByRole('button', { name: opener, exact: true });
    await button.click();
    const dialog = page.getByRole('dialog', { name, exact: true });
    await expect(dialog, name).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    if (first) await expect(dialog.getByLabel(first, { exact: true })).toBeFocused();
    // Whatever it chose, focus is inside the dialog, not left on the page behind it.
    expect(await dialog.evaluate((el) => el.contains(document.activeElement)), name).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog, name).toHaveCount(0);
    await expect(button, name).toBeFocused();
  }
});

test('a dialog opened from the menu is modal, takes focus, and on Esc gives focus back to where it was', async ({
  app,
}) => {
  const { page } = app;
  const search = page.getByRole('searchbox');
  for (const { command, name } of MENU_DIALOGS) {
    await search.focus();
    await app.sendMenuCommand(command);
    const dialog = page.getByRole('dialog', { name, exact: true });
    await expect(dialog, name).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement)), name).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog, name).toHaveCount(0);
    await expect(search, name).toBeFocused();
  }
});

test("an article's details dialog returns focus to its row's Edit button", async ({ app }) => {
  const { page } = app;
  const edit = page
    .locator('.article-row')
    .first()
    .getByRole('button', { name: /^تعديل/ });
  await edit.click();
  const dialog = page.getByRole('dialog', { name: 'بيانات المقال' });
  await expect(dialog.getByLabel('العنوان', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(edit).toBeFocused();
});

test('the shortcuts overlay closes on its backdrop and on Esc', async ({ app }) => {
  const { page } = app;
  await openArticle(page);
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
  await expect(overlay).toBeVisible();
  await page.mouse.click(5, 300);
  await expect(overlay).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(overlay).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
});
