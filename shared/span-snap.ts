/**
 * Arabic-aware snapping of a selection before it becomes an annotation. The
 * user's boundaries win: the span never splits a grapheme cluster (a letter
 * keeps its harakat, lam-alef stays whole) and is trimmed of spaces and
 * punctuation (brackets and quotes in pairs); an edge that cuts through a
 * word grows to the whole word, except a start exactly on a clitic boundary
 * (after و ف ب ك ل لل ال, and the tatweel that may follow one), which stays.
 * Proclitics are left out of the first word (for the types that ask) only
 * when the whole word is in the span; a proclitic written apart ("لـ") goes
 * with the marks that follow it.
 * The rules, case by case, are in docs/spans.md. Offsets are code points.
 */

import type { CodePointIndex } from './code-points';
import { keepPairs } from './edge-pairs';
import { cliticBoundaries, isDetachedProclitic, procliticUnits, type WordLookup } from './proclitics';
import { clusterEnd, clusterFrom, clusterStart, clusterUpTo, wordAt } from './text-clusters';

export { clusterEnd, clusterStart, wordAt } from './text-clusters';
export { knownWordsOf, lazyKnownWords, procliticLength, type WordLookup } from './proclitics';

export interface SnapOptions {
  /** Grow an edge that cuts through a word to the whole word (default true). */
  words?: boolean;
  /** Leave proclitics out of the first word when it is wholly in the span (only with `words`). */
  clitics?: boolean;
  /** Normalised words known to stand alone (see knownWordsOf); lets "وويتكوف" lose its "و". */
  knownWords?: WordLookup;
}

const EDGE = /^[\p{White_Space}\p{P}\p{S}\u0640]/u; // spaces, punctuation, symbols, tatweel

/** True when UTF-16 index `u` is a clitic boundary of `word` (a span of `text`). */
function onCliticBoundary(text: string, word: { start: number; end: number }, u: number): boolean {
  return cliticBoundaries(text.slice(word.start, word.end)).some((b) => word.start + b === u);
}

/** [s, e) (UTF-16) without the spaces, punctuation and symbols at its edges; brackets and quotes go in pairs. */
function trimEdges(text: string, s0: number, e0: number): { s: number; e: number } {
  let s = s0;
  let e = e0;
  for (;;) {
    const first = clusterFrom(text, s);
    if (!first || first.end > e || !EDGE.test(first.text)) break;
    s = first.end;
  }
  while (e > s) {
    const last = clusterUpTo(text, e);
    if (!last || last.start < s || !EDGE.test(last.text)) break;
    e = last.start;
  }
  if (e <= s) return { s, e };
  // A partner mark given back may carry harakat ('"َ' is one cluster): keep whole clusters.
  const kept = keepPairs(text, { s, e }, s0, e0);
  return { s: clusterStart(text, kept.s), e: clusterEnd(text, kept.e) };
}

/**
 * Snaps [start, end) (code points, either order) to grapheme clusters, trims
 * spaces and punctuation (brackets and quotes in pairs), grows an edge that
 * cuts through a word to the word's edge (a start on a clitic boundary stays), and
 * with `clitics` drops the proclitics of a first word that is wholly in the
 * span. Null when nothing is left. Idempotent.
 */
export function snapSpan(
  index: CodePointIndex,
  start: number,
  end: number,
  options: SnapOptions = {},
): [number, number] | null {
  const text = index.text;
  const words = options.words ?? true;
  const s0 = clusterStart(text, index.toUtf16(Math.max(0, Math.min(start, end))));
  const e0 = clusterEnd(text, index.toUtf16(Math.min(index.length, Math.max(start, end))));
  if (e0 <= s0) return null;
  let { s, e } = trimEdges(text, s0, e0);
  if (e <= s) return null;
  if (words) {
    const first = wordAt(text, s);
    if (first && first.start < s && !onCliticBoundary(text, first, s)) s = first.start;
    // A proclitic belongs to the word after it: an end inside a word always grows to the word's end.
    const last = wordAt(text, e - 1);
    if (last && last.end > e) e = last.end;
    if (options.clitics && first && first.start === s) {
      const word = text.slice(first.start, first.end);
      const skipped = procliticUnits(word, options.knownWords);
      if (skipped > 0) {
        if (s + skipped < e) s += skipped;
      } else if (isDetachedProclitic(word) && first.end < e) {
        // «لـ"حماس"»: the proclitic written apart goes, and the marks after it as at any edge.
        const rest = trimEdges(text, first.end, e);
        if (rest.e > rest.s) ({ s, e } = rest);
      }
    }
  }
  return [index.toCodePoint(s), index.toCodePoint(e)];
}
