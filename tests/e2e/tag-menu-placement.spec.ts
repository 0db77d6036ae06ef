/**
 * Finding 5 of issue 15 in real Chromium: the tag menu stays wholly on
 * screen. Real mouse drags on a phrase whose line sits at the reader's top
 * edge, a little below it, and at its bottom edge, dragged forwards and backwards, in the Arabic
 * (right-to-left) reader; the menu, and the taller submenu a type key opens,
 * must lie inside the window and below the top bar.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openArticle } from './app-actions';
import { expect, test } from './fixtures';
import { dragSelect, type DragAlign } from './mouse-selection';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

/** Asserts the tag menu's box is inside the viewport and below the top bar. */
async function expectMenuOnScreen(page: Page): Promise<void> {
  const menu = page.getByTestId('tag-menu');
  await expect(menu).toBeVisible();
  const box = await menu.boundingBox();
  const bar = await page.locator('.reader').boundingBox();
  const viewport = page.viewportSize();
  if (!box || !bar || !viewport) throw new Error('no box');
  expect(box.y).toBeGreaterThanOrEqual(bar.y);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

/**
 * Lines at the top edge, a little lower (where the old menu chose "above"
 * and ran 60 px off the window), and at the bottom edge, each dragged both ways.
 */
const CASES: { align: Exclude<DragAlign, 'center'>; reverse: boolean }[] = [
  { align: { top: 4 }, reverse: false },
  { align: { top: 4 }, reverse: true },
  { align: { top: 190 }, reverse: false },
  { align: { top: 190 }, reverse: true },
  { align: { bottom: 4 }, reverse: false },
  { align: { bottom: 4 }, reverse: true },
];

test('the tag menu and its submenu stay on screen for selections at the top and bottom edges, dragged both ways', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  await openArticle(page);
  for (const { align, reverse } of CASES) {
    await test.step(`${JSON.stringify(align)}, ${reverse ? 'backwards' : 'forwards'}`, async () => {
      // A press inside a live selection would drag its text away instead of selecting.
      await page.evaluate(() => window.getSelection()?.removeAllRanges());
      await dragSelect(page, 'وقف إطلاق النار في قطاع غزة', 0, reverse, align);
      const selected = await page.evaluate(() => window.getSelection()?.toString());
      expect(selected).toBe('وقف إطلاق النار في قطاع غزة');
      await expectMenuOnScreen(page);
      // The Demand submenu (Back, seven entries and a hint) is the tallest.
      await page.keyboard.press('2');
      await expect(page.getByRole('menuitem')).toHaveCount(8); // Back and seven entries
      await expectMenuOnScreen(page);
      if ('top' in align && align.top > 100 && !reverse)
        await page.screenshot({ path: join(shotsDir, 'tag-menu-near-top-ar.png') });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('tag-menu')).toHaveCount(0);
    });
  }
});
