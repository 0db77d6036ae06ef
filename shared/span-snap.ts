/**
 * Arabic-aware snapping of a selection before it becomes an annotation: the
 * span never splits a grapheme cluster (a letter keeps its harakat, lam-alef
 * stays whole), is trimmed of spaces and punctuation, by default grows to
 * whole words, and can leave Arabic proclitics (و ف ب ك ل) out of its first
 * word. Works on Latin words and digits the same way. Offsets are code points.
 */

import type { CodePointIndex } from './code-points';
import { normalizeArabic } from './arabic-normalize';

/** A set of normalised words that can only be asked about (a Set, or one built lazily: see lazyKnownWords). */
export interface WordLookup {
  has(word: string): boolean;
}

export interface SnapOptions {
  /** Grow the span to whole words (default true). */
  words?: boolean;
  /** Leave proclitics out of the first word (only with `words`). */
  clitics?: boolean;
  /** Normalised words known to stand alone (see knownWordsOf); lets "وويتكوف" lose its "و". */
  knownWords?: WordLookup;
}

const EDGE = /^[\p{White_Space}\p{P}\p{S}\u0640]/u; // spaces, punctuation, symbols, tatweel
const WORD = /^[\p{L}\p{M}\p{N}]/u;
const ZW = /^[\u200c\u200d]/u;
const LAM_ALEF_SECOND = /^[اأإآٱ]/u;
const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ب', 'ك', 'ل']);

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A grapheme cluster of the text: [start, end) in UTF-16 units. */
interface Cluster {
  start: number;
  end: number;
  text: string;
}

/**
 * The line of `text` around UTF-16 index `u` ("\n" always breaks clusters), as
 * extended grapheme clusters, with lam + alef merged into one unit.
 */
function clustersOfLine(text: string, u: number): Cluster[] {
  const from = text.lastIndexOf('\n', u - 1) + 1;
  const nl = text.indexOf('\n', u);
  const to = nl === -1 ? text.length : nl;
  const out: Cluster[] = [];
  for (const seg of graphemes.segment(text.slice(from, to))) {
    const prev = out[out.length - 1];
    // Lam followed by an alef is drawn as one ligature (lam-alef): keep the two together.
    if (prev && prev.text.startsWith('ل') && LAM_ALEF_SECOND.test(seg.segment)) {
      prev.end += seg.segment.length;
      prev.text += seg.segment;
      continue;
    }
    out.push({ start: from + seg.index, end: from + seg.index + seg.segment.length, text: seg.segment });
  }
  return out;
}

/** The cluster starting at UTF-16 index `u` ("\n" is a cluster of its own). */
function clusterFrom(text: string, u: number): Cluster | undefined {
  if (text[u] === '\n') return { start: u, end: u + 1, text: '\n' };
  return clustersOfLine(text, u).find((c) => c.start === u);
}

/** The cluster ending at UTF-16 index `u`. */
function clusterUpTo(text: string, u: number): Cluster | undefined {
  if (text[u - 1] === '\n') return { start: u - 1, end: u, text: '\n' };
  return clustersOfLine(text, u - 1).find((c) => c.end === u);
}

/** Start (UTF-16) of the cluster containing `u`; `u` itself when it is a boundary. */
export function clusterStart(text: string, u: number): number {
  if (u <= 0 || u >= text.length) return Math.max(0, Math.min(u, text.length));
  for (const c of clustersOfLine(text, u)) if (c.start <= u && u < c.end) return c.start;
  return u;
}

/** End (UTF-16) of the cluster containing `u - 1`; `u` itself when it is a boundary. */
export function clusterEnd(text: string, u: number): number {
  if (u <= 0 || u >= text.length) return Math.max(0, Math.min(u, text.length));
  for (const c of clustersOfLine(text, u)) if (c.start < u && u < c.end) return c.end;
  return u;
}

function isWordCluster(c: Cluster | undefined): boolean {
  return c !== undefined && (WORD.test(c.text) || ZW.test(c.text));
}

/**
 * The word (maximal run of letter/mark/digit clusters) whose cluster holds
 * UTF-16 index `u`, or null. With `caret`, a position just after a word (a
 * click at its end) also means that word.
 */
