/**
 * What the FTS5 index stores and how a query is asked of it: each word of a
 * title or text becomes its normalised form and its proclitic stems (the
 * shared terms of shared/search-terms.ts), and a query becomes an FTS5 MATCH
 * expression in which every word must match (AND) through its normalised form
 * or one of its stems (OR), words of four letters or more also as prefixes.
 */

import { indexTerms, queryTerms, WORD_SEPARATOR } from '../../../shared/search-terms';

/**
 * `indexTerms` of each distinct word, memoised: a library repeats the same
 * words across articles, and normalising and stemming every occurrence was a
 * large part of a build. Bounded; cleared when full.
 */
const TERMS = new Map<string, string[]>();
const MAX_TERMS = 200_000;

/** The index terms of one word (its normalised form and its stems), memoised. */
export function cachedIndexTerms(word: string): string[] {
  let terms = TERMS.get(word);
  if (terms === undefined) {
    terms = indexTerms(word);
    if (TERMS.size >= MAX_TERMS) TERMS.clear();
    TERMS.set(word, terms);
  }
  return terms;
}

/**
 * The indexed form of `text`: every word's normalised form followed by its
 * stems, separated by single spaces (what the FTS5 column holds; never shown).
 */
export function indexedColumn(text: string): string {
  const out: string[] = [];
  for (const word of text.split(WORD_SEPARATOR)) {
    if (word) for (const term of cachedIndexTerms(word)) out.push(term);
  }
  return out.join(' ');
}

/** Query words this long or longer (UTF-16 units of the normalised form) also match as prefixes. */
export const PREFIX_FROM = 4;

/** `term` as an FTS5 string (double quotes doubled), with `*` when it is long enough to match as a prefix. */
function ftsString(term: string): string {
  const quoted = `"${term.replaceAll('"', '""')}"`;
  return term.length >= PREFIX_FROM ? `${quoted}*` : quoted;
}

/** The FTS5 MATCH expression for `query`, or null when it has no words. */
export function matchExpression(query: string): string | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  return terms.map((t) => `(${t.alternatives.map(ftsString).join(' OR ')})`).join(' AND ');
}
