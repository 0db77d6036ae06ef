/**
 * The reader's keyboard moves on the real sample article (Arabic): words
 * and sentences forward and back, extending a selection by a word, jumping
 * between annotations around the list, and moving an annotation's edges.
 * Spans are code points; the text holds astral characters only where said.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../../shared/canonical-text';
import { CodePointIndex, sliceCodePoints } from '../../../../shared/code-points';
import type { Annotation } from '../../../../shared/model';
import {
  annotationMove,
  edgeDirection,
  edgeMove,
  sentenceMove,
  wordMove,
  type Span,
} from '../../../../renderer/src/reader/keyboard-moves';
import { SAMPLE_PATH } from '../../helpers';

const index = new CodePointIndex(canonicalize(readFileSync(SAMPLE_PATH, 'utf8')).text);
const text = (span: Span | null | undefined) =>
  span ? sliceCodePoints(index.text, span.start, span.end) : null;
/** The span of the first occurrence of `phrase` (code points). */
const spanOf = (phrase: string, within = index.text): Span => {
  const at = [...within.slice(0, within.indexOf(phrase))].length;
  return { start: at, end: at + [...phrase].length };
};

function annotation(id: string, phrase: string, orphaned = false): Annotation {
  const { start, end } = spanOf(phrase);
  return {
    id,
    articleId: 'a',
    start,
    end,
    quote: phrase,
    prefix: '',
    suffix: '',
    tag: 'actor',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...(orphaned ? { orphaned: true } : {}),
  };
}

describe('word moves', () => {
  it('starts at the first word, then walks forward and back a word at a time', () => {
    const first = wordMove(index, null, 1, false);
    expect(text(first)).toBe('كشفت');
    const second = wordMove(index, first, 1, false);
    expect(text(second)).toBe('مصادر');
    expect(text(wordMove(index, second, -1, false))).toBe('كشفت');
    expect(wordMove(index, null, -1, false)).toBeNull();
  });

  it('extends an open selection by a word at its end, and gives it back', () => {
    const word = spanOf('مصادر');
    const longer = wordMove(index, word, 1, true);
    expect(text(longer)).toBe('مصادر إخبارية');
    expect(text(wordMove(index, longer, -1, true))).toBe('مصادر');
  });
});

describe('sentence moves', () => {
  it('selects the next sentence after a span and the previous one before it', () => {
    const next = sentenceMove(index, spanOf('كشفت'), 1);
    expect(text(next)).toMatch(/^يأتي هذا اللقاء في سياق الجهود المستمرة/u);
    const back = sentenceMove(index, next, -1);
    expect(text(back)).toMatch(/^كشفت مصادر إخبارية/u);
  });
});

describe('annotation jumps', () => {
  const list = [
    annotation('a1', 'مصادر إخبارية'),
    annotation('gone', 'ستيف ويتكوف', true),
    annotation('a2', 'خليل الحية'),
    annotation('a3', 'قطاع غزة'),
  ];
  const [a1, , a2, a3] = list;

  it('goes around the usable annotations from the selected one, skipping orphans', () => {
    expect(annotationMove(list, a1 ?? null, null, 1)?.id).toBe('a2');
    expect(annotationMove(list, a3 ?? null, null, 1)?.id).toBe('a1');
    expect(annotationMove(list, a1 ?? null, null, -1)?.id).toBe('a3');
  });

  it('with none selected, takes the first at or after the caret, or the last before it', () => {
    const caret = spanOf('ستيف');
    expect(annotationMove(list, null, caret, 1)?.id).toBe(a2?.id);
    expect(annotationMove(list, null, caret, -1)?.id).toBe('a1');
    expect(annotationMove(list, null, { start: index.length, end: index.length }, 1)?.id).toBe('a1');
    expect(annotationMove([annotation('x', 'كشفت', true)], null, null, 1)).toBeUndefined();
  });
});

describe('edge moves', () => {
  it('grows and shrinks either edge by a word, and refuses to shrink one word away', () => {
    const name = spanOf('ستيف ويتكوف');
    expect(text(edgeMove(index, name, 'start', 'grow'))).toBe('الأمريكي، ستيف ويتكوف');
    expect(text(edgeMove(index, name, 'end', 'shrink'))).toBe('ستيف');
    expect(text(edgeMove(index, name, 'start', 'shrink'))).toBe('ويتكوف');
    expect(edgeMove(index, spanOf('ستيف'), 'end', 'shrink')).toBeNull();
  });

  it('reads a key step as growing the end forward and the start backward', () => {
    expect(edgeDirection('end', 1)).toBe('grow');
    expect(edgeDirection('end', -1)).toBe('shrink');
    expect(edgeDirection('start', -1)).toBe('grow');
    expect(edgeDirection('start', 1)).toBe('shrink');
  });

  it('counts code points, not UTF-16 units, past an astral character', () => {
    const astral = new CodePointIndex('𝐀 قال الرئيس');
    const first = wordMove(astral, null, 1, false);
    expect(first).toEqual({ start: 0, end: 1 });
    expect(wordMove(astral, first, 1, false)).toEqual({ start: 2, end: 5 });
  });
});
