/**
 * Hit-testing in real Chromium with real layout: a point over a word of the
 * rendered Arabic sample gives a caret offset inside that word (through
 * caretPositionFromPoint), a point beside the article gives none; the
 * annotations under an offset come innermost first, touching spans count
 * when nothing holds the caret, orphans never; repeated clicks cycle out.
 */

import { readFileSync } from 'node:fs';
import { canonicalize } from '../../../../shared/canonical-text';
import type { Annotation } from '../../../../shared/model';
import { SAMPLE_PATH } from '../../../e2e/harness';
import { expect, test, type HamishDom } from '../dom/dom-page';

declare const window: { hamishDom: HamishDom };

const raw = readFileSync(SAMPLE_PATH, 'utf8');
const { text } = canonicalize(raw);
const offsetOf = (phrase: string) => [...text.slice(0, text.indexOf(phrase))].length;

const annotation = (id: string, start: number, end: number, orphaned = false) =>
  ({
    id,
    start,
    end,
    tag: 'actor',
    quote: '',
    ...(orphaned ? { orphaned: true } : {}),
  }) as unknown as Annotation;

test('a point over a word gives a caret offset inside it; a point beside the article gives none', async ({
  dom,
}) => {
  await dom.evaluate((r) => window.hamishDom.renderArticle(r), raw);
  const start = offsetOf('ويتكوف');
  const word = await dom.evaluate(({ s, e }) => window.hamishDom.range(s, e), { s: start, e: start + 6 });
  if (!word) throw new Error('no range for the word');
  expect(word.rect.width).toBeGreaterThan(0);
  const { x, y, width, height } = word.rect;
  const hit = await dom.evaluate(({ px, py }) => window.hamishDom.offsetAtPoint(px, py), {
    px: x + width / 2,
    py: y + height / 2,
  });
  expect(hit).toBeGreaterThanOrEqual(start);
  expect(hit).toBeLessThanOrEqual(start + 6);
  // Right-to-left: the word's right edge is where it begins.
  const edge = await dom.evaluate(({ px, py }) => window.hamishDom.offsetAtPoint(px, py), {
    px: x + width - 1,
    py: y + height / 2,
  });
  expect(edge).toBe(start);
  // Far below the text, on the page's empty body.
  expect(await dom.evaluate(() => window.hamishDom.offsetAtPoint(5, 5000))).toBeNull();
});

test('annotations at an offset: innermost first, touching ones only when none holds it, never orphans', async ({
  dom,
}) => {
  const outer = annotation('outer', 10, 40);
  const inner = annotation('inner', 20, 30);
  const after = annotation('after', 40, 50);
  const orphan = annotation('orphan', 0, 100, true);
  const all = [outer, inner, after, orphan];
  expect(await dom.evaluate(([a, o]) => window.hamishDom.hits(a, o), [all, 25] as const)).toEqual([
    'inner',
    'outer',
  ]);
  expect(await dom.evaluate(([a, o]) => window.hamishDom.hits(a, o), [all, 40] as const)).toEqual(['after']);
  expect(await dom.evaluate(([a, o]) => window.hamishDom.hits(a, o), [[outer, inner], 30] as const)).toEqual([
    'outer',
  ]);
  expect(await dom.evaluate(([a, o]) => window.hamishDom.hits(a, o), [[inner], 30] as const)).toEqual([
    'inner',
  ]);
  expect(await dom.evaluate(([a, o]) => window.hamishDom.hits(a, o), [[orphan], 5] as const)).toEqual([]);
});

test('clicking the selected annotation again picks the next one out, then wraps to the innermost', async ({
  dom,
}) => {
  const nested = [annotation('inner', 20, 30), annotation('middle', 15, 35), annotation('outer', 10, 40)];
  const pick = (selected: string | null) =>
    dom.evaluate(([a, s]) => window.hamishDom.pick(a, s), [nested, selected] as const);
  expect(await pick(null)).toBe('inner');
  expect(await pick('inner')).toBe('middle');
  expect(await pick('middle')).toBe('outer');
  expect(await pick('outer')).toBe('inner');
  expect(await pick('elsewhere')).toBe('inner');
  expect(await dom.evaluate(() => window.hamishDom.pick([], null))).toBeNull();
});
