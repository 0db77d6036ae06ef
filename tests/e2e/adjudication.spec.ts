/**
 * Adjudication in real Chromium over a real library: two coders' work on two
 * real Arabic articles (tests/unit/adjudication-fixture.ts, coders set in
 * `author`), every disagreement settled with the keyboard only (1 mine,
 * 2 theirs, 3 both, 4 neither, 5 edit), Ctrl+Z undoing a decision without
 * leaving the view, progress restored after a restart, and the gold layer
 * exported as Hamish JSON and checked against the gold computed here from
 * the coding plan (not by the app's matcher). Screenshots in Arabic and English,
 * each view checked by axe first.
 */

import { join } from 'node:path';
import {
  AGREED_COPIED,
  PLAN,
  TWO_CODERS,
  decideAllByKeyboard,
  expectedGold,
  exportGoldLayer,
  goldOf,
  startAdjudication,
} from './adjudication-steps';
import { expectNoViolations } from './axe-check';
import { expect, test } from './fixtures';

test.use(TWO_CODERS);

test('every disagreement settled by keyboard, undone, resumed after a restart, gold exported', async ({
  app,
}) => {
  const { page } = app;
  await startAdjudication(page, true);
  const progress = page.getByTestId('adjudication-progress');
  await expect(progress).toContainText('0 of 5 decided');
  await expect(page.getByTestId('adjudication-agreed')).toHaveText(AGREED_COPIED);
  const context = page.getByTestId('adjudication-context');
  expect(await context.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

  await decideAllByKeyboard(page);

  // Ctrl+Z undoes the last decision and the view stays; Ctrl+Shift+Z redoes it.
  await page.keyboard.press('Control+z');
  await expect(progress).toContainText('4 of 5 decided');
  await expect(page.locator('.adjudication-walk')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(progress).toContainText('5 of 5 decided');

  // A restart restores the progress from the library; nothing is copied twice.
  await app.reload();
  await startAdjudication(page, true);
  await expect(progress).toContainText('5 of 5 decided');

  // The gold layer alone (the export's coder filter), checked against the plan's gold.
  const notes = await exportGoldLayer(app);
  expect(notes.every((n) => n.author === 'gold')).toBe(true);
  expect(goldOf(notes)).toEqual(expectedGold());
});

for (const language of ['ar', 'en'] as const) {
  test(`the adjudication view in ${language === 'ar' ? 'Arabic' : 'English'}`, async ({
    launchApp,
    libraryDir,
    shotsDir,
  }) => {
    const app = await launchApp({ libraryDir, language, viewport: { width: 1280, height: 900 } });
    const { page } = app;
    await startAdjudication(page, language === 'en');
    await expect(page.getByTestId('adjudication-progress')).toBeVisible();
    const text = (await page.locator('.adjudication-card q').first().innerText()).trim();
    expect(Object.keys(PLAN)).toContain(text);
    await expectNoViolations(page, `adjudication (${language})`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: join(shotsDir, `adjudication-${language}.png`), fullPage: true });
  });
}
