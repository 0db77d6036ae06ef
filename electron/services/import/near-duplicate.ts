/**
 * Near-duplicate detection for imports: the same article saved twice (two
 * tools, two saves) is caught when its canonical URL matches, when its body
 * is the same after the search normaliser (Arabic variants, case, punctuation
 * and spacing folded), or when the two bodies overlap almost entirely:
 * 5-word shingles, a 128-hash MinHash signature, and an estimated Jaccard
 * similarity of at least 0.85.
 */

import { normalizeArabic } from '../../../shared/arabic-normalize';

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
/** Hash functions in a MinHash signature. */
export const SIGNATURE_SIZE = 128;
/** Estimated Jaccard similarity of shingle sets from which two bodies are likely duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.85;

/** What a library article contributes to duplicate detection. */
export interface DuplicateKey {
  id: string;
  title: string;
  /** Canonical URL, normalised (no fragment, no trailing slash), or "". */
  url: string;
  /** The normalised body. */
  body: string;
  signature: Uint32Array;
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

/** FNV-1a 32-bit hash of a string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Fixed odd multipliers and offsets for the signature's hash functions (a seeded generator, so signatures are stable). */
const SEEDS = (() => {
  const seeds: [number, number][] = [];
  let state = 0x9e3779b9;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x297a2d39) >>> 0;
    return state;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) seeds.push([next() | 1, next()]);
  return seeds;
})();

/** MinHash signature of a normalised body's 5-word shingles (a body shorter than one shingle is one shingle). */
export function signatureOf(body: string): Uint32Array {
  const words = body.split(' ').filter(Boolean);
  const hashes = new Set<number>();
  const last = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < last; i++) hashes.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const hash of hashes) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const [a, b] = SEEDS[k] ?? [1, 0];
      const value = (Math.imul(hash, a) + b) >>> 0;
      if (value < (signature[k] ?? 0)) signature[k] = value;
    }
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
