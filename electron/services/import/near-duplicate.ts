/**
 * Near-duplicate detection for imports: the same article saved twice (two
 * tools, two saves) is caught when its canonical URL matches, when its body
 * is the same after the search normaliser (Arabic variants, case, punctuation
 * and spacing folded), or when the two bodies overlap almost entirely:
 * 5-word shingles, a 128-hash MinHash signature, and an estimated Jaccard
 * similarity of at least 0.85.
 */

import { normalizeArabic } from '../../../shared/arabic-normalize';
import type { ScreenedFile } from './import-screen';

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
/** Hash functions in a MinHash signature. */
export const SIGNATURE_SIZE = 128;
/** Estimated Jaccard similarity of shingle sets from which two bodies are likely duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.85;
/** Lengths (code points) further apart than this factor are never compared (far wider than a Jaccard of 0.85 allows). */
export const LENGTH_FACTOR = 1.4;

/** What a library article contributes to duplicate detection. */
export interface DuplicateKey {
  id: string;
  title: string;
  /** Canonical URL, normalised (no fragment, no trailing slash), or "". */
  url: string;
  /** The normalised body, or a digest of it (only ever compared for equality). */
  body: string;
  signature: Uint32Array;
}

/**
 * Where a batch import asks for likely duplicates: the library's articles
 * plus those the batch has added so far. `screen` reads a run of files and
 * answers for each, in order (import-screen.ts), holding each that is no
 * duplicate under its new id (compared from then on); `find` answers for
 * one text and URL; `add` holds an article the batch added anyway (a
 * duplicate kept or replacing); `drop` forgets held articles the library
 * did not take after all; `end` forgets what the batch held (it is in the
 * library by then, or was never listed).
 */
export interface DuplicateFinder {
  screen(paths: readonly string[]): Promise<ScreenedFile[]>;
  find(text: string, url: string): Promise<LikelyDuplicate | null>;
  add(id: string, title: string, text: string, url: string): void;
  drop(ids: readonly string[]): void;
  end(): Promise<void>;
}

/** Whether two articles of these lengths (code points) are close enough in length to be compared at all. */
export function comparableLengths(a: number, b: number): boolean {
  const ratio = a / Math.max(1, b);
  return ratio <= LENGTH_FACTOR && ratio >= 1 / LENGTH_FACTOR;
}

export type DuplicateReason = 'same-url' | 'same-text' | 'near-duplicate';

export interface LikelyDuplicate {
  id: string;
  title: string;
  reason: DuplicateReason;
  /** Estimated Jaccard similarity of the two bodies' shingles (1 for the same text). */
  similarity: number;
}

/** The body folded for comparison: search normaliser, lower case, letters and digits only, single spaces. */
export function normalizedBody(text: string): string {
  return normalizeArabic(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A URL without its fragment, query-free tracking, "www." and trailing slash; "" when empty. */
export function comparableUrl(url: string): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    return `${parsed.host.replace(/^www\./u, '')}${parsed.pathname.replace(/\/+$/u, '')}`.toLowerCase();
  } catch {
    return '';
  }
}

/** FNV-1a 32-bit hash of `text`'s UTF-16 units from `start` to `end` (no substring is built). */
function fnv1a(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Fixed odd multipliers and offsets for the signature's hash functions (a seeded generator, so signatures are stable). */
const [MULTIPLIERS, OFFSETS] = (() => {
  const a = new Uint32Array(SIGNATURE_SIZE);
  const b = new Uint32Array(SIGNATURE_SIZE);
  let state = 0x9e3779b9;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x297a2d39) >>> 0;
    return state;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    a[i] = next() | 1;
    b[i] = next();
  }
  return [a, b];
})();

/** The space that separates a normalised body's words. */
const SPACE = 0x20;

/**
 * MinHash signature of a normalised body's 5-word shingles (a body shorter
 * than one shingle is one shingle). A shingle is hashed in place: in a
 * normalised body (single spaces, trimmed) words i..i+4 joined by spaces are
 * the slice from word i's start to word i+4's end.
 */
export function signatureOf(body: string): Uint32Array {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) === SPACE) continue;
    starts.push(i);
    while (i < body.length && body.charCodeAt(i) !== SPACE) i++;
    ends.push(i);
  }
  // Each shingle's hash; one repeated is harmless, since a minimum over several equal values is that value.
  const last = Math.max(1, starts.length - SHINGLE_WORDS + 1);
  const hashes = new Uint32Array(last);
  for (let i = 0; i < last; i++) {
    const end = ends[Math.min(i + SHINGLE_WORDS, ends.length) - 1] ?? 0;
    hashes[i] = fnv1a(body, starts[i] ?? 0, end);
  }
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    const multiplier = MULTIPLIERS[k] as number;
    const offset = OFFSETS[k] as number;
    let least = 0xffffffff;
    for (let i = 0; i < last; i++) {
      const value = (Math.imul(hashes[i] as number, multiplier) + offset) >>> 0;
      if (value < least) least = value;
    }
    signature[k] = least;
  }
  return signature;
}

/** Share of equal positions in two signatures: an estimate of the shingle sets' Jaccard similarity. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** The key of an article's text and URL. */
export function duplicateKey(id: string, title: string, text: string, url: string): DuplicateKey {
  const body = normalizedBody(text);
  return { id, title, url: comparableUrl(url), body, signature: signatureOf(body) };
}

/** The article of `known` that `candidate` most likely duplicates, or null. */
export function findLikelyDuplicate(
  candidate: DuplicateKey,
  known: Iterable<DuplicateKey>,
): LikelyDuplicate | null {
  let best: LikelyDuplicate | null = null;
  for (const other of known) {
    if (candidate.url && candidate.url === other.url) {
      return {
        id: other.id,
        title: other.title,
        reason: 'same-url',
        similarity: similarity(candidate.signature, other.signature),
      };
    }
    if (candidate.body === other.body)
      return { id: other.id, title: other.title, reason: 'same-text', similarity: 1 };
    const score = similarity(candidate.signature, other.signature);
    if (score >= NEAR_DUPLICATE_THRESHOLD && (!best || score > best.similarity)) {
      best = { id: other.id, title: other.title, reason: 'near-duplicate', similarity: score };
    }
  }
  return best;
}
