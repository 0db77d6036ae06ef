/**
 * Long articles in real Chromium (issue 6's speed work, checked for
 * behaviour, not time): a 20,000-word article built from the sample's real
 * sentences with 3,000 overlapping annotations. The article mounts in slices
 * until every block is there; every annotation gets painted; the side panel
 * keeps only a window of rows in the DOM yet reaches every annotation; and
 * an edit repaints one Range, leaving the other annotations' Ranges as they were.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateArticleText, generateSpans } from '../../bench/corpus';
import { makeArticle, writeLibrary, type FixtureArticle } from '../../bench/library-fixture';
import { launchHamish, type HamishApp } from './harness';

const COUNT = 3000;
let dir: string;
let app: HamishApp;
let article: FixtureArticle;

test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-long-'));
  article = makeArticle('مقال طويل عن المفاوضات', generateArticleText(20_000), (t) =>
    generateSpans(t, COUNT),
  );
  await writeLibrary(join(dir, 'library'), [article]);
  app = await launchHamish({ libraryDir: join(dir, 'library'), seedSample: false });
  await app.page.locator('.article-open').first().click();
  await app.page.getByTestId('article-text').waitFor();
});

test.afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** Total number of Ranges in the app's tag highlights. */
const paintedCount = (app: HamishApp) =>
  app.page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('hamish-') && name !== 'hamish-selected') n += h.size;
    return n;
  });

test('every block is mounted and every annotation painted, with the text in order', async () => {
  const { page } = app;
  await expect(page.locator('[data-testid="article-text"] > [data-block]')).toHaveCount(
    article.blocks.length,
  );
  await expect.poll(() => paintedCount(app)).toBe(COUNT);
  // The last block is the article's last text, so offsets past the first slice map to the right words.
  const last = article.blocks.at(-1);
  await expect(page.locator('[data-testid="article-text"] > [data-block]').last()).toHaveText(
    [...article.text].slice(last?.start, last?.end).join(''),
  );
  // A painted Range deep in the article covers exactly its annotation's quote.
  const deep = article.annotations.at(-1);
  const texts = await page.evaluate(() =>
    [...CSS.highlights].flatMap(([, h]) => [...h].map((r) => (r as Range).toString())),
  );
  expect(texts).toContain(deep?.quote);
});

test('the side panel renders a window of rows, scrolls to the last annotation and follows a selection', async () => {
  const { page } = app;
  await expect(page.locator('.count-badge')).toHaveText(String(COUNT));
  await page.getByTestId('panel-grouping').selectOption('text');
  const rendered = await page.locator('.panel-item').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(200);
  // Scrolled to the end, the last annotation in text order is there.
  await page.locator('.annotation-panel').evaluate((el) => (el.scrollTop = el.scrollHeight));
  const lastId = article.annotations.at(-1)?.id ?? '';
  await expect(page.locator(`.panel-item[data-annotation-id="${lastId}"]`)).toBeVisible();
  // Back to the top; then a click on a highlight in the middle of the article selects it, and the
  // panel scrolls to its row (far outside the rendered window) and marks it.
  await page.locator('.annotation-panel').evaluate((el) => (el.scrollTop = 0));
  const middle = article.annotations[Math.floor(COUNT / 2)];
  const point = await page.evaluate((quote) => {
    const range = [...CSS.highlights]
      .flatMap(([, h]) => [...h] as Range[])
      .find((r) => r.toString() === quote);
    if (!range) throw new Error('no painted range for the middle annotation');
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    if (!rect) throw new Error('range has no box');
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, middle?.quote);
  await page.mouse.click(point.x, point.y);
  const current = page.locator('.panel-item[aria-current="true"]');
  await expect(current).toBeVisible();
  expect(await page.locator('.annotation-panel').evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
  // The selected row is the annotation under the click: one of those whose span holds the clicked point.
  const id = await current.getAttribute('data-annotation-id');
  const picked = article.annotations.find((a) => a.id === id);
  expect(picked).toBeDefined();
  expect(Math.abs((picked?.start ?? 0) - (middle?.start ?? 0))).toBeLessThan(200);
});

test('adding an annotation repaints one Range and keeps every other Range object', async () => {
  const { page } = app;
  await expect.poll(() => paintedCount(app)).toBe(COUNT);
  await page.evaluate(() => {
    const w = window as unknown as { __before: Set<AbstractRange> };
    w.__before = new Set(
      [...CSS.highlights].flatMap(([name, h]) => (name === 'hamish-selected' ? [] : [...h])),
    );
  });
  // Select the first words of the first paragraph with the keyboard-free path: a DOM selection and pointerup.
  await page.evaluate(() => {
    const node = document.querySelector('[data-testid="article-text"] [data-block]')?.firstChild;
    if (!node) throw new Error('no text');
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 10);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    node.parentElement?.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
  });
  await page.locator('.tag-menu').waitFor();
  await page.keyboard.press('1');
  await page.keyboard.press('0');
  await expect.poll(() => paintedCount(app)).toBe(COUNT + 1);
  const kept = await page.evaluate(() => {
    const before = (window as unknown as { __before: Set<AbstractRange> }).__before;
    const now = [...CSS.highlights].flatMap(([name, h]) => (name === 'hamish-selected' ? [] : [...h]));
    return { kept: now.filter((r) => before.has(r)).length, now: now.length };
  });
  expect(kept).toEqual({ kept: COUNT, now: COUNT + 1 });
});
