/**
 * The reader panel's "?" button (keyboard shortcuts) is a target a pointer can
 * hit (fresh-user test 4): it was the bare glyph, 7 px wide. It must be at
 * least 24×24 px (WCAG 2.5.8), and a real click 10 px off the glyph's centre,
 * still inside the button, opens the shortcuts overlay. Both languages.
 */

import { openArticle } from './app-actions';
import { expect, test } from './fixtures';

for (const language of ['ar', 'en'] as const) {
  test(`the "?" button is at least 24 px square and opens the shortcuts (${language})`, async ({
    launchApp,
    libraryDir,
  }) => {
    const app = await launchApp({ libraryDir, language, viewport: { width: 1024, height: 700 } });
    const { page } = app;
    await openArticle(page);
    const name = language === 'ar' ? 'اختصارات لوحة المفاتيح' : 'Keyboard shortcuts';
    const button = page.getByRole('button', { name });
    const box = await button.boundingBox();
    if (!box) throw new Error('no "?" button');
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await page.mouse.click(box.x + box.width / 2 + 10, box.y + box.height / 2);
    await expect(page.getByRole('dialog', { name })).toBeVisible();
  });
}
