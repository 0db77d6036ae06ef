/**
 * "Without a date only" in the library list (issue 15, finding 10): the
 * filter keeps exactly the articles with no publication date, the page says
 * how many lack one whatever the filter, and the IPC schema accepts the
 * switch (and nothing but `true`).
 */

import { describe, expect, it } from 'vitest';
import { articleQuerySchema } from '../../../shared/ipc-validation';
import { DEFAULT_QUERY, queryArticles } from '../../../shared/library-query';
import type { ArticleMeta } from '../../../shared/model';

const article = (n: number, date: string, source: string): ArticleMeta => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  title: `مقال ${n}`,
  source,
  date,
  language: 'ar',
  addedAt: `2026-11-2${n}T10:00:00.000Z`,
  textSha256: 'a'.repeat(64),
  length: 100,
  annotationCount: 0,
});

const ALL = [
  article(1, '2026-03-14', 'الجزيرة'),
  article(2, '', 'الجزيرة'),
  article(3, '', 'رويترز'),
  article(4, '2025-12-01T08:00:00Z', 'رويترز'),
  { ...article(5, '', 'رويترز'), deletedAt: '2026-11-29T00:00:00.000Z' },
];

describe('the undated filter', () => {
  it('keeps only the articles without a date, and counts them whatever the filter', () => {
    const all = queryArticles(ALL, DEFAULT_QUERY);
    expect(all.total).toBe(4);
    expect(all.undated).toBe(2);
    const undated = queryArticles(ALL, { ...DEFAULT_QUERY, filter: { undated: true } });
    expect(undated.items.map((m) => m.title).sort()).toEqual(['مقال 2', 'مقال 3']);
    expect(undated.undated).toBe(2);
    const fromReuters = queryArticles(ALL, { ...DEFAULT_QUERY, filter: { undated: true, source: 'رويترز' } });
    expect(fromReuters.items.map((m) => m.title)).toEqual(['مقال 3']);
    // The trash counts its own.
    expect(queryArticles(ALL, { ...DEFAULT_QUERY, trash: true }).undated).toBe(1);
  });

  it('is accepted over IPC as `true` only', () => {
    expect(articleQuerySchema.safeParse({ ...DEFAULT_QUERY, filter: { undated: true } }).success).toBe(true);
    expect(articleQuerySchema.safeParse({ ...DEFAULT_QUERY, filter: { undated: false } }).success).toBe(
      false,
    );
    expect(articleQuerySchema.safeParse({ ...DEFAULT_QUERY, filter: { undated: 'yes' } }).success).toBe(
      false,
    );
  });
});
