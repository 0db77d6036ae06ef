/**
 * The one Arabic normaliser, used by search (index and query) and by "find
 * other mentions": NFKC, harakat/Quranic marks and tatweel removed, hamza
 * carriers on alef (آ أ إ ٱ) → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, the Persian/Urdu
 * lookalikes ی → ي and ک → ك, Arabic-Indic and Persian digits → 0–9, Latin lowercased.
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
  // Persian keyboards and texts copied from Persian or Urdu pages.
  ی: 'ي',
  ک: 'ك',
};
for (let d = 0; d <= 9; d++) {
  FOLD[String.fromCodePoint(0x0660 + d)] = String(d);
  FOLD[String.fromCodePoint(0x06f0 + d)] = String(d);
}

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits; the low four bits of each are its value. */
const NON_LATIN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/gu;

/** `text` with Arabic-Indic and Persian digits written 0–9 and nothing else changed (typed dates, ids from labels). */
export function asciiDigits(text: string): string {
  return text.replace(NON_LATIN_DIGIT, (d) => String((d.codePointAt(0) ?? 0) & 0xf));
}

/** Normalises one character (already NFKC); '' when it is dropped. */
function foldChar(ch: string): string {
  if (STRIP.test(ch)) return '';
  return FOLD[ch] ?? ch.toLowerCase();
}

/**
 * Each character's normalised form (NFKC, then folded), memoised: texts are
 * normalised for every search result shown, and per-character NFKC plus a
 * regex test was most of a search's time. Bounded by the characters seen.
 */
const FOLDED = new Map<string, string>();
/** The same for characters of two units (a surrogate pair) already in NFKC (normalizeArabic normalises the whole text first). */
const FOLDED_NFKC = new Map<string, string>();
const MAX_MEMO = 4096;

function foldSource(ch: string): string {
  const hit = FOLDED.get(ch);
  if (hit !== undefined) return hit;
  let folded = '';
  for (const c of ch.normalize('NFKC')) folded += foldChar(c);
  if (FOLDED.size < MAX_MEMO) FOLDED.set(ch, folded);
  return folded;
}

/** `foldChar` of the pair `pair` (already NFKC), memoised. */
function foldPair(pair: string): string {
  let folded = FOLDED_NFKC.get(pair);
  if (folded === undefined) {
    folded = foldChar(pair);
    if (FOLDED_NFKC.size < MAX_MEMO) FOLDED_NFKC.set(pair, folded);
  }
  return folded;
}

/**
 * `foldChar` of the one-unit character `unit` (already NFKC), memoised in an
 * array by code unit, with null where it is `unit` itself: most units of a
 * text are kept as they are, and `normalizeArabic` copies runs of those in
 * one slice instead of adding them one character at a time (a 100k index
 * build normalises every article's body for its near-duplicate key, and
 * that per-character loop was a quarter of the preparing worker's time).
 */
const FOLDED_NFKC_UNITS: (string | null | undefined)[] = new Array<string | null | undefined>(0x10000).fill(
  undefined,
);

function foldNfkcUnit(unit: number): string | null {
  let folded = FOLDED_NFKC_UNITS[unit];
  if (folded === undefined) {
    const ch = String.fromCharCode(unit);
    const f = foldChar(ch);
    FOLDED_NFKC_UNITS[unit] = folded = f === ch ? null : f;
  }
  return folded;
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Normalised form of `text` for matching (not for display): NFKC, then each character folded. */
export function normalizeArabic(text: string): string {
  const nfkc = text.normalize('NFKC');
  let out = '';
  let kept = 0; // start of the run of units kept as they are
  for (let i = 0; i < nfkc.length; i++) {
    const unit = nfkc.charCodeAt(i);
    let folded: string | null;
    let width = 1;
    if (isHighSurrogate(unit) && isLowSurrogate(nfkc.charCodeAt(i + 1))) {
      width = 2;
      const pair = nfkc.slice(i, i + 2);
      folded = foldPair(pair);
      if (folded === pair) folded = null;
    } else folded = foldNfkcUnit(unit);
    if (folded !== null) {
      out += nfkc.slice(kept, i) + folded;
      kept = i + width;
    }
    i += width - 1;
  }
  return kept === 0 ? nfkc : out + nfkc.slice(kept);
}

/**
 * Normalises `text` character by character (NFKC per character) and maps each
 * output UTF-16 unit back to the UTF-16 index of its source character in `text`.
 * `map` has one extra entry, `text.length`, for end positions.
 */
export function normalizeWithMap(text: string): { normalized: string; map: number[] } {
  let normalized = '';
  const map: number[] = [];
  for (let i = 0; i < text.length;) {
    const unit = text.charCodeAt(i);
    // A character outside the surrogates is one code unit: its folded form is looked up by that unit.
    const single = unit < 0xd800 || unit > 0xdfff;
    const width = single ? 1 : (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const folded = single ? foldUnit(unit) : foldSource(text.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) map.push(i);
    normalized += folded;
    i += width;
  }
  map.push(text.length);
  return { normalized, map };
}

/**
 * `foldSource` of the one-unit character `unit`, memoised in an array by
 * code unit: indexing it costs a fraction of a Map lookup by string, and
 * `normalizeWithMap` runs over the whole text of every search result shown.
 */
const FOLDED_UNITS: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);

function foldUnit(unit: number): string {
  let folded = FOLDED_UNITS[unit];
  if (folded === undefined) FOLDED_UNITS[unit] = folded = foldSource(String.fromCharCode(unit));
  return folded;
}
