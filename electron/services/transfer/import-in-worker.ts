/**
 * Main's side of the Hamish JSON import worker (import-worker.ts): starts
 * it, answers its question for the library's texts, relays its progress,
 * and puts the checked file back together from its batches. Main's event
 * loop keeps turning throughout: it only ever receives one small message at
 * a time. The worker is kept between imports (starting one costs a moment);
 * aborting ends it at once ('cancelled', nothing written).
 */

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExportedArticle, HamishExport } from '../../../shared/export-format';
import { AppFailure } from '../../../shared/result';
import type { Taxonomy } from '../../../shared/taxonomy';
import type {
  CheckContext,
  CheckJob,
  ImportSource,
  MoreRequest,
  WorkerMessage,
} from './import-worker-protocol';

/** What the worker needs from the library, asked once the file has parsed. */
export interface CheckHost {
  taxonomy(): Promise<Taxonomy>;
  /** The ids of the library's entities. */
  entityIds(): string[];
  /** The library's texts with these SHA-256 hashes (absent ones left out), as [textSha256, text]. */
  texts(shas: readonly string[]): Promise<[string, string][]>;
}

export interface CheckOptions {
  /** The file parsed and has `total` annotations. */
  onParsed?: (total: number) => void;
  /** `done` annotations of the file checked. */
  onChecked?: (done: number) => void;
  signal?: AbortSignal;
}

const cancelled = () => new AppFailure('cancelled', 'The import was cancelled; nothing was written');

/**
 * The worker's script beside this module: the built one (out/main/*.js,
 * out/cli/*.mjs, one entry of each build), or under Node with TypeScript
 * sources (tests, benches) the .ts file run through jiti's loader.
 */
function workerScript(): { url: URL; execArgv: string[] } {
  const here = import.meta.url;
  if (/\.ts$/u.test(new URL(here).pathname)) {
    // jiti's "./register" export has an import condition only: found beside its package.json.
    const jiti = dirname(createRequire(here).resolve('jiti/package.json'));
    const loader = pathToFileURL(join(jiti, 'lib', 'jiti-register.mjs')).href;
    return { url: new URL('./import-worker.ts', here), execArgv: ['--import', loader] };
  }
  const ext = new URL(here).pathname.endsWith('.mjs') ? '.mjs' : '.js';
  return { url: new URL(`./import-worker${ext}`, here), execArgv: [] };
}

/** The kept worker (started on first use, ended on cancel or failure) and the tail of its job queue. */
let kept: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function workerNow(): Worker {
  if (kept) return kept;
  const { url, execArgv } = workerScript();
  const worker = new Worker(url, { execArgv });
  worker.on('exit', () => {
    if (kept === worker) kept = null;
  });
  kept = worker;
  return worker;
}

/**
 * Reads (for a path), parses and checks a Hamish JSON file in a worker
 * thread; resolves to the checked file. One file at a time: a second call
 * waits for the first. Rejects with the worker's AppFailure
 * ('invalid-import', 'file-unreadable'…), with 'cancelled' when `signal`
 * aborts (the worker is ended at once), with 'internal' if the worker dies.
 */
export function checkInWorker(
  source: ImportSource,
  host: CheckHost,
  options: CheckOptions = {},
): Promise<HamishExport> {
  const job = queue.then(() => runJob(source, host, options));
  queue = job.catch(() => undefined);
  return job;
}

function runJob(source: ImportSource, host: CheckHost, options: CheckOptions): Promise<HamishExport> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(cancelled());
  const worker = workerNow();
  // Held while a job runs (a CLI awaiting it has nothing else to keep it alive), let go between jobs.
  worker.ref();
  return new Promise<HamishExport>((resolve, reject) => {
    let data: HamishExport | null = null;
    let settled = false;
    const settle = (error: Error | null, end = false) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      worker.unref();
      if (end) {
        // The next job starts a new worker, not this one on its way out.
        if (kept === worker) kept = null;
        void worker.terminate();
      }
      if (error || !data) reject(error ?? new AppFailure('internal', 'The import worker sent nothing'));
      else resolve(data);
    };
    const abort = () => settle(cancelled(), true);
    signal?.addEventListener('abort', abort);
    const answer = async (shas: string[]) => {
      const context: CheckContext = {
        type: 'context',
        taxonomy: await host.taxonomy(),
        entityIds: host.entityIds(),
        texts: await host.texts(shas),
      };
      if (!settled) worker.postMessage(context);
    };
    const onMessage = (message: WorkerMessage) => {
      switch (message.type) {
        case 'parsed':
          options.onParsed?.(message.total);
          answer(message.shas).catch((error: unknown) => settle(error as Error, true));
          break;
        case 'checked':
          options.onChecked?.(message.done);
          break;
        case 'head':
          data = {
            ...message.data,
            articles: message.articles.map((a): ExportedArticle => ({ ...a, annotations: [] })),
          };
          break;
        case 'annotations':
          data?.articles[message.article]?.annotations.push(...message.list);
          // Asked for on the next turn, so that each batch has a turn of main's event loop to itself.
          setImmediate(() => {
            if (!settled) worker.postMessage(more);
          });
          break;
        case 'end':
          settle(null);
          break;
        case 'failed':
          settle(new AppFailure(message.error.code, message.error.message, message.error.params));
      }
    };
    const onError = (error: Error) =>
      settle(new AppFailure('internal', `The import worker failed: ${error.message}`), true);
    const onExit = () => settle(new AppFailure('internal', 'The import worker stopped before it was done'));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const more: MoreRequest = { type: 'more' };
    const job: CheckJob = { type: 'job', source };
    worker.postMessage(job);
  });
}
