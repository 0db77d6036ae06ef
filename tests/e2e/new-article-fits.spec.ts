/**
 * The New article dialog's row of source, date and language fits inside the
 * dialog (fresh-user verify finding 4): once the date became a typed text
 * field, the three fields' inputs kept their intrinsic widths, so the row ran
 * past the dialog and the language field was cut. Every field of the row is
 * checked inside the dialog's box, Arabic and English, 1024×700 and 1366×768.
 */

import { expect, test } from './fixtures';

for (const language of ['ar', 'en'] as const) {
  for (const viewport of [
    { width: 1024, height: 700 },
    { width: 1366, height: 768 },
  ]) {
    test(`the New article fields fit the dialog (${language}, ${viewport.width}×${viewport.height})`, async ({
      launchApp,
      libraryDir,
    }) => {
      const app = await launchApp({ libraryDir, language, viewport });
      const { page } = app;
      const name = language === 'ar' ? 'مقال جديد' : 'New article';
      await page.getByRole('button', { name, exact: true }).click();
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog).toBeVisible();
      const box = await dialog.boundingBox();
      if (!box) throw new Error('no dialog box');
      const fields = dialog.locator('.form-row label > input, .form-row label > select');
      expect(await fields.count()).toBeGreaterThanOrEqual(3);
      for (const field of await fields.all()) {
        const at = await field.boundingBox();
        if (!at) throw new Error('a field has no box');
        expect(at.x).toBeGreaterThanOrEqual(box.x);
        expect(at.x + at.width).toBeLessThanOrEqual(box.x + box.width);
      }
      await page.screenshot({ path: test.info().outputPath(`new-article-${language}.png`) });
    });
  }
}
