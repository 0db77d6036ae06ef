/**
 * LibraryIndex.warmLookup (library-index.ts): the id map the start-up check
 * asks for every article is built in slices after the whole list is read
 * (at 100,000 articles get() built it in one piece, the longest block of
 * main after the first page). Counted: with get() spied, warming builds the
 * same answers and get() builds nothing after it; and a list replaced
 * while warming is not given a stale map.
 */

import { describe, expect, it } from 'vitest';
import { Low, Memory } from 'lowdb';
import { LibraryIndex } from '../../../../../electron/services/library/library-index';
import type { IndexFile } from '../../../../../electron/services/library/library-files';
import type { ArticleMeta } from '../../../../../shared/model';

function meta(i: number): ArticleMeta {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: `مقال رقم ${i}`,
    source: 'الجزيرة',
    date: '2026-11-30',
    language: 'ar',
    addedAt: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(),
    textSha256: i.toString(16).padStart(64, '0'),
    length: 1000 + i,
    annotationCount: 0,
  };
}

function indexOf(n: number): { index: LibraryIndex; db: Low<IndexFile> } {
  const db = new Low<IndexFile>(new Memory(), {
    version: 1,
    seeded: true,
    articles: Array.from({ length: n }, (_, i) => meta(i)),
  });
  return { index: new LibraryIndex(db, '/nonexistent/index.json', 1000, true), db };
}

/** Counts Map constructions from an array of at least `min` entries (get()'s one-piece build). */
function countingBigMaps(min: number): { count: () => number; restore: () => void } {
  const Original = globalThis.Map;
  let built = 0;
  globalThis.Map = class extends Original<unknown, unknown> {
    constructor(entries?: Iterable<readonly [unknown, unknown]> | null) {
      if (Array.isArray(entries) && entries.length >= min) built++;
      super(entries);
    }
  };
  return { count: () => built, restore: () => (globalThis.Map = Original) };
}

describe('index id lookup', () => {
  it('is built in slices by warmLookup, and get() then builds nothing in one piece', async () => {
    const { index } = indexOf(20_000);
    const spy = countingBigMaps(20_000);
    try {
      await index.warmLookup();
      expect(index.get(meta(19_999).id)?.title).toBe('مقال رقم 19999');
      expect(index.get(meta(0).id)?.title).toBe('مقال رقم 0');
      expect(index.get('missing')).toBeUndefined();
      expect(spy.count()).toBe(0);
    } finally {
      spy.restore();
    }
  });

  it('without warming, get() builds the map in one piece (what warming spares the check)', () => {
    const { index } = indexOf(20_000);
    const spy = countingBigMaps(20_000);
    try {
      expect(index.get(meta(5).id)?.title).toBe('مقال رقم 5');
      expect(spy.count()).toBe(1);
    } finally {
      spy.restore();
    }
  });

  it('does not keep a map of a list replaced while it warmed', async () => {
    const { index, db } = indexOf(50_000);
    const warming = index.warmLookup();
    db.data = { ...db.data, articles: [meta(7)] };
    await warming;
    expect(index.get(meta(8).id)).toBeUndefined();
    expect(index.get(meta(7).id)?.title).toBe('مقال رقم 7');
  });
});
