/**
 * Search terms for Arabic and English: the shared normaliser applied to every
 * word, plus light prefix stripping for Arabic proclitics (و ف ب ل ك and the
 * article ال, alone or combined: "والأسرى", "بالأسرى", "للأسرى" all reach
 * "اسري"). The index stores a word and its stems; a query word matches either.
 */

import { normalizeArabic } from './arabic-normalize';

/** Proclitic combinations, longest first. */
const PROCLITICS = [
  'وبال',
  'وكال',
  'فبال',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'فلل',
  'لل',
  'ال',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
];
/** A stem keeps at least this many letters, so short words are not cut to nothing ("ولد" stays whole). */
const MIN_STEM = 3;
const ARABIC = /^[\u0621-\u064A\u0671-\u06D3]+$/u;
/** A proclitic written before a number ("الـ36", "بـ2024", tatweel already dropped): the number is its stem. */
const PROCLITIC_NUMBER = /^([\u0621-\u064A]{1,4})([0-9]+)$/u;

/** Splits text into words the way the index does (on spaces and punctuation). */
export const WORD_SEPARATOR = /[\s\p{P}\p{S}]+/u;

/** Normalised form of one word for matching. */
export function normalizeTerm(word: string): string {
  return normalizeArabic(word);
}

/** The stems of a normalised word after removing proclitics (the word itself excluded); a number keeps every digit. */
export function cliticStems(term: string): string[] {
  const number = PROCLITIC_NUMBER.exec(term);
  if (number) return PROCLITICS.includes(number[1] ?? '') ? [number[2] ?? ''] : [];
  if (!ARABIC.test(term)) return [];
  const stems = new Set<string>();
  for (const prefix of PROCLITICS) {
    if (term.startsWith(prefix) && term.length - prefix.length >= MIN_STEM)
      stems.add(term.slice(prefix.length));
  }
  return [...stems];
}

/** Terms indexed for one word: its normalised form and its stems. */
export function indexTerms(word: string): string[] {
  const term = normalizeTerm(word);
  return term ? [term, ...cliticStems(term)] : [];
}

/** A query's words, normalised; each with the alternatives that may match it. */
export function queryTerms(query: string): { term: string; alternatives: string[] }[] {
  return query
    .split(WORD_SEPARATOR)
    .map(normalizeTerm)
    .filter((term) => term.length > 0)
    .map((term) => ({ term, alternatives: [term, ...cliticStems(term)] }));
}

/** True when `prefix` (normalised text between a word's start and a match) is a proclitic or nothing. */
export function isProcliticPrefix(prefix: string): boolean {
  return prefix === '' || PROCLITICS.includes(prefix);
}
