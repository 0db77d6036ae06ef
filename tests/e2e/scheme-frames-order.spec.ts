/**
 * Claim frames are reordered in the scheme editor, in real Chromium over a
 * real library: a real mouse click on "move down" and then the keyboard
 * (Enter on the button that kept the focus) move the frames; saving writes
 * their order to the library's scheme, and the editor opened again shows
 * it. A button with nowhere to go is disabled, and the focus stays on the
 * moved frame's buttons.
 */

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

/** Opens the scheme editor on its Frames tab. */
async function openFrames(page: Page) {
  await page.locator('.top-bar').getByRole('button', { name: 'مخطط الوسوم' }).click();
  const dialog = page.getByRole('dialog', { name: 'مخطط الوسوم' });
  await dialog.getByRole('tab', { name: 'أُطر المطالبات' }).click();
  await expect(dialog.getByRole('tab', { name: 'أُطر المطالبات' })).toHaveAttribute('aria-selected', 'true');
  return dialog;
}

const order = (scheme: ReturnType<Page['getByRole']>) =>
  scheme.locator('.frame-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-frame-id')));

test('frames move with the mouse and the keyboard, and their order is saved', async ({ app }) => {
  const { page } = app;
  let scheme = await openFrames(page);
  expect(await order(scheme)).toEqual(['claim', 'event']);
  await expect(scheme.getByRole('button', { name: 'تحريك الإطار «مطالبة» لأعلى' })).toBeDisabled();

  await scheme.getByRole('button', { name: 'تحريك الإطار «مطالبة» لأسفل' }).click();
  await expect.poll(() => order(scheme)).toEqual(['event', 'claim']);
  // Last now, the Claim frame cannot go down: the focus is on its "up".
  await expect(scheme.getByRole('button', { name: 'تحريك الإطار «مطالبة» لأسفل' })).toBeDisabled();
  await expect(scheme.getByRole('button', { name: 'تحريك الإطار «مطالبة» لأعلى' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => order(scheme)).toEqual(['claim', 'event']);
  await expect(scheme.getByRole('button', { name: 'تحريك الإطار «مطالبة» لأسفل' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => order(scheme)).toEqual(['event', 'claim']);

  await scheme.getByRole('button', { name: 'حفظ المخطط' }).click();
  await expect(page.getByTestId('status')).toHaveText('حُفظ مخطط الوسوم.');
  expect(((await app.library.getTaxonomy()).frames ?? []).map((f) => f.id)).toEqual(['event', 'claim']);
  scheme = await openFrames(page);
  expect(await order(scheme)).toEqual(['event', 'claim']);
});
