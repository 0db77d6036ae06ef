/**
 * The library table's first page is picked without sorting the whole
 * library (firstInOrder): every page must be exactly that slice of the fully
 * sorted list, whatever the sort key, direction and ties.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, firstInOrder, queryArticles, type ArticleQuery } from '../../../shared/library-query';
import type { ArticleMeta } from '../../../shared/model';

const TITLES = ['لقاء في القاهرة', 'ويتكوف والحية', 'تبادل الأسرى', 'Ceasefire talks', 'وقف إطلاق النار'];

const meta = fc.record({
  n: fc.nat({ max: 9999 }),
  title: fc.constantFrom(...TITLES),
  source: fc.constantFrom('الجزيرة', 'رويترز', ''),
  // Few distinct timestamps and counts: many ties, broken by addedAt then id.
  addedAt: fc.constantFrom(
    '2026-11-25T10:00:00.000Z',
    '2026-11-25T10:00:00.001Z',
    '2026-11-24T23:59:59.999Z',
  ),
  annotationCount: fc.nat({ max: 3 }),
});

function toMetas(
  rows: { n: number; title: string; source: string; addedAt: string; annotationCount: number }[],
) {
  return rows.map((r, i): ArticleMeta => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: r.title,
    source: r.source,
    date: '',
    language: 'ar',
    addedAt: r.addedAt,
    textSha256: 'a'.repeat(64),
    length: r.n,
    annotationCount: r.annotationCount,
  }));
}

describe('library pages', () => {
  it('firstInOrder gives the first k of a full sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 300 }), fc.nat({ max: 320 }), (values, k) => {
        const unique = [...new Set(values)];
        const byValue = (a: number, b: number) => a - b;
        expect(firstInOrder(unique, k, byValue)).toEqual([...unique].sort(byValue).slice(0, k));
      }),
    );
  });

  it('every page is that slice of the whole sorted list', () => {
    const keys: ArticleQuery['sort']['key'][] = ['addedAt', 'title', 'source', 'annotations'];
    fc.assert(
      fc.property(
        fc.array(meta, { maxLength: 120 }),
        fc.constantFrom(...keys),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.nat({ max: 130 }),
        fc.integer({ min: 1, max: 60 }),
        (rows, key, direction, offset, limit) => {
          const all = toMetas(rows);
          const sort = { key, direction };
          const whole = queryArticles(all, { ...DEFAULT_QUERY, sort, offset: 0, limit: all.length + 1 });
          const page = queryArticles(all, { ...DEFAULT_QUERY, sort, offset, limit });
          expect(page.items.map((m) => m.id)).toEqual(
            whole.items.slice(offset, offset + limit).map((m) => m.id),
          );
          expect(page.total).toBe(all.length);
        },
      ),
    );
  });
});
