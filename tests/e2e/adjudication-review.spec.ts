/**
 * Adjudication after a coder's layer changed (issue 20 review), in real
 * Chromium over a real library: the copy of the agreed units is undone and
 * redone as one step (Ctrl+Z, Ctrl+Shift+Z), every disagreement is settled
 * with the keyboard, then Omar's layer is re-imported through File › Import
 * annotations… "Add as a coder layer" from a newer file of his (one agreed
 * coding dropped, one retagged, one note edited). Starting the pair again
 * counts only the decisions that still hold, says how many need review and
 * how much gold rests on them, and the gold export warns with that count.
 * Preferences warns when the name typed is a colleague’s layer or the gold
 * coder, and a gold export that holds nothing is refused, naming the coders.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeExport } from '../../electron/services/export/export-service';
import type { HamishExport } from '../../shared/export-format';
import { CODER_B, newerLayerOfB } from '../unit/adjudication-fixture';
import {
  AGREED_COPIED,
  TWO_CODERS,
  decideAllByKeyboard,
  importCoderLayer,
  startAdjudication,
  undoAgreedCopy,
} from './adjudication-steps';
import { expect, test } from './fixtures';
import type { HamishApp } from './harness';

test.use(TWO_CODERS);

/** The gold annotations in the app's library, counted. */
async function goldCount(app: HamishApp): Promise<number> {
  let count = 0;
  for (const meta of await app.library.listArticles())
    count += (await app.library.listAnnotations(meta.id)).filter((a) => a.author === 'gold').length;
  return count;
}

/** Omar's newer export: «وزير الخارجية» dropped, «تبادل الأسرى» retagged, «حماس»'s note edited. */
async function newerOmarFile(app: HamishApp, dir: string): Promise<string> {
  const path = join(dir, 'omar-newer.hamish.json');
  await writeExport(app.library, { format: 'json', coders: [CODER_B] }, path, 'test');
  const file = JSON.parse(await readFile(path, 'utf8')) as HamishExport;
  await writeFile(path, JSON.stringify(newerLayerOfB(file)));
  return path;
}

test('a re-imported layer mid-adjudication: stale decisions need review, gold export warns', async ({
  app,
  dir,
}) => {
  const { page } = app;
  await startAdjudication(page, true);
  const agreed = page.getByTestId('adjudication-agreed');
  await expect(agreed).toHaveText(AGREED_COPIED);
  expect(await goldCount(app)).toBe(3);

  // The copy is one undo step, and redo copies again.
  await undoAgreedCopy(page);
  expect(await goldCount(app)).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(agreed).toHaveText(AGREED_COPIED);
  expect(await goldCount(app)).toBe(3);

  await decideAllByKeyboard(page);
  await page.getByRole('button', { name: 'Change coders or articles' }).click();

  await importCoderLayer(app, await newerOmarFile(app, dir));

  // Starting the pair again: not "0 of N decided", and the stale ones are said.
  await startAdjudication(page, true);
  const progress = page.getByTestId('adjudication-progress');
  await expect(progress).toContainText('3 of 8 decided · 3 need review');
  await expect(page.getByTestId('adjudication-stale')).toContainText(
    '3 annotations of “\u2068gold\u2069” rest on decisions that need review',
  );
  // The walk starts at the first open item; the changed «حماس» decision is marked for review.
  const review = page.getByTestId('adjudication-review');
  for (
    let i = 0;
    i < 8 && !(await review.allTextContents()).join('').includes('a coding of this unit changed');
    i++
  ) {
    await page.keyboard.press('j');
    await expect(progress).toContainText(`showing ${i + 2} of 8`);
  }
  await expect(review).toContainText('a coding of this unit changed');
  await expect(page.locator('.adjudication-card [data-coder="b"] q')).toHaveText('حماس');

  const before = app.exportedPaths.length;
  await page.getByRole('button', { name: 'Export the “\u2068gold\u2069” layer…' }).click();
  await expect(page.getByTestId('status')).toContainText(
    'Warning: 3 gold annotations rest on decisions that need review.',
  );
  expect(app.exportedPaths).toHaveLength(before + 1);

  // Deciding the changed unit again clears its review; the count follows.
  await page.keyboard.press('2');
  await expect(progress).toContainText('4 of 8 decided · 2 need review');
  await expect(page.getByTestId('adjudication-stale')).toContainText('2 annotations');
});

test('Preferences warns when the name is a colleague’s layer or the gold coder', async ({ app }) => {
  const { page } = app;
  await startAdjudication(page, true);
  await expect(page.getByTestId('adjudication-agreed')).toBeVisible();
  await page.getByRole('button', { name: /^Coder: / }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  const field = prefs.getByRole('textbox');
  await field.fill(CODER_B);
  await expect(prefs.getByTestId('coder-clash')).toContainText(
    `“\u2068${CODER_B}\u2069” is already a colleague’s coder layer in this library`,
  );
  await field.fill('gold');
  await expect(prefs.getByTestId('coder-clash')).toContainText('is the gold coder of an adjudication');
  await field.fill('Zeina');
  await expect(prefs.getByTestId('coder-clash')).toHaveCount(0);
});

test('exporting a gold layer that holds nothing says so, naming the coders there', async ({ app }) => {
  const { page } = app;
  await startAdjudication(page, true);
  // Undo the agreed copy: gold holds nothing yet.
  await undoAgreedCopy(page);
  const before = app.exportedPaths.length;
  await page.getByRole('button', { name: 'Export the “\u2068gold\u2069” layer…' }).click();
  await expect(page.getByTestId('status')).toContainText(
    'No annotation or claim of the chosen articles is by gold: nothing was exported.',
  );
  await expect(page.getByTestId('status')).toContainText(CODER_B);
  // The save dialog answered, but nothing was written there.
  expect(app.exportedPaths).toHaveLength(before + 1);
  await expect(readFile(app.exportedPaths.at(-1) ?? '', 'utf8')).rejects.toThrow('ENOENT');
});
