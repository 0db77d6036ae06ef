/**
 * One disagreement as the adjudication view shows it: both codings with their
 * quotes, and a stretch of the article around them (code points), cut at
 * white space so no word is shown in half (a bare "إط" of «إطلاق»).
 */

import type {
  Coding,
  DecisionRecord,
  DisagreementView,
  ReviewReason,
} from '../../../shared/adjudication/adjudication-types';
import type { CodePointIndex } from '../../../shared/code-points';

/** A coding as the view needs it (an annotation, or a span read back from a unit key: id ''). */
interface Coded {
  id: string;
  start: number;
  end: number;
  tag: string;
}

/** A unit as the view needs it: its key, article and both codings. */
export interface ViewedUnit {
  key: string;
  articleId: string;
  a: Coded | null;
  b: Coded | null;
}

/** Code points of context shown at most either side of a unit. */
export const CONTEXT_CODE_POINTS = 160;

const slice = (index: CodePointIndex, start: number, end: number) =>
  index.text.slice(index.toUtf16(start), index.toUtf16(end));

const SPACE = /\s/u;

/**
 * The context [from, to) around the spans [lo, hi) (code points), at most
 * CONTEXT_CODE_POINTS either side, with each edge that falls inside a word
 * moved toward the spans to the nearest white space; when there is none
 * between the edge and the spans, that side shows no context.
 */
export function contextRange(index: CodePointIndex, lo: number, hi: number): { from: number; to: number } {
  let from = Math.max(0, lo - CONTEXT_CODE_POINTS);
  let to = Math.min(index.length, hi + CONTEXT_CODE_POINTS);
  if (from > 0 && !SPACE.test(slice(index, from - 1, from))) {
    const space = Array.from(slice(index, from, lo)).findIndex((c) => SPACE.test(c));
    from = space >= 0 ? from + space + 1 : lo;
  }
  if (to < index.length && !SPACE.test(slice(index, to, to + 1))) {
    const after = Array.from(slice(index, hi, to));
    const space = after.findLastIndex((c) => SPACE.test(c));
    to = space >= 0 ? hi + space : hi;
  }
  return { from, to };
}

function codingOf(x: Coded | null, index: CodePointIndex): Coding | null {
  return x ? { id: x.id, start: x.start, end: x.end, tag: x.tag, quote: slice(index, x.start, x.end) } : null;
}

/** The view of `unit` in an article titled `title` whose text `index` holds, with its decision and why it needs review. */
export function disagreementView(
  unit: ViewedUnit,
  title: string,
  index: CodePointIndex,
  decision: DecisionRecord | null,
  review: ReviewReason | null = null,
): DisagreementView {
  const spans = [unit.a, unit.b].filter((x): x is Coded => x !== null);
  const { from, to } = contextRange(
    index,
    Math.min(...spans.map((s) => s.start)),
    Math.max(...spans.map((s) => s.end)),
  );
  return {
    key: unit.key,
    articleId: unit.articleId,
    title,
    a: codingOf(unit.a, index),
    b: codingOf(unit.b, index),
    context: { text: slice(index, from, to), start: from },
    decision,
    review,
  };
}
