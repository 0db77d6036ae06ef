/**
 * The analysis view's pure helpers: charts mirror in RTL, the concordance
 * cuts Arabic context at words (code points, harakat kept), tables sort in
 * the interface language, the filter bar refuses a reversed date range, and
 * tags keep their scheme colour while the rest take Okabe–Ito.
 */

import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, listTags } from '../../../../shared/taxonomy';
import { NO_FILTER, toAnalysisFilter } from '../../../../renderer/src/analysis/analysis-filter';
import { leftToRight, mirroredLayout } from '../../../../renderer/src/analysis/chart-direction';
import { keyColours, OKABE_ITO } from '../../../../renderer/src/analysis/chart-palette';
import { kwicLine } from '../../../../renderer/src/analysis/kwic';
import { nextOrder, sortRows } from '../../../../renderer/src/analysis/table-sort';

describe('mirroredLayout', () => {
  it('puts the category axis on the right and reverses the values in Arabic, the opposite in English', () => {
    expect(mirroredLayout('rtl', 100)).toEqual({
      reverse: true,
      axis: 'right',
      marginLeft: 24,
      marginRight: 100,
    });
    expect(mirroredLayout('ltr', 100)).toEqual({
      reverse: false,
      axis: 'left',
      marginLeft: 100,
      marginRight: 24,
    });
    expect(mirroredLayout('rtl', 5000).marginRight).toBe(320);
  });
  it('draws the first item rightmost in RTL', () => {
    expect(leftToRight(['أ', 'ب', 'ج'], 'rtl')).toEqual(['ج', 'ب', 'أ']);
    expect(leftToRight(['a', 'b'], 'ltr')).toEqual(['a', 'b']);
  });
});

describe('kwicLine', () => {
  const kwic = {
    before: 'كشفت مصادر إخبارية عن استعداد المبعوث الخاص للرئيس الأمريكي، ستيف ',
    mention: 'ويتكوف',
    after: '، للقاء خليل الحية، رئيس المكتب السياسي لحركة حماس في قطاع غزة.',
  };
  it('keeps whole words on each side within the width, and says what it cut', () => {
    const line = kwicLine(kwic, 20);
    expect([...line.before].length).toBeLessThanOrEqual(20);
    expect([...line.after].length).toBeLessThanOrEqual(20);
    // The space before the mention stays: it is part of the text between them.
    expect(line.before).toBe('الأمريكي، ستيف ');
    expect(line.after).toBe('، للقاء خليل الحية،');
    expect(line).toMatchObject({ mention: 'ويتكوف', cutBefore: true, cutAfter: true });
  });
  it('counts code points and never splits harakat from their letter', () => {
    const line = kwicLine({ before: 'قَالَ المُتَحَدِّثُ ', mention: 'حماس', after: ' 𝔸𝔹 غزة' }, 8);
    expect(line.before).toBe('');
    expect(line.after).toBe(' 𝔸𝔹 غزة');
    expect(line.cutAfter).toBe(false);
  });
  it('leaves short context whole', () => {
    expect(kwicLine({ before: 'قال ', mention: 'حماس', after: ' اليوم' }, 48)).toEqual({
      before: 'قال ',
      mention: 'حماس',
      after: ' اليوم',
      cutBefore: false,
      cutAfter: false,
    });
  });
});

describe('sortRows / nextOrder', () => {
  const rows = [
    { name: 'حماس', n: 3 },
    { name: 'ويتكوف', n: 5 },
    { name: 'الوفد', n: 3 },
  ];
  const value = (r: (typeof rows)[number], c: 'name' | 'n') => r[c];
  it('sorts numbers most first, keeping ties in the given order', () => {
    expect(sortRows(rows, { column: 'n', descending: true }, value, 'ar').map((r) => r.name)).toEqual([
      'ويتكوف',
      'حماس',
      'الوفد',
    ]);
  });
  it('sorts names in Arabic alphabetical order', () => {
    expect(sortRows(rows, { column: 'name', descending: false }, value, 'ar').map((r) => r.name)).toEqual([
      'الوفد',
      'حماس',
      'ويتكوف',
    ]);
  });
  it('flips the same column and starts a new one most first for numbers, A→Z for names', () => {
    expect(nextOrder({ column: 'n', descending: true }, 'n', true)).toEqual({
      column: 'n',
      descending: false,
    });
    expect(nextOrder({ column: 'n', descending: true }, 'name', false)).toEqual({
      column: 'name',
      descending: false,
    });
  });
});

describe('toAnalysisFilter', () => {
  it('turns filled fields into one-value lists and leaves blanks out', () => {
    expect(toAnalysisFilter({ ...NO_FILTER, source: 'الجزيرة', tag: 'demand', coder: '  سارة ' })).toEqual({
      filter: { sources: ['الجزيرة'], tags: ['demand'], coders: ['سارة'] },
    });
    expect(toAnalysisFilter(NO_FILTER)).toEqual({ filter: {} });
  });
  it('carries the library search, trimmed, and leaves a blank one out', () => {
    expect(toAnalysisFilter({ ...NO_FILTER, search: ' وقف إطلاق النار ' })).toEqual({
      filter: { search: 'وقف إطلاق النار' },
    });
    expect(toAnalysisFilter({ ...NO_FILTER, search: '   ' })).toEqual({ filter: {} });
  });
  it('refuses a start date after the end date', () => {
    expect(toAnalysisFilter({ ...NO_FILTER, from: '2026-03-10', to: '2026-03-01' })).toEqual({
      error: 'badRange',
    });
  });
});

describe('keyColours', () => {
  it('gives a tag its scheme colour and anything else Okabe–Ito in order', () => {
    const tags = listTags(DEFAULT_TAXONOMY);
    const aid = tags.find((t) => t.id === 'demand.aid');
    expect(keyColours(['demand.aid', 'entity-1', 'entity-2'], tags)).toEqual([
      aid?.color,
      OKABE_ITO[0],
      OKABE_ITO[1],
    ]);
  });
});
