import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeWithMap } from '../../../shared/arabic-normalize';

describe('normalizeArabic', () => {
  it.each([
    ['إسرائيل', 'اسراييل'],
    ['أكتوبر', 'اكتوبر'],
    ['آخر', 'اخر'],
    ['مستشفى', 'مستشفي'],
    ['الهدنة', 'الهدنه'],
    ['وفقًا', 'وفقا'],
    ['المُتحدِّثُ', 'المتحدث'],
    ['غــزة', 'غزه'],
    ['مؤقتة', 'موقته'],
    ['Witkoff ويتكوف', 'witkoff ويتكوف'],
    ['ایران', 'ايران'],
    ['کابل', 'كابل'],
    ['عام ٢٠٢٤', 'عام 2024'],
    ['۱۴۰۳', '1403'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it('makes spelling variants of one name equal', () => {
    const variants = ['الحيّة', 'الحية', 'الحيه', 'ٱلحية'];
    expect(new Set(variants.map(normalizeArabic)).size).toBe(1);
  });
});

describe('normalizeWithMap', () => {
  it('maps every normalised unit back to its source character', () => {
    const text = 'قالَ إنّ 🙂 الهدنةَ';
    const { normalized, map } = normalizeWithMap(text);
    expect(normalized).toBe(normalizeArabic(text));
    expect(map).toHaveLength(normalized.length + 1);
    const at = normalized.indexOf('الهدنه');
    expect(text.slice(map[at], (map[at + 'الهدنه'.length - 1] ?? 0) + 1)).toBe('الهدنة');
    expect(map[map.length - 1]).toBe(text.length);
  });

  it('folds each character as normalizeArabic folds it alone, over every kind of character (memoised or not)', () => {
    // Presentation forms that NFKC widens (ﻻ → لا, ﷲ → الله), marks, tatweel, Persian and Arabic-Indic
    // digits, Latin capitals, an emoji (a surrogate pair) and a lone surrogate.
    const text = 'ﻻ ﷲ قالَ إنّ غــزة ۱۲ ٣٤ Gaza 🙂 \ud800x الأسرى\nة';
    for (let round = 0; round < 2; round++) {
      const { normalized, map } = normalizeWithMap(text);
      let expected = '';
      const expectedMap: number[] = [];
      let at = 0;
      for (const ch of text) {
        const folded = normalizeArabic(ch);
        expected += folded;
        for (let k = 0; k < folded.length; k++) expectedMap.push(at);
        at += ch.length;
      }
      expect(normalized).toBe(expected);
      expect(map).toEqual([...expectedMap, text.length]);
      expect(normalized).toContain('لا الله قال ان غزه 12 34 gaza');
    }
  });
});
