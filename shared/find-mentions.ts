/**
 * "Tag all mentions": finds the other occurrences of a phrase in an article
 * with the shared Arabic normaliser (hamza forms, alef maqsura, ta marbuta,
 * diacritics and tatweel do not matter). A match must be whole words, except
 * that proclitics (و ف ب ك ل) may precede it inside the first word, so
 * "وويتكوف" counts as a mention of "ويتكوف" and tags just the name.
 */

import type { CodePointIndex } from './code-points';
import { normalizeArabic, normalizeWithMap } from './arabic-normalize';
import { clusterEnd } from './text-clusters';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARKS = /\p{M}/gu;
const PROCLITICS = /^[وف]?[بكل]?$/u;

/** Normalised text with its map back to UTF-16; build once per article and reuse. */
export interface NormalizedText {
  normalized: string;
  map: number[];
}

export function normalizeText(text: string): NormalizedText {
  return normalizeWithMap(text);
}

function isWordChar(text: string, u: number): boolean {
  const cp = text.codePointAt(u);
  return cp !== undefined && WORD_CHAR.test(String.fromCodePoint(cp));
}

function charBefore(text: string, u: number): string {
  const low = text.charCodeAt(u - 1);
  return low >= 0xdc00 && low <= 0xdfff && u >= 2 ? text.slice(u - 2, u) : text.slice(u - 1, u);
}

/** True when `text` just before UTF-16 index `u` is a word start, possibly after proclitics only. */
function startsWord(text: string, u: number): boolean {
  let w = u;
  while (w > 0 && /[\p{L}\p{M}\p{N}]/u.test(charBefore(text, w))) w -= charBefore(text, w).length;
  return PROCLITICS.test(text.slice(w, u).replace(MARKS, ''));
}

/**
 * Every whole-word occurrence of each phrase in the text, as [start, end)
 * code point spans in text order, without duplicates. Empty phrases are ignored.
 */
export function findMentions(
  index: CodePointIndex,
  phrases: readonly string[],
  prepared: NormalizedText = normalizeText(index.text),
): [number, number][] {
  const { normalized, map } = prepared;
  const text = index.text;
  const found = new Map<string, [number, number]>();
  for (const phrase of phrases) {
    const query = normalizeArabic(phrase).trim();
    if (query.length === 0) continue;
    for (let at = normalized.indexOf(query); at !== -1; at = normalized.indexOf(query, at + 1)) {
      const s = map[at] as number;
      const e = clusterEnd(text, map[at + query.length] as number);
      if (isWordChar(text, e) || !startsWord(text, s)) continue;
      const span: [number, number] = [index.toCodePoint(s), index.toCodePoint(e)];
      found.set(`${span[0]}:${span[1]}`, span);
    }
  }
  return [...found.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The phrases that name a mention: the quote, and the entity's Arabic and English names and aliases. */
export function mentionPhrases(
  quote: string,
  entity?: { name: { ar: string; en: string }; aliases: readonly string[] },
): string[] {
  const names = entity ? [entity.name.ar, entity.name.en, ...entity.aliases] : [];
  return [...new Set([quote, ...names].map((p) => p.trim()).filter((p) => p.length > 0))];
}

/**
 * `findMentions` without the spans an annotation tagged `tag` already
 * overlaps ("tag all mentions" adds only what is not yet tagged so).
 */
export function untaggedMentions(
  index: CodePointIndex,
  phrases: readonly string[],
  annotations: readonly { tag: string; start: number; end: number }[],
  tag: string | undefined,
  prepared?: NormalizedText,
): [number, number][] {
  const sameTag = tag === undefined ? [] : annotations.filter((x) => x.tag === tag);
  return findMentions(index, phrases, prepared).filter(
    ([s, e]) => !sameTag.some((x) => x.start < e && s < x.end),
  );
}
