/**
 * Indexing many articles from their files (a full build, or a sync that
 * found many missing or stale): in batches, each one SQLite transaction in
 * the index's worker. From PARALLEL_FROM articles on, a second worker reads
 * and prepares the next batches (prepared-doc.ts: normalising, stems,
 * near-duplicate key) while the index's worker writes the current one, so
 * the build runs on two cores; a few articles are read and written by the
 * index's worker alone (a second thread costs more to start than it saves).
 * The prepared batches go from worker to worker through a MessageChannel
 * (batch-pipe.ts); main orders them and hears only how many each held.
 * A parallel build into an empty index merges FTS5's segments 16 at a time,
 * commits every few thousand articles with a larger page cache, and
 * optimises once at its end, also when it failed (FtsStore.startBuild).
 */

import { MessageChannel } from 'node:worker_threads';
import type { ArticleSource } from './article-text';
import type { SearchWorkerClient } from './search-worker-client';

/** Articles read and indexed in one request (one transaction). */
export const INDEX_BATCH = 200;
/** Articles to index from which a second worker prepares them. */
export const PARALLEL_FROM = 1000;
/** Batches the second worker may have prepared or be preparing ahead of the one being written. */
const AHEAD = 2;

/** The workers a build uses: the index's, and a way to start a second one (closed by the build when done). */
export interface BuildWorkers {
  index: SearchWorkerClient;
  startPreparer: () => SearchWorkerClient;
  /** Articles from which the second worker is used (default PARALLEL_FROM). */
  parallelFrom?: number;
}

/**
 * Indexes the articles `ids` name (read and checked against their hashes
 * from their files; those that fail are left out) and resolves to how many
 * were indexed. Each batch's sources are made by `sourceOf` (undefined: the
 * library no longer lists that id, left out) only when the batch is sent,
 * INDEX_BATCH at a time: made all at once up front, a 10k build's sources
 * were megabytes allocated on main in a few turns, collected by scavenges
 * that block main (issue 17 B8; bench/build-block-profile.ts). Rejects with the
 * first worker error; a second worker started here is closed either way.
 */
export async function indexSources(
  ids: readonly string[],
  sourceOf: (id: string) => ArticleSource | undefined,
  workers: BuildWorkers,
): Promise<number> {
  const batches = Math.ceil(ids.length / INDEX_BATCH);
  const sourcesOf = (batch: number): ArticleSource[] =>
    ids.slice(batch * INDEX_BATCH, (batch + 1) * INDEX_BATCH).flatMap((id) => sourceOf(id) ?? []);
  let indexed = 0;
  if (ids.length < (workers.parallelFrom ?? PARALLEL_FROM)) {
    for (let batch = 0; batch < batches; batch++)
      indexed += await workers.index.call('index', { sources: sourcesOf(batch) });
    return indexed;
  }
  // Into an empty index, FTS5 merges segments 16 at a time and optimises once at the end (FtsStore.startBuild).
  await workers.index.call('build', { start: true });
  const preparer = workers.startPreparer();
  const queued: Promise<number>[] = [];
  let next = 0;
  let failed = true;
  const refill = () => {
    while (queued.length < AHEAD && next < batches) {
      const batch = next++;
      const prepared = preparer.call('prepareTo', { batch, sources: sourcesOf(batch) });
      // A batch that fails while an earlier one is awaited is not an unhandled rejection: its turn throws it.
      prepared.catch(() => undefined);
      queued.push(prepared);
    }
  };
  try {
    // The prepared batches go from the preparer to the index's worker through a pipe of their own (batch-pipe.ts).
    const { port1, port2 } = new MessageChannel();
    await Promise.all([
      preparer.call('pipe', { port: port1, end: 'out' }, [port1]),
      workers.index.call('pipe', { port: port2, end: 'in' }, [port2]),
    ]);
    refill();
    for (let batch = 0, sent = queued.shift(); sent; batch++, sent = queued.shift()) {
      await sent; // batch `batch` is in the pipe
      refill();
      indexed += await workers.index.call('putPiped', { batch });
    }
    failed = false;
  } finally {
    await preparer.close();
    // Ended after a failure too: what was written is committed (FtsStore.endBuild), the failure is what is thrown.
    const ended = workers.index.call('build', { start: false });
    await (failed ? ended.catch(() => undefined) : ended);
  }
  return indexed;
}
