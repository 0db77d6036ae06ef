/**
 * Finding 9 of issue 15: axe-core (through @axe-core/playwright, WCAG 2.x A
 * and AA rules plus best practices) on every view of the app in real
 * Chromium — the library, the reader with a selection, the tag menu, the
 * scheme editor (both its tabs), the export dialog, the entities panel — in Arabic and in
 * English, with zero violations.
 */

import { openArticle } from './app-actions';
import { expectNoViolations } from './axe-check';
import { expect, test } from './fixtures';
import { dragSelect } from './mouse-selection';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

for (const language of ['ar', 'en'] as const) {
  test(`axe finds nothing on any view (${language})`, async ({ app }) => {
    const { page } = app;
    if (language === 'en') await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
    await expect(page.locator('.article-open').first()).toBeVisible();
    await expectNoViolations(page, 'library');

    await openArticle(page);
    await dragSelect(page, 'خليل الحية');
    await expect(page.getByTestId('tag-menu')).toBeVisible();
    await expectNoViolations(page, 'tag menu over a selection');
    await page.keyboard.press('1');
    await expectNoViolations(page, 'tag submenu');
    await page.keyboard.press('1');
    await expect(page.getByTestId('annotation-editor')).toBeVisible();
    await page.getByTestId('tag-legend').locator('summary').click();
    await expectNoViolations(page, 'reader with a selected annotation and the legend');

    await page.getByRole('tab', { name: language === 'ar' ? 'الكيانات' : 'Entities' }).click();
    await expect(page.getByTestId('entities-panel')).toBeVisible();
    await expectNoViolations(page, 'entities panel');

    await app.sendMenuCommand('export-dialog');
    await expect(page.getByTestId('export-dialog')).toBeVisible();
    await expectNoViolations(page, 'export dialog');
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    await expect(page.getByTestId('shortcuts')).toBeVisible();
    await expectNoViolations(page, 'shortcuts overlay');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: language === 'ar' ? 'مخطط الوسوم' : 'Tag scheme' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page, 'scheme editor');
    await page.getByRole('tab', { name: language === 'ar' ? 'أُطر المطالبات' : 'Claim frames' }).click();
    await expect(page.locator('.frame-card').first()).toBeVisible();
    await expectNoViolations(page, 'scheme editor, claim frames');
  });
}
