/**
 * The article-by-article comparison of the index with the library (the sync
 * at open when the list digests differ, or after a restore or damage): the
 * live articles' (id, stamp) pairs sent to the index's worker in chunks,
 * main yielding between them, and the ids the index lacks or holds stale
 * answered (the worker drops what the library no longer lists), then
 * turned into the sources the workers read, in slices too.
 */

import type { ArticleMeta } from '../../../shared/model';
import { stampOf, type ArticleSource } from './article-text';
import type { SearchWorkerClient } from './search-worker-client';

/** (id, stamp) pairs sent to the worker in one message; also ids turned into sources between two yields. */
const SYNC_CHUNK = 2000;

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

/**
 * The sources (article-text.ts) of the ids `stale`, those `sourceOf` knows
 * (undefined: no longer listed, left out), in order, SYNC_CHUNK at a time,
 * awaiting `pause` between (a full build's whole list is not one block of main).
 */
export async function sourcesOf(
  stale: readonly string[],
  sourceOf: (id: string) => ArticleSource | undefined,
  pause: () => Promise<void>,
): Promise<ArticleSource[]> {
  const sources: ArticleSource[] = [];
  for (let at = 0; at < stale.length; at += SYNC_CHUNK) {
    if (at > 0) await pause();
    for (const id of stale.slice(at, at + SYNC_CHUNK)) {
      const source = sourceOf(id);
      if (source) sources.push(source);
    }
  }
  return sources;
}
