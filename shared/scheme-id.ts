/**
 * Ids for new entries of the tag scheme, made from their first label: Arabic
 * transliterated to Latin letters («أسرى» → "asra", «وقف إطلاق النار» →
 * "wqf-itlaq-alnar"), English lower-cased, everything else a hyphen, within
 * the scheme id pattern (a-z, 0-9, "_" and "-", 1–40 characters) and unique
 * among the entry's siblings. Ids appear in every export (CSV columns,
 * brat type names, W3C bodies), so a readable one beats "sub-1".
 */

import { asciiDigits } from './arabic-normalize';
import { SCHEME_ID } from './schema/patterns';

/** Longest scheme id (the pattern's limit). */
const MAX_ID = 40;

/**
 * One Latin spelling per Arabic letter: a plain ASCII transcription (no
 * diacritics, so the id stays in the scheme's alphabet). ع and ء leave no
 * letter; ة is "a" and ى "a", as they are read at a word's end.
 */
// prettier-ignore
const LETTERS: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh',
  د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '',
  غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', و: 'w', ي: 'y',
  ى: 'a', ء: '', ئ: '', ؤ: '', پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g', ی: 'y', ک: 'k',
  '\u064E': 'a', '\u0650': 'i', '\u064F': 'u', '\u064B': 'an', '\u064D': 'in', '\u064C': 'un',
};

/** `text` in Latin letters: Arabic transliterated letter by letter (a shadda doubles), Latin kept, the rest dropped or spaced. */
export function transliterate(text: string): string {
  let out = '';
  // The last consonant written, and where it ended: a shadda doubles it there (NFC puts a fatha before the shadda).
  let last = '';
  let lastEnd = 0;
  for (const char of asciiDigits(text.normalize('NFC'))) {
    const mark = /[\p{M}\u0640]/u.test(char);
    if (char === '\u0651') {
      out = out.slice(0, lastEnd) + last + out.slice(lastEnd);
      lastEnd += last.length;
      continue;
    }
    const latin = LETTERS[char];
    if (latin === undefined && mark) continue; // sukun, other marks, tatweel
    out += latin ?? char;
    if (!mark) {
      last = latin ?? '';
      lastEnd = out.length;
    }
  }
  return out;
}

/**
 * The id a label gives: transliterated, lower-cased, runs of anything outside
 * a-z and 0-9 made one hyphen, trimmed of hyphens, cut to 40 characters. ""
 * when the label has no letter or digit to keep.
 */
export function idFromLabel(label: string): string {
  const plain = transliterate(label)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return plain.slice(0, MAX_ID).replace(/-+$/u, '');
}

/**
 * `base` made unique among `taken` by a number ("asra", "asra-2", …), kept
 * within 40 characters; `fallback` when `base` is empty.
 */
export function uniqueId(base: string, taken: ReadonlySet<string>, fallback: string): string {
  const stem = base || fallback;
  if (!taken.has(stem) && SCHEME_ID.test(stem)) return stem;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${stem.slice(0, MAX_ID - suffix.length).replace(/-+$/u, '')}${suffix}`;
    if (!taken.has(id)) return id;
  }
}
