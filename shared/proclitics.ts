/**
 * Arabic proclitics at the start of a word: the conjunctions و ف, the
 * prepositions ب ك ل (with "لل", ل + the article whose alef is dropped) and
 * the article ال. Two questions are answered here: where inside a word a
 * span may start (a clitic boundary, kept when the user's selection starts
 * there) and how many proclitics a whole-word selection loses for the types
 * that leave them out (only when what remains is known to stand alone).
 * Lengths are in grapheme clusters of the word, boundaries in UTF-16 units.
 */

import { normalizeArabic } from './arabic-normalize';
import { clustersOfLine } from './text-clusters';

/** A set of normalised words that can only be asked about (a Set, or one built lazily: see lazyKnownWords). */
export interface WordLookup {
  has(word: string): boolean;
}

const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ب', 'ك', 'ل']);
/** What must be left of a word after its proclitics, in clusters. */
const MIN_STEM = 2;

/** First code point of each cluster of `word`. */
function basesOf(word: string): { parts: string[]; base: (i: number) => string } {
  const parts = clustersOfLine(word, 0).map((c) => c.text);
  return { parts, base: (i) => [...(parts[i] ?? '')][0] ?? '' };
}

/**
 * Cluster counts after which a proclitic chain can end: after a conjunction,
 * after a preposition, after "لل" (in that order), each leaving at least two
 * clusters. `lamLam` marks the counts that end on the article's lam.
 */
function chainCandidates(word: string): { n: number; lamLam: boolean }[] {
  const { parts, base } = basesOf(word);
  const out: { n: number; lamLam: boolean }[] = [];
  let k = 0;
  if (CONJUNCTIONS.has(base(k))) out.push({ n: ++k, lamLam: false });
  if (PREPOSITIONS.has(base(k))) {
    out.push({ n: ++k, lamLam: false });
    if (base(k - 1) === 'ل' && base(k) === 'ل') out.push({ n: k + 1, lamLam: true });
  }
  return out.filter((c) => parts.length - c.n >= MIN_STEM);
}

/**
 * UTF-16 offsets inside `word` (a whole word, no spaces) where a span may
 * start after proclitics: after و/ف, after ب/ك/ل, after "لل", and after the
 * article "ال" (when its lam is not drawn as lam-alef), each leaving at
 * least two clusters. Ascending; never 0 nor the word's length.
 */
export function cliticBoundaries(word: string): number[] {
  const clusters = clustersOfLine(word, 0);
  const { base } = basesOf(word);
  const candidates = chainCandidates(word);
  const counts = new Set(candidates.map((c) => c.n));
  const chainEnd = Math.max(0, ...candidates.filter((c) => !c.lamLam).map((c) => c.n));
  // The article after the chain: "ال" whose lam is a cluster of its own (not lam-alef).
  const article = base(chainEnd) === 'ا' && /^ل\p{M}*$/u.test(clusters[chainEnd + 1]?.text ?? '');
  if (article && clusters.length - chainEnd - 2 >= MIN_STEM) counts.add(chainEnd + 2);
  return [...counts].sort((a, b) => a - b).map((n) => clusters[n - 1]?.end ?? 0);
}

/**
 * Number of leading clusters of `word` that are proclitics: an optional
 * conjunction (و ف), an optional preposition (ب ك ل) or "لل" (ل + the article
 * whose alef is dropped). Stripped only when what remains starts with the
 * article "ال" or is itself a known word: "ويتكوف" keeps its "و" unless
 * "يتكوف" stands alone somewhere.
 */
export function procliticLength(word: string, knownWords: WordLookup = new Set<string>()): number {
  const { parts, base } = basesOf(word);
  for (const { n, lamLam } of chainCandidates(word).reverse()) {
    const restText = parts.slice(n).join('');
    if (lamLam || (base(n) === 'ا' && base(n + 1) === 'ل') || knownWords.has(normalizeArabic(restText))) {
      return n;
    }
  }
  return 0;
}

/** UTF-16 length of the proclitics procliticLength finds at the start of `word`. */
export function procliticUnits(word: string, knownWords?: WordLookup): number {
  const cut = procliticLength(word, knownWords);
  return cut === 0 ? 0 : (clustersOfLine(word, 0)[cut - 1]?.end ?? 0);
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
