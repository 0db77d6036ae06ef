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
});
