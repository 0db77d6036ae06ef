/**
 * Where each reader keyboard move lands, as pure functions of the text and
 * the annotations: no DOM, no React. The reader's controls turn the spans
 * returned here into a selection; tests call them directly.
 *
 * All spans in and out are [start, end) in Unicode code points of the
 * article's canonical text; the UTF-16 walk of shared/text-navigation is
 * hidden behind the article's CodePointIndex.
 */

import { moveEdgeBy, type EdgeUnit } from '../../../shared/span-editing';
import type { CodePointIndex } from '../../../shared/code-points';
import type { Annotation } from '../../../shared/model';
import {
  moveEdge,
  nextSentence,
  nextWord,
  previousSentence,
  previousWord,
  type Span,
} from '../../../shared/text-navigation';

export type { Span };

/** A forward (+1) or backward (-1) step in reading order. */
export type Step = 1 | -1;

const toUtf16 = (index: CodePointIndex, span: Span): Span => ({
  start: index.toUtf16(span.start),
  end: index.toUtf16(span.end),
});

const toCodePoints = (index: CodePointIndex, span: Span | null): Span | null =>
  span ? { start: index.toCodePoint(span.start), end: index.toCodePoint(span.end) } : null;

/**
 * The word after (or before) `from`; with `extend` (Shift held over an open
 * selection), `from` grows or shrinks by a word at its end instead.
 * With no `from`, forward starts at the text's first word and backward finds nothing.
 */
export function wordMove(index: CodePointIndex, from: Span | null, step: Step, extend: boolean): Span | null {
  const at = from ? toUtf16(index, from) : null;
  let span: Span | null;
  if (extend && at) span = moveEdge(index.text, at, 'end', step === 1 ? 'grow' : 'shrink');
  else if (step === 1) span = nextWord(index.text, at ? at.end : 0);
  else span = at ? previousWord(index.text, at.start) : null;
  return toCodePoints(index, span);
}

/** The sentence after `from`'s end or before its start (from the text's start when none). */
export function sentenceMove(index: CodePointIndex, from: Span | null, step: Step): Span | null {
  const span =
    step === 1
      ? nextSentence(index.text, from ? index.toUtf16(from.end) : 0)
      : previousSentence(index.text, from ? index.toUtf16(from.start) : 0);
  return toCodePoints(index, span);
}

/**
 * The next or previous usable (not orphaned) annotation: around the list from
 * `selected`, else the first starting at or after `from` (forward) or the last
 * starting before it (backward), wrapping to the other end. `annotations` are
 * in text order. Undefined when none is usable.
 */
export function annotationMove(
  annotations: readonly Annotation[],
  selected: Annotation | null,
  from: Span | null,
  step: Step,
): Annotation | undefined {
  const usable = annotations.filter((a) => !a.orphaned);
  if (usable.length === 0) return undefined;
  if (selected) {
    const i = usable.findIndex((a) => a.id === selected.id);
    return usable[(i + step + usable.length) % usable.length];
  }
  const at = from?.start ?? 0;
  if (step === 1) return usable.find((a) => a.start >= at) ?? usable[0];
  return [...usable].reverse().find((a) => a.start < at) ?? usable[usable.length - 1];
}

/**
 * `span` with one edge moved by a word (or a clitic or a letter, `unit`):
 * 'grow' pushes the edge outward, 'shrink' pulls it in. Null when the edge
 * cannot move (text end, nothing left); see shared/span-editing.ts.
 */
export function edgeMove(
  index: CodePointIndex,
  span: Span,
  edge: 'start' | 'end',
  how: 'grow' | 'shrink',
  unit: EdgeUnit = 'word',
): Span | null {
  return toCodePoints(index, moveEdgeBy(index.text, toUtf16(index, span), edge, how, unit));
}

/** Whether a key step on an edge grows or shrinks it: forward on the end, back on the start, grows. */
export function edgeDirection(edge: 'start' | 'end', step: Step): 'grow' | 'shrink' {
  return (edge === 'end') === (step === 1) ? 'grow' : 'shrink';
}
