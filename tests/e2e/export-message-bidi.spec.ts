/**
 * The message after an export in Arabic names a Latin path (the export
 * folder) with the Arabic file name Hamish proposes (the article's title):
 * the path is one isolated run (FSI … PDI, withIsolatedPaths) in the status
 * line, so it reads left to right as a whole, the sentence's Arabic on its
 * right and the counts after it on its left; the Arabic around it does not
 * reorder it (fresh-user pass, item 3). English reads in order too.
 */

import { dirname, join } from 'node:path';
import { expect, test } from './fixtures';
import { glyphs, runGlyphs } from './glyph-boxes';

test.use({ launch: { viewport: { width: 1024, height: 700 } } });

const WORDS = {
  ar: { scope: 'المكتبة كلها', button: 'تصدير…', before: 'صُدِّر إلى', after: '(المقالات: 1' },
  en: { scope: 'Whole library', button: 'Export…', before: 'Exported to', after: '(articles: 1' },
} as const;

for (const language of ['ar', 'en'] as const) {
  test(`the path in the message after an export is one isolated left-to-right run (${language})`, async ({
    dir,
    launchApp,
    shotsDir,
  }) => {
    const words = WORDS[language];
    const app = await launchApp({
      libraryDir: join(dir, 'library'),
      language,
      viewport: { width: 1024, height: 700 },
    });
    await app.sendMenuCommand('export-dialog');
    const dialog = app.page.getByTestId('export-dialog');
    await dialog.getByLabel(words.scope).check();
    await dialog.getByRole('button', { name: words.button }).click();
    await expect(dialog).toBeHidden();
    const status = app.page.getByTestId('status');
    await expect(status).toContainText(words.before);
    const path = app.exportedPaths.at(-1) ?? '';
    expect(await status.textContent()).toContain(`\u2068${path}\u2069`);
    await expect(status.locator('.isolated-run')).toHaveCount(1);

    const all = await glyphs(status);
    const folder = runGlyphs(all, `${dirname(path)}/`);
    expect(folder.map((g) => g.char).join('')).toBe(`${dirname(path)}/`);
    for (let i = 1; i < folder.length; i++) expect(folder[i]?.left).toBeGreaterThan(folder[i - 1]?.left ?? 0);
    const extension = runGlyphs(all, '.hamish.json');
    const [start, end] = [folder[0]?.left ?? 0, extension.at(-1)?.left ?? 0];
    // The path runs from its folder (left) to its extension (right), the sentence on either side of it.
    expect(end).toBeGreaterThan(start);
    const before = runGlyphs(all, words.before).map((g) => g.left);
    const after = runGlyphs(all, words.after).map((g) => g.left);
    if (language === 'ar') {
      expect(Math.min(...before)).toBeGreaterThan(end);
      expect(Math.max(...after)).toBeLessThan(start);
    } else {
      expect(Math.max(...before)).toBeLessThan(start);
      expect(Math.min(...after)).toBeGreaterThan(end);
    }
    await app.page.screenshot({
      path: join(shotsDir, `export-message-${language}.png`),
      clip: { x: 0, y: 640, width: 1024, height: 60 },
    });
  });
}
