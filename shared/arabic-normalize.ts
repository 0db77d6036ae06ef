/**
 * The one Arabic normaliser, used by search (index and query) and by "find
 * other mentions": NFKC, harakat/Quranic marks and tatweel removed, hamza
 * carriers on alef (آ أ إ ٱ) → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Latin lowercased.
 * `normalizeWithMap` also returns, for each output code unit, the UTF-16 index
 * of the input character it came from, so matches map back to the original text.
 */

/** Harakat, shadda, sukun, superscript alef, Quranic annotation marks, tatweel. */
const STRIP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/u;

const FOLD: Record<string, string> = {
  آ: 'ا',
  أ: 'ا',
  إ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
};

/** Normalises one character (already NFKC); '' when it is dropped. */
function foldChar(ch: string): string {
  if (STRIP.test(ch)) return '';
  return FOLD[ch] ?? ch.toLowerCase();
}

/** Normalised form of `text` for matching (not for display). */
export function normalizeArabic(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) out += foldChar(ch);
  return out;
}

/**
 * Normalises `text` character by character (NFKC per character) and maps each
 * output UTF-16 unit back to the UTF-16 index of its source character in `text`.
 * `map` has one extra entry, `text.length`, for end positions.
 */
export function normalizeWithMap(text: string): { normalized: string; map: number[] } {
  let normalized = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const folded = [...ch.normalize('NFKC')].map(foldChar).join('');
    for (let k = 0; k < folded.length; k++) map.push(i);
    normalized += folded;
    i += ch.length;
  }
  map.push(text.length);
  return { normalized, map };
}
