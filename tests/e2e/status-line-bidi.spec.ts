/**
 * A long path or id in a message at the foot of the window, in Arabic at
 * 1024×700 (fresh-user test 3 #4): the status line stays one line, cut with
 * an ellipsis, the whole message its title; focused it shows the message
 * wrapped, and then no file name or id is broken across lines and each
 * Latin run reads left to right. The import dialog's refusal with two ids
 * in its place in the file keeps each id whole too. English: one line too.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { glyphs, runGlyphs, type Glyph } from './glyph-boxes';
import type { HamishApp } from './harness';

const VIEWPORT = { width: 1024, height: 700 };
const ID = '8911b902-0d55-46fc-83f1-520ee97c2631';
/** A file name longer than the status line's share of one line once in its sentence. */
const NAME = `press-review-${ID}-archived-copy-of-the-morning-edition-2026-03-14-with-the-evening-corrections-and-the-weekend-supplement.txt`;

const lineTops = (all: Glyph[]) => new Set(all.map((g) => g.top));

/** Every character of `run` on one line, and each later one to the right of the one before. */
function expectWholeLeftToRight(all: Glyph[], run: string): void {
  const found = runGlyphs(all, run);
  expect(found.map((g) => g.char).join(''), run).toBe(run);
  expect(lineTops(found).size, `${run} on one line`).toBe(1);
  for (let i = 1; i < found.length; i++) {
    const [a, b] = [found[i - 1], found[i]];
    if (a && b) expect(b.left, `${a.char} then ${b.char}`).toBeGreaterThan(a.left);
  }
}

/** A picture of the window's lowest `height` pixels (the status line and what is above it). */
const footShot = (app: HamishApp, path: string, height: number) =>
  app.page.screenshot({ path, clip: { x: 0, y: VIEWPORT.height - height, width: VIEWPORT.width, height } });

/** File › Open text file… on a file that is not there: the refusal names it in the status line. */
async function refuseMissingFile(app: HamishApp, dir: string): Promise<Locator> {
  app.nextOpenFile = join(dir, NAME);
  await app.sendMenuCommand('open-text-file');
  const status = app.page.getByTestId('status');
  await expect(status).toContainText(NAME);
  await app.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return status;
}

test('a long file name in the Arabic status line: one line with its title; focused, whole words left to right', async ({
  dir,
  launchApp,
  shotsDir,
}) => {
  const app = await launchApp({ libraryDir: join(dir, 'library'), viewport: VIEWPORT });
  const status = await refuseMissingFile(app, dir);
  const text = (await status.textContent()) ?? '';
  expect(text).toContain(`\u2068${NAME}\u2069`);
  // One line, the rest cut: the element is narrower than its text, which its title holds whole.
  expect(lineTops(await glyphs(status)).size).toBe(1);
  expect(await status.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(status).toHaveAttribute('title', text);
  await expect(status).toHaveAttribute('tabindex', '0');
  await footShot(app, join(shotsDir, 'status-line-ar.png'), 80);

  await status.focus();
  const wrapped = await glyphs(status);
  expect(lineTops(wrapped).size).toBeGreaterThan(1);
  expectWholeLeftToRight(wrapped, NAME);
  await footShot(app, join(shotsDir, 'status-line-focused-ar.png'), 140);
});

test('a long file name in the English status line is one line with its title', async ({
  dir,
  launchApp,
  shotsDir,
}) => {
  const app = await launchApp({ libraryDir: join(dir, 'library'), viewport: VIEWPORT, language: 'en' });
  const status = await refuseMissingFile(app, dir);
  expect(lineTops(await glyphs(status)).size).toBe(1);
  await expect(status).toHaveAttribute('title', (await status.textContent()) ?? '');
  await footShot(app, join(shotsDir, 'status-line-en.png'), 80);
});

test('the import refusal names its place by two ids, each kept whole and left to right in Arabic', async ({
  dir,
  launchApp,
}) => {
  const app = await launchApp({ libraryDir: join(dir, 'library'), viewport: VIEWPORT });
  const [meta] = await app.library.listArticles();
  const { text } = await app.library.getArticle(meta?.id ?? '');
  const start = Array.from(text.slice(0, text.indexOf('خليل الحية'))).length;
  await app.library.createAnnotation({ articleId: meta?.id ?? '', start, end: start + 10, tag: 'actor' });
  const data = await app.library.exportArticle(meta?.id ?? '');
  const annotation = data.articles[0]?.annotations[0];
  if (annotation) annotation.tag = 'no-such-kind.of-tag';
  const file = join(dir, 'unknown-tag.hamish.json');
  await writeFile(file, JSON.stringify(data));
  app.nextImportFile = file;
  await app.sendMenuCommand('import-annotations');
  const dialog = app.page.getByTestId('import-dialog');
  await dialog.getByRole('button', { name: 'اختيار ملف واستيراده…' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText(`(id ${annotation?.id ?? ''}) › tag`);
  const all = await glyphs(alert);
  expect(lineTops(all).size).toBeGreaterThan(1); // it wraps, else the check proves nothing
  expectWholeLeftToRight(all, `${meta?.id ?? ''})`);
  expectWholeLeftToRight(all, `${annotation?.id ?? ''})`);
});
