/**
 * The article-by-article comparison of the index with the library (the sync
 * at open when the list digests differ, or after a restore or damage): the
 * live articles' (id, stamp) pairs sent to the index's worker in chunks,
 * main yielding between them, and the ids the index lacks or holds stale
 * answered (the worker drops what the library no longer lists). Those ids
 * are turned into the sources the workers read batch by batch, as the
 * build asks for them (index-build.ts), not all at once here.
 */

import type { ArticleMeta } from '../../../shared/model';
import { stampOf } from './article-text';
import type { SearchWorkerClient } from './search-worker-client';

/**
 * (id, stamp) pairs sent to the worker in one message, main yielding after
 * each (issue 17 B8: a chunk's pairs and their structured clone are one
 * turn of main, so a smaller chunk is a shorter turn; it was 2,000).
 */
const SYNC_CHUNK = 1000;

/**
 * Sends the (id, stampOf) pairs of `metas`' live articles (trashed ones left out) to `worker` in chunks of SYNC_CHUNK,
 * awaiting `pause` after each; resolves to the ids among them the index must
 * (re)index. Rejects with the worker's error.
 */
export async function staleIds(
  worker: SearchWorkerClient,
  metas: readonly Readonly<ArticleMeta>[],
  pause: () => Promise<void>,
): Promise<string[]> {
  const live = metas.filter((m) => !m.deletedAt);
  let stale: string[] = [];
  for (let at = 0; at < live.length || at === 0; at += SYNC_CHUNK) {
    const entries = live.slice(at, at + SYNC_CHUNK).map((m): [string, string] => [m.id, stampOf(m)]);
    const done = at + SYNC_CHUNK >= live.length;
    stale = await worker.call('sync', { entries, done });
    await pause();
  }
  return stale;
}
