/**
 * Offsets in Unicode code points (the W3C TextPositionSelector unit) versus
 * JavaScript's UTF-16 indices. Annotations store code points; the DOM speaks
 * UTF-16. These helpers convert between the two, with a fast path for the
 * common case of text that has no astral (non-BMP) characters.
 */

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when every code point of `text` is one UTF-16 unit. */
export function isBmpOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i))) return false;
  }
  return true;
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      n--;
      i++;
    }
  }
  return n;
}

/** Converts a UTF-16 index into a code point offset (an index inside a pair counts as its start). */
export function utf16ToCodePoint(text: string, utf16Index: number): number {
  let cp = 0;
  const limit = Math.min(utf16Index, text.length);
  for (let i = 0; i < limit; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < limit && isLowSurrogate(text.charCodeAt(i + 1))) {
      i++;
    } else if (
      isHighSurrogate(text.charCodeAt(i)) &&
      i + 1 === limit &&
      isLowSurrogate(text.charCodeAt(i + 1))
    ) {
      // Index points between the halves of a pair: count the pair as not yet reached.
      break;
    }
    cp++;
  }
  return cp;
}

/** Converts a code point offset into a UTF-16 index; offsets past the end clamp to `text.length`. */
export function codePointToUtf16(text: string, codePoint: number): number {
  let i = 0;
  let cp = 0;
  while (cp < codePoint && i < text.length) {
    i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    cp++;
  }
  return i;
}

/** Substring by code point offsets [start, end). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const from = codePointToUtf16(text, start);
  const to = codePointToUtf16(text, end);
  return text.slice(from, to);
}

/**
 * Precomputed converter for one long text: O(1) for BMP-only text, otherwise a
 * sorted table of the astral characters' positions with binary search.
 */
export class CodePointIndex {
  /** UTF-16 positions of high surrogates that start a pair, ascending. */
  private readonly astral: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
        this.astral.push(i);
        i++;
      }
    }
  }

  get length(): number {
    return this.text.length - this.astral.length;
  }

  /** Code point offset of UTF-16 index `u` (clamped to the text; inside a pair snaps to its start). */
  toCodePoint(u: number): number {
    // Each pair that starts before u is one code point for two units; a pair split by u snaps to its start.
    const clamped = Math.max(0, Math.min(u, this.text.length));
    return clamped - countBelow(this.astral, clamped);
  }

  /** UTF-16 index of code point offset `cp`. */
  toUtf16(cp: number): number {
    if (cp <= 0) return 0;
    // Find u with u - (#pairs starting before u) === cp; each pair before adds one unit.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const pairStart = this.astral[mid] as number;
      // Code point offset of this pair's start is pairStart - mid.
      if (pairStart - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(cp + lo, this.text.length);
  }
}

/** Number of values in ascending `sorted` that are < x. */
function countBelow(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
