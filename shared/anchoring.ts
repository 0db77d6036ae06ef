/**
 * Anchoring annotations into immutable canonical text. An annotation stores
 * code point offsets plus a quote with prefix and suffix; on load the quote is
 * checked at its offsets, and a mismatch moves the annotation only with
 * evidence: another occurrence of the quote that sits on word boundaries
 * (as the stored one did) and whose context agrees (CONTEXT_EVIDENCE code
 * points of prefix or suffix). Anything else is orphaned, never moved.
 */

import { CONTEXT_LENGTH, type QuoteSelector } from './model';
import { CodePointIndex } from './code-points';
import { cliticBoundaries } from './proclitics';
import { wordAt } from './text-clusters';

/**
 * Code points of stored context that must agree, right next to a new
 * occurrence, on at least one side (all of it when the stored side is
 * shorter; an empty side agrees only at that end of the text).
 */
export const CONTEXT_EVIDENCE = 8;

/** Builds the quote selector for [start, end) of `text` (code points). */
export function quoteSelector(index: CodePointIndex, start: number, end: number): QuoteSelector {
  const text = index.text;
  const s = index.toUtf16(start);
  const e = index.toUtf16(end);
  const ps = index.toUtf16(Math.max(0, start - CONTEXT_LENGTH));
  const se = index.toUtf16(end + CONTEXT_LENGTH);
  return { quote: text.slice(s, e), prefix: text.slice(ps, s), suffix: text.slice(e, se) };
}

/** An annotation that was moved on load because its quote was found elsewhere with evidence (code points). */
export interface AnchorMove {
  articleId: string;
  id: string;
  quote: string;
  from: { start: number; end: number };
  to: { start: number; end: number };
}

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number }
  | { status: 'reanchored'; start: number; end: number }
  | { status: 'orphaned' };

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/** Code points two strings share at their ends (`fromEnd`) or starts. */
function agreement(a: string, b: string, fromEnd: boolean): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length) {
    const i = fromEnd ? x.length - 1 - n : n;
    const j = fromEnd ? y.length - 1 - n : n;
    if (x[i] !== y[j]) break;
    n++;
  }
  return n;
}

/** True when the text agrees with `stored` context enough, or the empty stored side matches the text's end. */
function supports(stored: string, actual: string, fromEnd: boolean, atTextEdge: boolean): boolean {
  const length = [...stored].length;
  if (length === 0) return atTextEdge;
  return agreement(stored, actual, fromEnd) >= Math.min(CONTEXT_EVIDENCE, length);
}

/**
 * True when the occurrence of the quote at UTF-16 [at, end) sits on the same
 * kind of boundary as the stored one: each edge is a word boundary (a start
 * may also be a clitic boundary, "حماس" in "وحماس"), or the text there goes on
 * exactly as the stored context did (a span made inside a word on purpose).
 */
function onBoundaries(text: string, at: number, end: number, target: QuoteSelector): boolean {
  const before = text[at - 1];
  const after = text[end];
  let startOk = !isWordChar(before) || !isWordChar(text[at]) || before === target.prefix.at(-1);
  if (!startOk) {
    const word = wordAt(text, at);
    startOk = word !== null && cliticBoundaries(text.slice(word.start, word.end)).includes(at - word.start);
  }
  const endOk = !isWordChar(after) || !isWordChar(text[end - 1]) || after === target.suffix[0];
  return startOk && endOk;
}

/**
 * Checks that [start, end) still holds `quote`; otherwise looks for the
 * quote elsewhere and moves there only with evidence (see the module
 * comment): among those occurrences, the one with the most context in
 * agreement, then the nearest. Orphaned when there is none.
 */
export function anchor(
  index: CodePointIndex,
  target: QuoteSelector & { start: number; end: number },
): AnchorResult {
  const text = index.text;
  const { quote, prefix, suffix, start, end } = target;
  if (start >= 0 && end > start && end <= index.length) {
    if (text.slice(index.toUtf16(start), index.toUtf16(end)) === quote) {
      return { status: 'anchored', start, end };
    }
  }
  if (quote.length === 0) return { status: 'orphaned' };

  let best: { at: number; score: number; distance: number } | undefined;
  const wanted = index.toUtf16(Math.max(0, Math.min(start, index.length)));
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const after = at + quote.length;
    if (!onBoundaries(text, at, after, target)) continue;
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const next = text.slice(after, after + suffix.length);
    const prefixOk = supports(prefix, before, true, at === 0);
    const suffixOk = supports(suffix, next, false, after === text.length);
    if (!prefixOk && !suffixOk) continue;
    const score = agreement(prefix, before, true) + agreement(suffix, next, false);
    const distance = Math.abs(at - wanted);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { at, score, distance };
    }
  }
  if (!best) return { status: 'orphaned' };
  return {
    status: 'reanchored',
    start: index.toCodePoint(best.at),
    end: index.toCodePoint(best.at + quote.length),
  };
}
