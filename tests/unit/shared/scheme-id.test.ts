/**
 * shared/scheme-id.ts: ids for new tag scheme entries made from real Arabic
 * and English labels, always within the scheme id pattern and unique among
 * siblings.
 */

import { describe, expect, it } from 'vitest';
import { idFromLabel, transliterate, uniqueId } from '../../../shared/scheme-id';
import { SCHEME_ID } from '../../../shared/schema/fields';

describe('idFromLabel', () => {
  it.each([
    ['أسرى', 'asra'],
    ['وقف إطلاق النار', 'wqf-itlaq-alnar'],
    ['منظمة', 'mnzma'],
    ['شخص', 'shkhs'],
    ['مكان', 'mkan'],
    ['مُحَمَّد', 'muhammad'],
    ['عودة النازحين', 'wda-alnazhyn'],
    ['المرحلة ٢', 'almrhla-2'],
    ['Prisoner exchange', 'prisoner-exchange'],
    ['Café — Déjà vu!', 'cafe-deja-vu'],
    ['  Demand: Aid (UN)  ', 'demand-aid-un'],
  ])('%s → %s', (label, id) => {
    expect(idFromLabel(label)).toBe(id);
    expect(id).toMatch(SCHEME_ID);
  });

  it('gives "" when nothing can be kept, and never more than 40 characters', () => {
    expect(idFromLabel('؟!… —')).toBe('');
    const long = idFromLabel('الإفراج عن جميع الأسرى والمعتقلين الفلسطينيين في السجون الإسرائيلية');
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(SCHEME_ID);
    expect(long.endsWith('-')).toBe(false);
  });

  it('drops tatweel and sukun, doubles under shadda', () => {
    expect(transliterate('مـــدن')).toBe('mdn');
    expect(transliterate('قْ')).toBe('q');
    expect(transliterate('شدّ')).toBe('shdd');
  });
});

describe('uniqueId', () => {
  it('numbers a taken id, and falls back when the label gave none', () => {
    expect(uniqueId('asra', new Set(), 'sub-1')).toBe('asra');
    expect(uniqueId('asra', new Set(['asra', 'asra-2']), 'sub-1')).toBe('asra-3');
    expect(uniqueId('', new Set(), 'sub-1')).toBe('sub-1');
    const forty = 'a'.repeat(40);
    const next = uniqueId(forty, new Set([forty]), 'x');
    expect(next).toBe(`${'a'.repeat(38)}-2`);
    expect(next).toMatch(SCHEME_ID);
  });
});
