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

/** A tatweel (kashida) cluster: the stroke that writes a proclitic apart from its word ("بـحماس", "لـ12"). */
const TATWEEL = /^\u0640\p{M}*$/u;
/** A lam cluster of its own (with harakat), not lam-alef: only such a lam can be the article's after "ل". */
const LONE_LAM = /^\u0644\p{M}*$/u;

/** First code point of each cluster of `word`. */
function basesOf(word: string): { parts: string[]; base: (i: number) => string } {
  const parts = clustersOfLine(word, 0).map((c) => c.text);
  return { parts, base: (i) => [...(parts[i] ?? '')][0] ?? '' };
}

/** Index of the first cluster at or after `k` that is not a tatweel. */
function pastTatweel(parts: readonly string[], k: number): number {
  let i = k;
  while (TATWEEL.test(parts[i] ?? '')) i++;
  return i;
}

/**
 * Cluster counts after which a proclitic chain can end: after a conjunction,
 * after a preposition, after "لل" (in that order), each with the tatweel
 * that may follow it, and each leaving at least two clusters (`all` keeps
 * those leaving none: a proclitic written apart, "لـ"). `lamLam` marks the
 * counts that end on the article's lam; a lam drawn with its alef ("للأسرى")
 * is never split, so it ends no chain.
 */
function chainCandidates(word: string, all = false): { n: number; lamLam: boolean; stem: number }[] {
  const { parts, base } = basesOf(word);
  const out: { n: number; lamLam: boolean }[] = [];
  let k = 0;
  if (CONJUNCTIONS.has(base(k))) {
    k = pastTatweel(parts, k + 1);
    out.push({ n: k, lamLam: false });
  }
  if (PREPOSITIONS.has(base(k))) {
    const lam = base(k) === 'ل';
    k = pastTatweel(parts, k + 1);
    out.push({ n: k, lamLam: false });
    if (lam && LONE_LAM.test(parts[k] ?? '') && !TATWEEL.test(parts[k - 1] ?? '')) {
      out.push({ n: k + 1, lamLam: true });
    }
  }
  return out
    .map((c) => ({ ...c, stem: parts.length - c.n }))
    .filter((c) => c.stem >= MIN_STEM || (all && c.stem === 0));
}

/**
 * True when `word` is nothing but proclitics written apart with a tatweel
 * ("لـ" in «لـ"حماس"», "وبـ" in "وبـ12"): the word that follows is theirs.
 */
export function isDetachedProclitic(word: string): boolean {
  const last = clustersOfLine(word, 0).at(-1)?.text ?? '';
  return TATWEEL.test(last) && chainCandidates(word, true).some((c) => c.stem === 0);
}

/**
 * UTF-16 offsets inside `word` (a whole word, no spaces) where a span may
 * start after proclitics: after و/ف, after ب/ك/ل, after "لل", and after the
 * article "ال" (when its lam is not drawn as lam-alef), each leaving at
 * least two clusters; a tatweel after a proclitic goes with it ("بـ|حماس").
 * Ascending; never 0 nor the word's length.
 */
export function cliticBoundaries(word: string): number[] {
  const clusters = clustersOfLine(word, 0);
  const { base } = basesOf(word);
  const candidates = chainCandidates(word);
  const counts = new Set(candidates.map((c) => c.n));
  const chainEnd = Math.max(0, ...candidates.filter((c) => !c.lamLam).map((c) => c.n));
  // The article after the chain: "ال" whose lam is a cluster of its own (not lam-alef).
  const article = base(chainEnd) === 'ا' && LONE_LAM.test(clusters[chainEnd + 1]?.text ?? '');
  if (article && clusters.length - chainEnd - 2 >= MIN_STEM) counts.add(chainEnd + 2);
  return [...counts].sort((a, b) => a - b).map((n) => clusters[n - 1]?.end ?? 0);
}

/**
 * Number of leading clusters of `word` that are proclitics: an optional
 * conjunction (و ف), an optional preposition (ب ك ل) or "لل" (ل + the article
 * whose alef is dropped, never split from an alef: "للأسرى"), each with the
 * tatweel that may follow it. Stripped only when what remains starts with the
 * article "ال" or is itself a known word, or when a tatweel writes the
 * proclitic apart ("بـحماس"): "ويتكوف" keeps its "و" unless "يتكوف" stands
 * alone somewhere.
 */
export function procliticLength(word: string, knownWords: WordLookup = new Set<string>()): number {
  const { parts, base } = basesOf(word);
  for (const { n, lamLam } of chainCandidates(word).reverse()) {
    const restText = parts.slice(n).join('');
    const written = TATWEEL.test(parts[n - 1] ?? ''); // "بـحماس": the tatweel says it is a proclitic
    if (
      lamLam ||
      written ||
      (base(n) === 'ا' && base(n + 1) === 'ل') ||
      knownWords.has(normalizeArabic(restText))
    ) {
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
