/**
 * The finder of likely duplicates that the app and the CLI give a batch
 * import (issue 17, B11), over the search workers: a second worker, with no
 * index open (for a large import; the index's own for a few files), reads each run of files and computes their duplicate keys and
 * indexed texts (`extract`), while the index's worker goes on indexing; the
 * index's worker then checks the run in one request (`match`), holding each
 * article that is no duplicate (its key and indexed text are reused when its
 * row is written). Runs are read side by side (a short run can come back
 * before a long one asked for earlier) and checked one at a time in the
 * order asked, so a file is only ever compared with files before it.
 */

import type { ScreenedFile } from '../import/import-screen';
import type { DuplicateFinder } from '../import/near-duplicate';
import { KeyedQueue } from '../storage/keyed-queue';
import type { ExtractedFile } from './search-protocol';
import type { SearchWorkerClient } from './search-worker-client';

/** What the finder needs of the SearchIndex. */
export interface WorkerDuplicatesHost {
  /** The index's worker. */
  worker: SearchWorkerClient;
  /** The worker that reads the files: a second one (started on first use), or the index's own. */
  extractor(): SearchWorkerClient;
  /** Resolves once the index holds every listed article. */
  built(): Promise<void>;
  /** Runs a request to the index's worker, rebuilding a damaged index first. */
  guarded<T>(call: () => Promise<T>): Promise<T>;
}

/** Logs a request whose answer nobody waits for. */
const quietly = (what: string) => (error: unknown) => {
  console.error(`search index: could not ${what}`, error);
};

/** A DuplicateFinder answered by the search workers (see the module comment); rejects with a worker's error. */
export function workerDuplicates(host: WorkerDuplicatesHost): DuplicateFinder {
  const { worker } = host;
  const turns = new KeyedQueue();
  /** Checks one extracted run in the index's worker, holding each file that is no duplicate. */
  const matchRun = async (extracting: Promise<ExtractedFile[]>): Promise<ScreenedFile[]> => {
    const extracted = await extracting;
    await host.built();
    const files = extracted.flatMap((f) => (f.ok ? [f.screen] : []));
    const likely = files.length > 0 ? await host.guarded(() => worker.call('match', { files })) : [];
    let k = 0;
    return extracted.map((f) =>
      f.ok ? { ok: true, id: f.id, imported: f.imported, likely: likely[k++] ?? null } : f,
    );
  };
  return {
    screen: (paths): Promise<ScreenedFile[]> => {
      const extracting = host.extractor().call('extract', { paths: [...paths] });
      // Handled now, awaited in its turn: a failed read is never an unhandled rejection meanwhile.
      extracting.catch(() => undefined);
      return turns.run('match', () => matchRun(extracting));
    },
    find: async (text, url) => {
      await host.built();
      return host.guarded(() => worker.call('duplicate', { text, url }));
    },
    add: (id, title, text, url) => {
      worker.call('hold', { id, title, text, url }).catch(quietly('hold an imported article'));
    },
    drop: (ids) => {
      worker.call('drop', { ids: [...ids] }).catch(quietly('forget an article not imported'));
    },
    end: async () => {
      await worker.call('release', {}).catch(() => undefined);
    },
  };
}