export function wordAt(text: string, u: number, caret = false): { start: number; end: number } | null {
  const line = clustersOfLine(text, Math.min(u, text.length));
  let i = line.findIndex((c) => c.start <= u && u < c.end);
  if (i === -1 || !isWordCluster(line[i])) {
    if (!caret) return null;
    // A caret just after a word (at its end) still means that word.
    i = line.findIndex((c) => c.end === u);
    if (i === -1 || !isWordCluster(line[i])) return null;
  }
  let a = i;
  let b = i;
  while (a > 0 && isWordCluster(line[a - 1])) a--;
  while (b < line.length - 1 && isWordCluster(line[b + 1])) b++;
  return { start: (line[a] as Cluster).start, end: (line[b] as Cluster).end };
}

/**
 * Number of leading clusters of `word` that are proclitics: an optional
 * conjunction (و ف), an optional preposition (ب ك ل) or "لل" (ل + the article
 * whose alef is dropped). Stripped only when what remains starts with the
 * article "ال" or is itself a known word: "ويتكوف" keeps its "و" unless
 * "يتكوف" stands alone somewhere.
 */
export function procliticLength(word: string, knownWords: WordLookup = new Set<string>()): number {
  const parts = clustersOfLine(word, 0).map((c) => c.text);
  const base = (i: number): string => [...(parts[i] ?? '')][0] ?? '';
  const candidates: number[] = [];
  let k = 0;
  if (CONJUNCTIONS.has(base(k))) candidates.push(++k);
  if (PREPOSITIONS.has(base(k))) {
    candidates.push(++k);
    if (base(k - 1) === 'ل' && base(k) === 'ل') candidates.push(k + 1);
  }
  for (const n of candidates.reverse()) {
    const rest = parts.slice(n);
    if (rest.length < 2) continue;
    const restText = rest.join('');
    const lamLam = base(n - 1) === 'ل' && base(n - 2) === 'ل';
    if (lamLam || (base(n) === 'ا' && base(n + 1) === 'ل') || knownWords.has(normalizeArabic(restText))) {
      return n;
    }
  }
  return 0;
}

/** UTF-16 length of the proclitics at the start of `word` (a span of `text`). */
function procliticUnits(text: string, word: { start: number; end: number }, options: SnapOptions): number {
  const w = text.slice(word.start, word.end);
  const cut = procliticLength(w, options.knownWords);
  return clustersOfLine(w, 0)[cut - 1]?.end ?? 0;
}

/** Normalised standalone words of `text`, for procliticLength. */
export function knownWordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) words.add(normalizeArabic(m[0]));
  return words;
}

/** knownWordsOf, computed on the first question only (a long article costs ~100 ms to scan, not worth paying at open). */
export function lazyKnownWords(text: string): WordLookup {
  let words: Set<string> | null = null;
  return { has: (word) => (words ??= knownWordsOf(text)).has(word) };
}

/**
 * Snaps [start, end) (code points, either order) to grapheme clusters, trims
 * spaces and punctuation, grows it to whole words and optionally drops the
 * first word's proclitics. Null when nothing is left. Idempotent.
 */
export function snapSpan(
  index: CodePointIndex,
  start: number,
  end: number,
  options: SnapOptions = {},
): [number, number] | null {
  const text = index.text;
  const words = options.words ?? true;
  let s = clusterStart(text, index.toUtf16(Math.max(0, Math.min(start, end))));
  let e = clusterEnd(text, index.toUtf16(Math.min(index.length, Math.max(start, end))));
  if (e <= s) return null;
  // Trim edge clusters that are spaces (line breaks included), punctuation or symbols.
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
  if (e <= s) return null;
  if (words) {
    const first = wordAt(text, s);
    // A selection that starts right after the word's proclitics left them out on purpose: keep that.
    const keepCut =
      first !== null && s > first.start && s === first.start + procliticUnits(text, first, options);
    if (first && first.start < s && !keepCut) s = first.start;
    const last = wordAt(text, e - 1);
    if (last && last.end > e) e = last.end;
    if (options.clitics && first && first.start === s) {
      const skipped = procliticUnits(text, first, options);
      if (s + skipped < e) s += skipped;
    }
  }
  return [index.toCodePoint(s), index.toCodePoint(e)];
}
