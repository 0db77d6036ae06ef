/**
 * TextMap in real Chromium over the app's own ArticleText: every span of the
 * real sample article maps to a DOM Range holding exactly its text and back
 * to the same code point offsets; astral characters count as one; points
 * outside the text map to null; blocks mounted after the map is made are
 * found when first needed.
 */

import { readFileSync } from 'node:fs';
import { canonicalize } from '../../../../shared/canonical-text';
import { sliceCodePoints } from '../../../../shared/code-points';
import { SAMPLE_PATH } from '../../../e2e/harness';
import { expect, test, type HamishDom } from '../dom/dom-page';

const raw = readFileSync(SAMPLE_PATH, 'utf8');
const { text, blocks } = canonicalize(raw);

declare const window: { hamishDom: HamishDom };

test('every span inside a block maps to a Range with its text and back to its offsets', async ({ dom }) => {
  await dom.evaluate((r) => window.hamishDom.renderArticle(r), raw);
  // Spans at every block's edges and across its middle, on the real text.
  const spans: [number, number][] = blocks.flatMap((b) => {
    const mid = Math.floor((b.start + b.end) / 2);
    return [
      [b.start, b.start + 1],
      [b.start, b.end],
      [mid, b.end],
      [b.start + 3, mid],
    ] as [number, number][];
  });
  const got = await dom.evaluate((all) => all.map(([s, e]) => window.hamishDom.range(s, e)), spans);
  spans.forEach(([s, e], i) => {
    expect(got[i]?.text, `${s}-${e}`).toBe(sliceCodePoints(text, s, e));
    expect([got[i]?.start, got[i]?.end]).toEqual([s, e]);
  });
});

test('a span across blocks starts and ends where asked; an empty span has no Range', async ({ dom }) => {
  await dom.evaluate((r) => window.hamishDom.renderArticle(r), raw);
  const [first, second] = blocks;
  if (!first || !second) throw new Error('the sample has fewer than two blocks');
  const across = await dom.evaluate(({ s, e }) => window.hamishDom.range(s, e), {
    s: first.end - 4,
    e: second.start + 4,
  });
  expect([across?.start, across?.end]).toEqual([first.end - 4, second.start + 4]);
  expect(across?.text).toBe(
    sliceCodePoints(text, first.end - 4, first.end) + sliceCodePoints(text, second.start, second.start + 4),
  );
  expect(await dom.evaluate(() => window.hamishDom.range(10, 10))).toBeNull();
});

test('counts an astral character as one code point both ways', async ({ dom }) => {
  const astral = 'قال 𝐀 الرئيس 😀 اليوم';
  const { text: canonical } = await dom.evaluate((r) => window.hamishDom.renderArticle(r), astral);
  const start = [...canonical].indexOf('😀');
  const range = await dom.evaluate(({ s, e }) => window.hamishDom.range(s, e), { s: start, e: start + 7 });
  expect(range?.text).toBe('😀 اليوم');
  expect([range?.start, range?.end]).toEqual([start, start + 7]);
  // A DOM point after the emoji (two UTF-16 units in) is one code point on.
  const utf16 = canonical.indexOf('😀') + 2;
  expect(await dom.evaluate((u) => window.hamishDom.pointToOffset('text', 0, u), utf16)).toBe(start + 1);
});

test('points on elements map to block edges; points outside the article map to null', async ({ dom }) => {
  await dom.evaluate((r) => window.hamishDom.renderArticle(r), raw);
  const second = blocks[1];
  expect(await dom.evaluate(() => window.hamishDom.pointToOffset('element', 1, 0))).toBe(second?.start);
  expect(await dom.evaluate(() => window.hamishDom.pointToOffset('element', 1, 1))).toBe(second?.end);
  expect(await dom.evaluate(() => window.hamishDom.pointToOffset('article', 1, 1))).toBe(second?.start);
  expect(await dom.evaluate((n) => window.hamishDom.pointToOffset('article', 0, n), blocks.length)).toBe(
    blocks.at(-1)?.end,
  );
  expect(await dom.evaluate(() => window.hamishDom.pointToOffset('outside', 0, 0))).toBeNull();
});

test('a block mounted after the map was made is found when first needed', async ({ dom }) => {
  await dom.evaluate((r) => window.hamishDom.renderArticle(r, 1), raw);
  const last = blocks.at(-1);
  if (!last) throw new Error('no blocks');
  expect(
    await dom.evaluate(({ s, e }) => window.hamishDom.range(s, e), { s: last.start, e: last.end }),
  ).toBeNull();
  await dom.evaluate(() => window.hamishDom.mountAll());
  const range = await dom.evaluate(({ s, e }) => window.hamishDom.range(s, e), {
    s: last.start,
    e: last.end,
  });
  expect(range?.text).toBe(sliceCodePoints(text, last.start, last.end));
});
