/**
 * The import dialog's buttons in Arabic at a small window (1024×700), where
 * «اختيار مشروع REFI-QDA (.qdpx)…» wraps inside its button: the Latin run
 * must still read left to right on every line (no hyphen thrown to the front
 * of "REFI", no parenthesis turned round), as an analyst reads it.
 */

import { expect, test } from './fixtures';
import { glyphs } from './glyph-boxes';

test.use({ launch: { viewport: { width: 1024, height: 700 } } });

test('the REFI-QDA button reads left to right within its Latin run, wrapped or not', async ({ app }) => {
  const { page } = app;
  await app.sendMenuCommand('import-annotations');
  const button = page.getByTestId('import-dialog').getByRole('button', { name: /REFI\u2011QDA/u });
  await expect(button).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const all = await glyphs(button);
  // The button does wrap at this size (else the check below would prove nothing).
  expect(new Set(all.map((g) => g.top)).size).toBeGreaterThan(1);
  const latin = all.filter((g) => /[A-Za-z().\u2011-]/u.test(g.char));
  expect(latin.map((g) => g.char).join('')).toBe('REFI\u2011QDA(.qdpx)');
  // Within one line, a later character of the Latin run stands to the right of an earlier one.
  for (let i = 1; i < latin.length; i++) {
    const [a, b] = [latin[i - 1], latin[i]];
    if (a && b && a.top === b.top) expect(b.left, `${a.char} then ${b.char}`).toBeGreaterThan(a.left);
  }
});
