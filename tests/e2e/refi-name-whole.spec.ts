/**
 * "REFI-QDA" kept whole in the Arabic import dialog at 1024×700 (fresh-user
 * pass, item 4): the intro and the REFI-QDA button both wrap at this width,
 * and a line broke at the name's hyphen ("REFI-" on one line, "QDA" on the
 * next). Every glyph of each "REFI-QDA" must stand on one line box.
 */

import { join } from 'node:path';
import { expect, test } from './fixtures';
import { glyphs, type Glyph } from './glyph-boxes';

test.use({ launch: { viewport: { width: 1024, height: 700 } } });

/** The line tops of each "REFI-QDA" drawn in `all` (its letters and hyphen), one set per occurrence. */
function nameLines(all: Glyph[]): Set<number>[] {
  const text = all.map((g) => g.char).join('');
  const out: Set<number>[] = [];
  // Either hyphen: the resources write U+2011 (product-names.test), which must not break either.
  for (const match of text.matchAll(/REFI[-\u2011]QDA/gu)) {
    out.push(new Set(all.slice(match.index, match.index + 8).map((g) => g.top)));
  }
  return out;
}

test('"REFI-QDA" is never broken at its hyphen in the Arabic import dialog', async ({ app, shotsDir }) => {
  const { page } = app;
  await app.sendMenuCommand('import-annotations');
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const places = [
    dialog.locator('.transfer-hint').first(),
    dialog.getByRole('button', { name: /REFI\u2011QDA/u }),
  ];
  for (const place of places) {
    const all = await glyphs(place);
    // It wraps at this width (else keeping the name whole would prove nothing).
    expect(new Set(all.map((g) => g.top)).size, await place.innerText()).toBeGreaterThan(1);
    const lines = nameLines(all);
    expect(lines.length).toBeGreaterThan(0);
    for (const tops of lines) expect(tops.size, await place.innerText()).toBe(1);
  }
  await dialog.screenshot({ path: join(shotsDir, 'import-dialog-refi-ar.png') });
});
