/**
 * The adjudication card's context on the real sample article: never a word
 * cut in half at either edge (an analyst read «وقف إط» for «وقف إطلاق»), the
 * disputed spans always inside, at most CONTEXT_CODE_POINTS either side, and
 * code points (not UTF-16 units) with astral characters before the span.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_CODE_POINTS,
  disagreementView,
} from '../../../../../electron/services/adjudication/disagreement-view';
import { CodePointIndex } from '../../../../../shared/code-points';

const SAMPLE = readFileSync(
  join(import.meta.dirname, '../../../../../resources/sample-article.ar.txt'),
  'utf8',
);

/** The view of one coder-A span over `text` at code points [start, end). */
function viewOf(text: string, start: number, end: number) {
  const unit = { key: 'k', articleId: 'a', a: { id: 'x', start, end, tag: 'actor' }, b: null };
  return disagreementView(unit, 't', new CodePointIndex(text), null);
}

/** Every code point offset where `phrase` starts in `text`. */
function starts(text: string, phrase: string): number[] {
  const cps = Array.from(text);
  const needle = Array.from(phrase);
  const out: number[] = [];
  for (let i = 0; i + needle.length <= cps.length; i++) {
    if (needle.every((c, j) => cps[i + j] === c)) out.push(i);
  }
  return out;
}

describe('disagreementView context', () => {
  const cps = Array.from(SAMPLE);
  const phrases = ['ستيف ويتكوف', 'خليل الحية', 'تبادل الأسرى', 'وقف إطلاق النار', 'حماس', 'إسرائيل'];
  const cases = phrases.flatMap((p) =>
    starts(SAMPLE, p).map((s) => ({ start: s, end: s + Array.from(p).length })),
  );

  it('starts and ends at white space or the article edge, with the spans inside', () => {
    expect(cases.length).toBeGreaterThan(15);
    // The old fixed window cut a word at one edge or the other for most of these.
    const naiveCuts = cases.filter(({ start, end }) => {
      const from = Math.max(0, start - CONTEXT_CODE_POINTS);
      const to = Math.min(cps.length, end + CONTEXT_CODE_POINTS);
      return (
        (from > 0 && !/\s/u.test(cps[from - 1] ?? '')) || (to < cps.length && !/\s/u.test(cps[to] ?? ''))
      );
    });
    expect(naiveCuts.length).toBeGreaterThan(5);
    for (const { start, end } of cases) {
      const { context } = viewOf(SAMPLE, start, end);
      const length = Array.from(context.text).length;
      const to = context.start + length;
      expect(context.start).toBeLessThanOrEqual(start);
      expect(to).toBeGreaterThanOrEqual(end);
      expect(start - context.start).toBeLessThanOrEqual(CONTEXT_CODE_POINTS);
      expect(to - end).toBeLessThanOrEqual(CONTEXT_CODE_POINTS);
      expect(context.text).toBe(cps.slice(context.start, to).join(''));
      if (context.start > 0) expect(cps[context.start - 1]).toMatch(/\s/u);
      if (to < cps.length) expect(cps[to]).toMatch(/\s/u);
    }
  });

  it('shows no context on a side with no white space before the span', () => {
    const word = 'ب'.repeat(400);
    const text = `${word}خليل${word}`;
    const { context } = viewOf(text, 400, 404);
    expect(context).toEqual({ text: 'خليل', start: 400 });
  });

  it('counts code points with astral characters and harakat in the text', () => {
    const text = `${'𝕏 '.repeat(100)}المبعوثُ الخاصُّ ستيف ويتكوف يلتقي ${'وفدًا '.repeat(40)}`;
    const start = starts(text, 'ستيف ويتكوف')[0] ?? -1;
    const { context } = viewOf(text, start, start + 11);
    expect(context.text).toContain('المبعوثُ الخاصُّ ستيف ويتكوف يلتقي');
    expect(context.text.startsWith('𝕏')).toBe(true);
    expect(context.text.endsWith('وفدًا')).toBe(true);
    expect(Array.from(context.text)[0]).toBe('𝕏');
  });
});
