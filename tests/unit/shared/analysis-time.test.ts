/**
 * Timeline buckets: ISO 8601 weeks across year ends (the cases the standard
 * itself lists), months, every bucket between two days with none skipped,
 * malformed or impossible dates read as undated, and a refusal past the
 * most buckets one timeline may show.
 */

import { describe, expect, it } from 'vitest';
import { bucketOf, bucketRange, dayOf, MAX_BUCKETS } from '../../../shared/analysis-time';

describe('analysis time buckets', () => {
  it('puts days in ISO weeks, Monday first, across year ends', () => {
    expect(bucketOf('2026-03-02', 'week')).toEqual({ key: '2026-W10', start: '2026-03-02' });
    expect(bucketOf('2026-03-08', 'week')).toEqual({ key: '2026-W10', start: '2026-03-02' });
    expect(bucketOf('2005-01-01', 'week').key).toBe('2004-W53');
    expect(bucketOf('2007-12-31', 'week').key).toBe('2008-W01');
    expect(bucketOf('2010-01-03', 'week').key).toBe('2009-W53');
    expect(bucketOf('2026-02-17', 'month')).toEqual({ key: '2026-02', start: '2026-02-01' });
  });

  it('lists every bucket between two days, empty ones included', () => {
    expect(bucketRange('2025-12-30', '2026-01-13', 'week').map((b) => b.key)).toEqual([
      '2026-W01',
      '2026-W02',
      '2026-W03',
    ]);
    expect(bucketRange('2025-11-15', '2026-02-01', 'month').map((b) => b.key)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(bucketRange('2024-02-27', '2024-03-01', 'day').map((b) => b.key)).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });

  it('reads empty, malformed and impossible dates as undated, date-times by their day', () => {
    expect(['', 'أمس', '2026-02-30', '2026-13-01'].map(dayOf)).toEqual([null, null, null, null]);
    expect(dayOf('2026-03-10T08:00:00Z')).toBe('2026-03-10');
  });

  it('refuses more buckets than a timeline shows', () => {
    expect(() => bucketRange('1900-01-01', '2026-01-01', 'day')).toThrow(String(MAX_BUCKETS));
  });
});
