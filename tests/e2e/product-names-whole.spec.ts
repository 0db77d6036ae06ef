/**
 * Names of products and standards (REFI-QDA, JSON-LD, UTF-8, SHA-256) are
 * never broken at their hyphen (polish brief, item 4): in the English
 * interface "REFI-" could end one line and "QDA" start the next, in the
 * export dialog's format hints and the import dialog (its intro and its
 * REFI-QDA button). In real Chromium, Arabic and English, the window is narrowed step
 * by step (so that every name comes to a line's end at some width) and at
 * each width every glyph of every name must stand on one line box.
 */

import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { glyphs } from './glyph-boxes';

/** The names, with either hyphen: the plain one (breakable) or U+2011 (the interface's). */
const NAMES = /REFI[-\u2011]QDA|JSON[-\u2011]LD|UTF[-\u2011]8|SHA[-\u2011]256/gu;
/** Window widths tried, narrowest to widest (px). */
const WIDTHS = Array.from({ length: 25 }, (_, i) => 420 + i * 16);

/** At each width of WIDTHS: the names in `place` each on one line; how many names were seen and how many widths wrapped them. */
async function namesWhole(page: Page, place: Locator): Promise<{ names: number; wrapped: number }> {
  let names = 0;
  let wrapped = 0;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const all = await glyphs(place);
    const text = all.map((g) => g.char).join('');
    for (const match of text.matchAll(NAMES)) {
      const tops = new Set(all.slice(match.index, match.index + match[0].length).map((g) => g.top));
      expect(tops.size, `«${match[0]}» at ${width} px in «${text.slice(0, 80)}…»`).toBe(1);
      names += 1;
    }
    if (new Set(all.map((g) => g.top)).size > 1) wrapped += 1;
  }
  return { names, wrapped };
}

for (const language of ['en', 'ar'] as const) {
  test(`product names stay whole on one line in a narrowing window (${language})`, async ({
    libraryDir,
    launchApp,
  }) => {
    test.setTimeout(120_000);
    const app = await launchApp({ libraryDir, language, viewport: { width: 900, height: 800 } });
    const { page } = app;
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    await app.sendMenuCommand('export-dialog');
    const exporter = page.getByTestId('export-dialog');
    await expect(exporter).toBeVisible();
    // The format list is a closed <select> (one line); the hint under it wraps: UTF‑8 in the CSV ones.
    let hintWrapped = 0;
    for (const format of ['csv', 'claims-csv']) {
      await page.setViewportSize({ width: 900, height: 800 });
      await exporter.locator('select[name="format"]').selectOption(format);
      const exported = await namesWhole(page, exporter.locator('.transfer-hint'));
      expect(exported.names).toBe(WIDTHS.length);
      hintWrapped += exported.wrapped;
    }
    expect(hintWrapped).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    await expect(exporter).toHaveCount(0);

    await page.setViewportSize({ width: 900, height: 800 });
    await app.sendMenuCommand('import-annotations');
    const importer = page.getByTestId('import-dialog');
    await expect(importer).toBeVisible();
    // The intro and the REFI‑QDA button: one name each, at each width, both wrapping when narrow.
    const intro = await namesWhole(page, importer);
    expect(intro.names).toBeGreaterThanOrEqual(WIDTHS.length * 2);
    expect(intro.wrapped).toBe(WIDTHS.length);
  });
}
