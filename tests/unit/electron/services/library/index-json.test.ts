/**
 * index.json made in slices (index-json.ts) is byte for byte what
 * JSON.stringify(index, null, 2) wrote before, for an empty index and for
 * more articles than one slice, with Arabic titles, nested counts and
 * titles that look like replacement patterns; and the event loop turns
 * while a large index is serialised.
 */

import { describe, expect, it } from 'vitest';
import { indexJsonInSlices } from '../../../../../electron/services/library/index-json';
import type { IndexFile } from '../../../../../electron/services/library/library-files';
import type { ArticleMeta } from '../../../../../shared/model';

/** Article `i`'s metadata, with optional fields on some. */
function meta(i: number): ArticleMeta {
  const titles = ['وقف إطلاق النار في غزة', "price $& and $' and $$", 'سطر\nثان "مقتبس"', 'Doha talks'];
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: `${titles[i % titles.length] ?? ''} ${i}`,
    source: 'الجزيرة',
    date: '2026-11-30',
    language: i % 2 ? 'ar' : 'en',
    addedAt: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(),
    textSha256: i.toString(16).padStart(64, '0'),
    length: 1000 + i,
    annotationCount: i % 7,
    ...(i % 3 === 0 ? { annotationCounts: { actor: i % 5, demand: 1 } } : {}),
    ...(i % 4 === 0 ? { url: `https://example.org/${i}`, author: 'مراسل' } : {}),
  };
}

describe('index.json in slices', () => {
  it('writes exactly what JSON.stringify(index, null, 2) wrote', async () => {
    for (const n of [0, 1, 3, 1234]) {
      const index: IndexFile = {
        version: 1,
        seeded: n % 2 === 1,
        articles: Array.from({ length: n }, (_, i) => meta(i)),
      };
      expect(await indexJsonInSlices(index)).toBe(`${JSON.stringify(index, null, 2)}\n`);
    }
  });

  it('lets the event loop turn while a large index is serialised', async () => {
    const index: IndexFile = {
      version: 1,
      seeded: true,
      articles: Array.from({ length: 3000 }, (_, i) => meta(i)),
    };
    let turns = 0;
    let running = true;
    const tick = () => {
      turns++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    await indexJsonInSlices(index);
    running = false;
    expect(turns).toBeGreaterThanOrEqual(5);
  });
});
