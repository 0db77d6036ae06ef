import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CodePointIndex,
  codePointLength,
  codePointToUtf16,
  isBmpOnly,
  sliceCodePoints,
  utf16ToCodePoint,
} from '../../../shared/code-points';

const ARABIC = 'كتب الصحفي';
/** Arabic with an astral emoji and a mathematical letter (two UTF-16 units each). */
const ASTRAL = 'قال 🙂 الوزير 𝕏 اليوم';

describe('code point lengths', () => {
  it('counts BMP Arabic as one per unit', () => {
    expect(codePointLength(ARABIC)).toBe(ARABIC.length);
    expect(isBmpOnly(ARABIC)).toBe(true);
  });

  it('counts an astral character once', () => {
    expect(ASTRAL.length).toBe(Array.from(ASTRAL).length + 2);
    expect(codePointLength(ASTRAL)).toBe(Array.from(ASTRAL).length);
    expect(isBmpOnly(ASTRAL)).toBe(false);
    expect(new CodePointIndex(ASTRAL).length).toBe(Array.from(ASTRAL).length);
  });

  it('counts a lone surrogate as one code point', () => {
    expect(codePointLength('ا\uD800ب')).toBe(3);
    expect(codePointLength('\uDC00\uD800')).toBe(2);
  });
});

describe('conversions', () => {
  it('maps offsets after an astral character', () => {
    const u = ASTRAL.indexOf('الوزير');
    const cp = ASTRAL.indexOf('الوزير') - 1; // one astral char before
    expect(utf16ToCodePoint(ASTRAL, u)).toBe(cp);
    expect(codePointToUtf16(ASTRAL, cp)).toBe(u);
    expect(sliceCodePoints(ASTRAL, cp, cp + 6)).toBe('الوزير');
    expect(
      Array.from(ASTRAL)
        .slice(cp, cp + 6)
        .join(''),
    ).toBe('الوزير');
  });

  it('snaps an index between the halves of a pair to the pair start', () => {
    const text = 'ا🙂ب';
    expect(utf16ToCodePoint(text, 2)).toBe(1);
    expect(new CodePointIndex(text).toCodePoint(2)).toBe(1);
    expect(utf16ToCodePoint(text, 3)).toBe(2);
  });

  it('clamps offsets past either end', () => {
    const index = new CodePointIndex(ASTRAL);
    expect(codePointToUtf16(ASTRAL, 10_000)).toBe(ASTRAL.length);
    expect(index.toUtf16(10_000)).toBe(ASTRAL.length);
    expect(index.toUtf16(-3)).toBe(0);
    expect(index.toCodePoint(10_000)).toBe(index.length);
    expect(utf16ToCodePoint(ASTRAL, 10_000)).toBe(index.length);
  });
});

/** Strings mixing Arabic, astral characters, lone surrogates and ASCII. */
const mixedText = fc
  .array(fc.constantFrom('ا', 'ب', 'ة', 'ُ', ' ', 'a', '🙂', '𝕏', '\uD83D', '\uDE42', '\n'), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('CodePointIndex agrees with the plain functions', () => {
  const check = (text: string): void => {
    const index = new CodePointIndex(text);
    expect(index.length).toBe(codePointLength(text));
    for (let u = 0; u <= text.length + 1; u++) {
      expect(index.toCodePoint(u)).toBe(utf16ToCodePoint(text, u));
    }
    for (let cp = 0; cp <= index.length + 1; cp++) {
      const u = index.toUtf16(cp);
      expect(u).toBe(codePointToUtf16(text, cp));
      expect(index.toCodePoint(u)).toBe(Math.min(cp, index.length));
    }
  };

  it('on mixed Arabic and astral text', () => {
    fc.assert(
      fc.property(mixedText, (text) => check(text)),
      { numRuns: 300 },
    );
  });

  it('on arbitrary Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => check(text)),
      {
        numRuns: 300,
      },
    );
  });

  it('slices like spreading into code points', () => {
    fc.assert(
      fc.property(mixedText, fc.nat(70), fc.nat(70), (text, a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        expect(sliceCodePoints(text, start, end)).toBe(Array.from(text).slice(start, end).join(''));
      }),
    );
  });
});
