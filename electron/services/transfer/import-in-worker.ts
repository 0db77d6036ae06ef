/**
 * Main's side of the Hamish JSON import worker (import-worker.ts): starts
 * it, answers its question for the library's texts, relays its progress,
 * then either puts the checked file back together from its batches
 * (checkInWorker) or drives the write phase (ImportJob: main plans, the
 * worker builds, merges, sorts and writes each article while main holds
 * its lock). Main's event loop keeps turning throughout: it only ever
 * receives one small message at a time. The worker is kept between imports
 * (starting one costs a moment); aborting before the write phase ends it at
 * once ('cancelled', nothing written).
 */

import type { Worker } from 'node:worker_threads';
import type { ExportedArticle, HamishExport } from '../../../shared/export-format';
import { AppFailure } from '../../../shared/result';
import type { ConflictPolicy } from '../../../shared/export/export-request';
import type { Annotation } from '../../../shared/model';
import type {
  AddedSummary,
  ApplyOutcome,
  CheckHost,
  CheckOptions,
  ArticlePlan,
  ImportCoders,
  ImportSource,
  MainMessage,
  WireSource,
  WorkerMessage,
} from './import-worker-protocol';
export type { CheckHost, CheckOptions } from './import-worker-protocol';
import { encodeInSlices, forgetWorker, workerNow } from './import-worker-thread';

/** The tail of the job queue: a job starts once the one before it has finished. */
let queue: Promise<unknown> = Promise.resolve();

const cancelled = () => new AppFailure('cancelled', 'The import was cancelled; nothing was written');

/** The request in flight: `take` returns a value for the answer it waits for, undefined for any other message. */
interface Pending {
  take(message: WorkerMessage): unknown;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * One import in the worker, from the checked file to the end of its write
 * phase; made by startImport. Requests go one at a time. `finish()` must be
 * called at the end, whatever happened: the next job waits for it.
 */
export class ImportJob {
  private checked: HamishExport | null = null;
  private pending: Pending | null = null;
  private ended: Error | null = null;
  private abortable = true;

  private constructor(
    private readonly worker: Worker,
    private readonly options: CheckOptions,
    private readonly release: () => void,
  ) {}

  /** The checked file with every article's annotations left out (see collect). */
  get head(): HamishExport {
    if (!this.checked) throw new AppFailure('internal', 'The import file is not checked yet');
    return this.checked;
  }

  /** Starts a job on `worker`: reads, parses and checks `source`; resolves once the file is checked. */
  static async start(
    worker: Worker,
    source: ImportSource,
    host: CheckHost,
    options: CheckOptions,
    release: () => void,
  ) {
    const job = new ImportJob(worker, options, release);
    job.listen();
    const answer = async (shas: string[]) => {
      const context: MainMessage = {
        type: 'context',
        taxonomy: await host.taxonomy(),
        entityIds: host.entityIds(),
        texts: await host.texts(shas),
      };
      if (!job.ended) worker.postMessage(context);
    };
    try {
      const wire: WireSource = 'raw' in source ? { chunks: await encodeInSlices(source.raw) } : source;
      const transfer = 'chunks' in wire ? wire.chunks.map((c) => c.buffer as ArrayBuffer) : [];
      await job.request({ type: 'job', source: wire }, transfer, (message) => {
        if (message.type === 'parsed') {
          options.onParsed?.(message.total);
          answer(message.shas).catch((error: unknown) => job.end(error as Error, true));
        } else if (message.type === 'checked') {
          options.onChecked?.(message.done);
        } else if (message.type === 'head') {
          job.checked = {
            ...message.data,
            articles: message.articles.map((a): ExportedArticle => ({ ...a, annotations: [] })),
          };
          return true;
        }
        return undefined;
      });
    } catch (error) {
      job.finish();
      throw error;
    }
    return job;
  }

  /** Has the worker build the planned articles' annotations; resolves to what the new articles' come to. */
  prepare(plans: ArticlePlan[], coders: ImportCoders): Promise<AddedSummary[]> {
    return this.request({ type: 'prepare', plans, coders }, [], (message) => {
      if (message.type === 'prepared') this.options.onPrepared?.(message.done);
      return message.type === 'ready' ? message.added : undefined;
    });
  }

  /** From here on aborting no longer ends the worker: the write phase runs to the end. */
  beginWrite(): void {
    this.abortable = false;
  }

  /** Has the worker merge (or write) article `article`'s annotations into the files at `path`; see import-apply.ts. */
  apply(article: number, path: string, policy: ConflictPolicy, write: boolean): Promise<ApplyOutcome> {
    return this.request({ type: 'apply', article, path, policy, write }, [], (message) =>
      message.type === 'applied' ? message.outcome : undefined,
    );
  }

  /** The list the last apply left in its article's files, in text order, handed back in batches (each on its own turn). */
  async list(): Promise<Annotation[]> {
    const list: Annotation[] = [];
    await this.request({ type: 'list' }, [], (message) => {
      if (message.type === 'end') return true;
      if (message.type === 'listed') {
        list.push(...message.list);
        setImmediate(() => {
          if (!this.ended) this.worker.postMessage({ type: 'more' } satisfies MainMessage);
        });
      }
      return undefined;
    });
    return list;
  }

