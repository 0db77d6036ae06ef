/**
 * Moving one edge of an annotation's span by a chosen step, so the span
 * editor can reach every valid boundary in both directions: a word, a
 * clitic (a word's start or a boundary after its proclitics, see
 * cliticBoundaries) or a grapheme cluster (a letter with its harakat).
 * Spans and positions are UTF-16 indices; the reader converts code points.
 */

import { cliticBoundaries } from './proclitics';
import { clusterEnd, clusterFrom, clusterStart, clusterUpTo, isWordCluster, wordAt } from './text-clusters';
import { moveEdge, type Span } from './text-navigation';

/** How far one edge move goes. */
export type EdgeUnit = 'word' | 'clitic' | 'grapheme';
export const EDGE_UNITS = ['word', 'clitic', 'grapheme'] as const satisfies readonly EdgeUnit[];

/** How far a move looks for the next boundary, in UTF-16 units (a long run of punctuation ends the search). */
const REACH = 4000;

/** True when a span may start at UTF-16 index `u` for moves by `unit`. */
function startsAt(text: string, u: number, unit: EdgeUnit): boolean {
  if (unit === 'grapheme') return clusterStart(text, u) === u && isWordCluster(clusterFrom(text, u));
  const word = wordAt(text, u);
  if (!word) return false;
  if (word.start === u) return true;
  return unit === 'clitic' && cliticBoundaries(text.slice(word.start, word.end)).includes(u - word.start);
}

/** True when a span may end at UTF-16 index `u` for moves by `unit` (clitic moves end at word ends). */
function endsAt(text: string, u: number, unit: EdgeUnit): boolean {
  if (unit === 'grapheme') return clusterEnd(text, u) === u && isWordCluster(clusterUpTo(text, u));
  return wordAt(text, u - 1)?.end === u;
}

/** The first `u` from `from` stepping by `step` (±1) up to `to` (exclusive) for which `ok` holds, or null. */
function scan(from: number, to: number, step: 1 | -1, ok: (u: number) => boolean): number | null {
  for (let u = from, n = 0; step === 1 ? u < to : u > to; u += step, n++) {
    if (n > REACH) return null;
    if (ok(u)) return u;
  }
  return null;
}

/**
 * Moves one edge of `span` (UTF-16) by one `unit`: "grow" takes in more
 * text on that side, "shrink" gives some up. Null when the move is
 * impossible (text edge, or nothing would be left).
 */
export function moveEdgeBy(
  text: string,
  span: Span,
  edge: 'start' | 'end',
  how: 'grow' | 'shrink',
  unit: EdgeUnit,
): Span | null {
  const move: EdgeMove = { edge, how, unit };
  let moved = moveOnce(text, span, move);
  // A tatweel is no place for an edge (snapping trims it): "بـ|حماس" ends no span, "لـ" alone neither.
  for (let n = 0; moved && onTatweel(text, moved, edge) && n < REACH; n++) {
    moved = moveOnce(text, moved, move);
  }
  return moved;
}

const TATWEEL = /^\u0640\p{M}*$/u;

/** True when the moved edge of `span` starts on, or ends after, a tatweel. */
function onTatweel(text: string, span: Span, edge: 'start' | 'end'): boolean {
  const cluster = edge === 'start' ? clusterFrom(text, span.start) : clusterUpTo(text, span.end);
  return TATWEEL.test(cluster?.text ?? '');
}

/** Which edge a move takes, which way and by what step. */
interface EdgeMove {
  edge: 'start' | 'end';
  how: 'grow' | 'shrink';
  unit: EdgeUnit;
}

/** One step of moveEdgeBy, wherever it lands. */
function moveOnce(text: string, span: Span, { edge, how, unit }: EdgeMove): Span | null {
  if (unit === 'word') return moveEdge(text, span, edge, how);
  if (edge === 'start') {
    const at =
      how === 'grow'
        ? scan(span.start - 1, -1, -1, (u) => startsAt(text, u, unit))
        : scan(span.start + 1, span.end, 1, (u) => startsAt(text, u, unit));
    return at === null ? null : { start: at, end: span.end };
  }
  const at =
    how === 'grow'
      ? scan(span.end + 1, text.length + 1, 1, (u) => endsAt(text, u, unit))
      : scan(span.end - 1, span.start, -1, (u) => endsAt(text, u, unit));
  return at === null ? null : { start: span.start, end: at };
}
