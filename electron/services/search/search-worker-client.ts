/**
 * Main's side of the search worker: starts the thread (from the built
 * search-worker.js beside this bundle, or, when running from TypeScript
 * sources under Node for tests and benchmarks, through jiti) and turns its
 * requests into promises. The thread keeps the process alive only while a
 * request is waiting for its answer.
 */

import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type MessagePort } from 'node:worker_threads';
import { asNativeModuleFailure } from './native-module';
import type { SearchAnswer, SearchOp, SearchOps } from './search-protocol';

/** A failed request; `damaged` when SQLite found the index file damaged (it must be rebuilt). */
export class SearchWorkerError extends Error {
  constructor(
    message: string,
    readonly damaged: boolean,
  ) {
    super(message);
    this.name = 'SearchWorkerError';
  }
}

/**
 * The worker's code: `entry` when given (a built search-worker.js, so a
 * benchmark run from sources can time the start of the bundle the app ships),
 * else the built entry beside this module, or the TypeScript one loaded through jiti.
 */
function startWorker(entry?: string): Worker {
  if (entry) return new Worker(entry);
  const here = fileURLToPath(import.meta.url);
  const ext = extname(here);
  const beside = join(dirname(here), `search-worker${ext === '.ts' ? '.ts' : ext}`);
  if (ext !== '.ts') return new Worker(beside);
  const jiti = createRequire(import.meta.url).resolve('jiti');
  const code = `require(${JSON.stringify(jiti)}).createJiti(${JSON.stringify(beside)}).import(${JSON.stringify(beside)});`;
  return new Worker(code, { eval: true });
}

export class SearchWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private failure: Error | null = null;

  /** Starts the thread: from `entry` (a built search-worker.js) when given, else as `startWorker` finds it. */
  constructor(entry?: string) {
    this.worker = startWorker(entry);
    this.worker.unref();
    this.worker.on('message', (answer: SearchAnswer) => {
      const waiting = this.pending.get(answer.seq);
      this.pending.delete(answer.seq);
      if (this.pending.size === 0) this.worker.unref();
      if (!waiting) return;
      if (answer.ok) waiting.resolve(answer.value);
      else waiting.reject(new SearchWorkerError(answer.message, answer.damaged));
    });
    const fail = (thrown: Error) => {
      const error = asNativeModuleFailure(thrown);
      // The first cause stands: a thread that failed to load also exits just after.
      this.failure ??= error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the search worker stopped (exit code ${code})`)));
  }

  /**
   * Sends one request; resolves to its answer, rejects with a SearchWorkerError, or when the thread
   * died (an AppFailure 'native-module' when better-sqlite3 could not be loaded in it).
   * `transfer`: the ports the request carries, moved to the thread (a build's pipe, batch-pipe.ts).
   */
  call<K extends SearchOp>(
    op: K,
    request: SearchOps[K]['request'],
    transfer: readonly MessagePort[] = [],
  ): Promise<SearchOps[K]['answer']> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(seq, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...request, seq, op }, transfer);
    });
  }

  /** Closes the index file and ends the thread. */
  async close(): Promise<void> {
    if (this.failure) return;
    await this.call('close', {}).catch(() => undefined);
    await this.worker.terminate();
  }
}
