/**
 * Cleaning up a user's selection before it becomes an annotation: the span
 * never starts or ends on spaces or punctuation, and never cuts a letter off
 * its combining marks (harakat, shadda), which follow the letter they belong to.
 */

import type { CodePointIndex } from './code-points';

const EDGE = /[\p{White_Space}\p{P}\p{S}\u0640]/u; // spaces, punctuation, symbols, tatweel
const MARK = /\p{M}/u;

function codePointAt(index: CodePointIndex, cp: number): string {
  const u = index.toUtf16(cp);
  return String.fromCodePoint(index.text.codePointAt(u) ?? 0);
}

/**
 * Returns [start, end) shrunk past leading/trailing spaces and punctuation and
 * grown so no combining mark is split from its base; null when nothing is left.
 */
export function tidySpan(index: CodePointIndex, start: number, end: number): [number, number] | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(index.length, Math.max(start, end));
  // A start on a combining mark moves back to its base letter.
  while (s > 0 && s < e && MARK.test(codePointAt(index, s))) s--;
  // An end just before combining marks takes them along.
  while (e < index.length && MARK.test(codePointAt(index, e))) e++;
  while (s < e && EDGE.test(codePointAt(index, s))) s++;
  while (e > s && EDGE.test(codePointAt(index, e - 1))) e--;
  return e > s ? [s, e] : null;
}
