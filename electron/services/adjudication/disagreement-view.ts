/**
 * One disagreement as the adjudication view shows it: both codings with their
 * quotes, and a stretch of the article around them (code points).
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

/** Code points of context shown either side of a unit. */
export const CONTEXT_CODE_POINTS = 160;

const slice = (index: CodePointIndex, start: number, end: number) =>
  index.text.slice(index.toUtf16(start), index.toUtf16(end));

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
  const from = Math.max(0, Math.min(...spans.map((s) => s.start)) - CONTEXT_CODE_POINTS);
  const to = Math.min(index.length, Math.max(...spans.map((s) => s.end)) + CONTEXT_CODE_POINTS);
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
