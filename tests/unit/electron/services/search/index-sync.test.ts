/**
 * The article-by-article comparison at a sync (index-sync.ts) against a real
 * index worker: the live articles' (id, stamp) pairs go in messages of at
 * most SYNC_CHUNK (1,000; issue 17 B8, each message is a block of main and
 * its garbage), main pausing after each, and the ids the index lacks come back.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../../../shared/model';
import { staleIds } from '../../../../../electron/services/search/index-sync';
import { SearchWorkerClient } from '../../../../../electron/services/search/search-worker-client';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

/** `count` listed articles; every 100th (from the 5th) in the trash. */
const listed = (count: number): ArticleMeta[] =>
  Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `sync-${i}`,
        title: `مقال ${i}`,
        textSha256: `${i}`.padStart(64, '0'),
        ...(i % 100 === 5 ? { deletedAt: '2026-01-01' } : {}),
      }) as ArticleMeta,
  );

describe('staleIds', () => {
  it('sends the live pairs in messages of at most 1,000, pausing after each, and answers the ids the index lacks', async () => {
    const worker = new SearchWorkerClient();
    await worker.call('open', { path: join(await tempDir(), 'sync.sqlite') });
    const sizes: number[] = [];
    const call = worker.call.bind(worker);
    worker.call = (op, request, transfer) => {
      if (op === 'sync') sizes.push((request as { entries: unknown[] }).entries.length);
      return call(op, request, transfer);
    };
    const metas = listed(2_530);
    const live = metas.filter((m) => !m.deletedAt);
    expect(live).toHaveLength(2_530 - 26);
    let pauses = 0;
    const stale = await staleIds(worker, metas, () => {
      pauses++;
      return Promise.resolve();
    });
    expect(sizes).toEqual([1000, 1000, 504]);
    expect(pauses).toBe(3);
    expect([...stale].sort()).toEqual(live.map((m) => m.id).sort());
    await worker.close();
  });
});
