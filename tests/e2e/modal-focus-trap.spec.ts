/**
 * Every dialog is aria-modal, so the keyboard must stay in it (fresh-user
 * test 4): Tab from a dialog's last control goes to its first, Shift+Tab
 * from its first to its last, and no Tab press reaches the top bar or the
 * reader behind it. Checked on the "?" shortcuts overlay (one button) and
 * on File › New article (a form with fields and two buttons), with real key
 * presses in Chromium; Esc still closes each.
 */

import type { Page } from '@playwright/test';
import { openArticle } from './app-actions';
import { expect, test } from './fixtures';

/** Where focus is: inside the open dialog, or elsewhere (with what it is, for the message). */
function focusPlace(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const dialog = document.querySelector('[role="dialog"]');
    if (dialog && active && dialog.contains(active)) return 'dialog';
    return `outside: ${active?.outerHTML.slice(0, 80) ?? 'nothing'}`;
  });
}

/** Presses `key` `times` times and records after each press whether focus is still in the dialog. */
async function pressAndWatch(page: Page, key: string, times: number): Promise<string[]> {
  const places: string[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    places.push(await focusPlace(page));
  }
  return places;
}

/**
 * Presses `key` until focus is back on the element it started on (at most 40
 * presses): whether it came back, and every place outside the dialog it went on the way.
 */
async function roundTrip(page: Page, key: string): Promise<{ left: string[]; back: boolean }> {
  await page.evaluate(() => {
    (window as unknown as { __start: Element | null }).__start = document.activeElement;
  });
  const left: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    const place = await focusPlace(page);
    if (place !== 'dialog') left.push(place);
    const back = await page.evaluate(
      () => document.activeElement === (window as unknown as { __start: Element | null }).__start,
    );
    if (back) return { left, back: true };
  }
  return { left, back: false };
}

test('Tab and Shift+Tab stay inside the shortcuts overlay and the New article dialog', async ({ app }) => {
  const { page } = app;
  await openArticle(page);

  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
  await expect(overlay).toBeVisible();
  const close = overlay.getByRole('button', { name: 'إغلاق' });
  await expect(close).toBeFocused();
  // One control: Tab and Shift+Tab keep it focused.
  expect(await pressAndWatch(page, 'Tab', 3)).toEqual(['dialog', 'dialog', 'dialog']);
  expect(await pressAndWatch(page, 'Shift+Tab', 3)).toEqual(['dialog', 'dialog', 'dialog']);
  await expect(close).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);

  await app.sendMenuCommand('new-article');
  const form = page.getByRole('dialog', { name: 'مقال جديد' });
  await expect(form).toBeVisible();
  // Round the dialog each way (a date field takes a Tab per part): focus never leaves it, and comes
  // back to where it started.
  for (const key of ['Tab', 'Shift+Tab']) {
    expect(await roundTrip(page, key)).toEqual({ left: [], back: true });
  }
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
});
