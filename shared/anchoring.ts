/**
 * Anchoring annotations into immutable canonical text. An annotation stores
 * code point offsets plus a quote with prefix and suffix; on load the quote is
 * checked, a mismatch is re-found by quote and context, and anything that
 * cannot be found is reported as orphaned, never silently moved.
 */

import { CONTEXT_LENGTH, type QuoteSelector } from './model';
import { CodePointIndex } from './code-points';

/** Builds the quote selector for [start, end) of `text` (code points). */
export function quoteSelector(index: CodePointIndex, start: number, end: number): QuoteSelector {
  const text = index.text;
  const s = index.toUtf16(start);
  const e = index.toUtf16(end);
  const ps = index.toUtf16(Math.max(0, start - CONTEXT_LENGTH));
  const se = index.toUtf16(end + CONTEXT_LENGTH);
  return { quote: text.slice(s, e), prefix: text.slice(ps, s), suffix: text.slice(e, se) };
}

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number }
  | { status: 'reanchored'; start: number; end: number }
  | { status: 'orphaned' };

/**
 * Checks that [start, end) still holds `quote`; otherwise looks for the quote
 * elsewhere, preferring an occurrence whose context matches, then the nearest.
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
  const wanted = index.toUtf16(Math.max(0, start));
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(at + quote.length, at + quote.length + suffix.length);
    const score = (before === prefix ? 1 : 0) + (after === suffix ? 1 : 0);
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
