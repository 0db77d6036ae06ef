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
 * Indexes the articles of `sources` (read and checked against their hashes
 * from their files; those that fail are left out) and resolves to how many
 * were indexed. Rejects with the first worker error; a second worker started
 * here is closed either way.
 */
export async function indexSources(
  sources: readonly ArticleSource[],
  workers: BuildWorkers,
): Promise<number> {
  const batches: ArticleSource[][] = [];
  for (let at = 0; at < sources.length; at += INDEX_BATCH) batches.push(sources.slice(at, at + INDEX_BATCH));
  let indexed = 0;
  if (sources.length < (workers.parallelFrom ?? PARALLEL_FROM)) {
    for (const batch of batches) indexed += await workers.index.call('index', { sources: batch });
    return indexed;
  }
  const preparer = workers.startPreparer();
  const queued: Promise<number>[] = [];
  let next = 0;
  const refill = () => {
    while (queued.length < AHEAD && next < batches.length) {
      const batch = next++;
      queued.push(preparer.call('prepareTo', { batch, sources: batches[batch] as ArticleSource[] }));
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
  } finally {
    // Rejections of batches still queued after a failure are the failure already thrown.
    for (const left of queued) left.catch(() => undefined);
    await preparer.close();
  }
  return indexed;
}
