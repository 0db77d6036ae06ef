/**
 * The error boundary in real Chromium with React and the app's translations:
 * a child that throws while rendering is replaced by a notice naming the
 * view that failed and the error, in Arabic or English, whose buttons lead
 * back to the library and to the backups; in a dialog it is itself a dialog.
 */

import { expect, test, type HamishDom } from '../dom/dom-page';

declare const window: { hamishDom: HamishDom };

test('a reader that throws shows what failed in Arabic, with a way back to the library and to backups', async ({
  dom,
}) => {
  await dom.evaluate(() => window.hamishDom.boundary('reader', 'Invalid time value', 'ar'));
  const notice = dom.getByTestId('boundary-reader');
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice.getByRole('heading')).toHaveText('تعذّر عرض هذا المقال');
  await expect(notice.locator('.boundary-error')).toHaveText('Invalid time value');
  await notice.getByRole('button', { name: 'العودة إلى المكتبة' }).click();
  await notice.getByRole('button', { name: 'الاستعادة من نسخة احتياطية…' }).click();
  expect(await dom.evaluate(() => window.hamishDom.calls)).toEqual(['library', 'backups']);
});

test('the library view fails in English with its own heading', async ({ dom }) => {
  await dom.evaluate(() => window.hamishDom.boundary('library', 'boom', 'en'));
  const notice = dom.getByTestId('boundary-library');
  await expect(notice.getByRole('heading')).toHaveText('The library could not be shown');
  await expect(notice).toContainText('Nothing was changed or deleted.');
  await notice.getByRole('button', { name: 'Back to the library' }).click();
  expect(await dom.evaluate(() => window.hamishDom.calls)).toEqual(['library']);
});

test('a dialog that throws becomes a dialog saying so, closed by Esc', async ({ dom }) => {
  await dom.evaluate(() => window.hamishDom.boundary('dialog', 'bad manifest', 'ar'));
  const dialog = dom.getByRole('dialog', { name: 'تعذّر عرض هذه النافذة' });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog).toContainText('bad manifest');
  // Focus moved into the dialog, on its first button.
  await expect(dialog.getByRole('button', { name: 'العودة إلى المكتبة' })).toBeFocused();
  await dom.keyboard.press('Escape');
  expect(await dom.evaluate(() => window.hamishDom.calls)).toEqual(['library']);
});
