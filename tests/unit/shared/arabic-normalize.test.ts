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

  it.each([
    ['𐐀𐐁 Deseret capitals (surrogate pairs) lowercased', '𐐨𐐩 deseret capitals (surrogate pairs) lowercased'],
    ['emoji 😀 kept, أ folded after it', 'emoji 😀 kept, ا folded after it'],
    ['lone \uD800 high and \uDC00 low surrogates kept', 'lone \uD800 high and \uDC00 low surrogates kept'],
    ['İstanbul', 'i\u0307stanbul'],
    ['ﻻ ligature (NFKC) ﷲ', 'لا ligature (nfkc) الله'],
    ['\uD801', '\uD801'],
    ['', ''],
  ])('%s (one character at a time, runs copied whole)', (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it('gives what normalising each character of the NFKC text gives, for mixed texts', () => {
    // normalizeWithMap folds character by character (NFKC per character); on a text already in NFKC that is
    // normalizeArabic's definition, whatever runs of unchanged units normalizeArabic copies whole.
    const pieces = ['غــزة', 'المُتحدِّثُ ', 'Witkoff ', '٢٠٢٤', '𐐀', '😀', 'ایران ', 'İ', 'ﻻ', 'x', ' ', 'ة'];
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += pieces[seed % pieces.length] ?? '';
      }
      const nfkc = text.normalize('NFKC');
      expect(normalizeArabic(text)).toBe(normalizeWithMap(nfkc).normalized);
    }
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
