/**
 * A dialog sized by its content stays inside the window and scrolls
 * (fresh-user test 4): the "?" shortcuts overlay was 1055 px tall in a
 * 700 px window (and a 768 px one), its lower third — the Close button with
 * it — below the window's edge, where the fixed backdrop cannot be scrolled
 * to. Now the box fits, and its Close button, scrolled to inside the box,
 * closes it with a real mouse click. Chromium, 1024×700 and 1366×768.
 */

import { openArticle } from './app-actions';
import { expect, test } from './fixtures';

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
]) {
  test(`the shortcuts overlay fits a ${viewport.width}×${viewport.height} window and closes with a click`, async ({
    launchApp,
    libraryDir,
  }) => {
    const app = await launchApp({ libraryDir, viewport });
    const { page } = app;
    await openArticle(page);
    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
    await expect(overlay).toBeVisible();
    // Every shortcut is listed (the box did not fit by losing rows).
    expect(await overlay.locator('tr').count()).toBeGreaterThan(20);
    const box = await overlay.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? Infinity)).toBeLessThanOrEqual(viewport.height);

    const close = overlay.getByRole('button', { name: 'إغلاق' });
    await close.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
    const at = await close.boundingBox();
    if (!at || !box) throw new Error('no Close button');
    // Inside the box and the window, so the pointer can reach it.
    expect(at.y + at.height).toBeLessThanOrEqual(Math.min(viewport.height, box.y + box.height));
    await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
    await expect(overlay).toHaveCount(0);
  });
}