  /** The whole checked file, its annotations handed back in batches (each taken on its own turn of main's loop). */
  async collect(): Promise<HamishExport> {
    const data: HamishExport = {
      ...this.head,
      articles: this.head.articles.map((a) => ({ ...a, annotations: [] })),
    };
    await this.request({ type: 'more' }, [], (message) => {
      if (message.type === 'end') return true;
      if (message.type === 'annotations') {
        data.articles[message.article]?.annotations.push(...message.list);
        // Asked for on the next turn, so that each batch has a turn of main's event loop to itself.
        setImmediate(() => {
          if (!this.ended) this.worker.postMessage({ type: 'more' } satisfies MainMessage);
        });
      }
      return undefined;
    });
    return data;
  }

  /** Ends the job: the worker lets its data go, the next job may start. Idempotent. */
  finish(): void {
    if (this.ended) return;
    this.end(null, false);
  }

  private readonly onMessage = (message: WorkerMessage): void => {
    if (message.type === 'failed') {
      this.fail(new AppFailure(message.error.code, message.error.message, message.error.params));
      return;
    }
    const { pending } = this;
    if (!pending) return;
    const value = pending.take(message);
    if (value === undefined) return;
    this.pending = null;
    pending.resolve(value);
  };

  private readonly onError = (error: Error): void =>
    this.end(new AppFailure('internal', `The import worker failed: ${error.message}`), true);

  private readonly onExit = (): void =>
    this.end(new AppFailure('internal', 'The import worker stopped before it was done'), false);

  private readonly onAbort = (): void => {
    if (this.abortable) this.end(cancelled(), true);
  };

  private listen(): void {
    // Held while a job runs (a CLI awaiting it has nothing else to keep it alive), let go between jobs.
    this.worker.ref();
    this.worker.on('message', this.onMessage).on('error', this.onError).on('exit', this.onExit);
    this.options.signal?.addEventListener('abort', this.onAbort);
  }

  private request<T>(
    message: MainMessage,
    transfer: ArrayBuffer[],
    take: (message: WorkerMessage) => T | undefined,
  ): Promise<T> {
    if (this.ended) return Promise.reject(this.ended);
    if (this.abortable && this.options.signal?.aborted) {
      const error = cancelled();
      this.end(error, true);
      return Promise.reject(error);
    }
    return new Promise<T>((resolve, reject) => {
      this.pending = { take, resolve: (value) => resolve(value as T), reject };
      this.worker.postMessage(message, transfer);
    });
  }

  /** A refusal by the worker: the request fails, the worker stays for the next job. */
  private fail(error: Error): void {
    const { pending } = this;
    this.pending = null;
    pending?.reject(error);
  }

  /** Ends the job with `error` (null: finished), rejecting the request in flight; `terminate` ends the worker too. */
  private end(error: Error | null, terminate: boolean): void {
    if (this.ended) return;
    this.ended = error ?? new AppFailure('internal', 'The import job is over');
    this.options.signal?.removeEventListener('abort', this.onAbort);
    this.worker.off('message', this.onMessage).off('error', this.onError).off('exit', this.onExit);
    this.worker.unref();
    if (terminate) {
      // The next job starts a new worker, not this one on its way out.
      forgetWorker(this.worker);
      void this.worker.terminate();
    } else if (error === null) {
      this.worker.postMessage({ type: 'finish' } satisfies MainMessage);
    }
    this.fail(this.ended);
    this.release();
  }
}

/**
 * Reads (for a path), parses and checks a Hamish JSON file in the worker
 * thread; resolves to the job, holding the checked file's head, for its
 * write phase. One job at a time: a second call waits until the first is
 * finished. Rejects with the worker's AppFailure ('invalid-import',
 * 'file-unreadable'…), with 'cancelled' when `signal` aborts (the worker is
 * ended at once), with 'internal' if the worker dies.
 */
export function startImport(
  source: ImportSource,
  host: CheckHost,
  options: CheckOptions = {},
): Promise<ImportJob> {
  const previous = queue;
  let release: () => void = () => undefined;
  queue = new Promise<void>((resolve) => (release = resolve));
  return previous.then(() => {
    if (options.signal?.aborted) {
      release();
      return Promise.reject(cancelled());
    }
    return ImportJob.start(workerNow(), source, host, options, release);
  });
}

/**
 * Reads (for a path), parses and checks a Hamish JSON file in a worker
 * thread; resolves to the checked file, handed back in batches. Rejects as
 * startImport.
 */
export async function checkInWorker(
  source: ImportSource,
  host: CheckHost,
  options: CheckOptions = {},
): Promise<HamishExport> {
  const job = await startImport(source, host, options);
  try {
    return await job.collect();
  } finally {
    job.finish();
  }
}
