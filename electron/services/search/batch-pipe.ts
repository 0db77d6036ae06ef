/**
 * A build's pipe between the two search workers (index-build.ts, issue 17
 * B8): the preparing worker sends each prepared batch (~1.3 MB of indexed
 * text per 200 articles) down a MessagePort straight to the index's worker,
 * so main, which only orders the batches and hears how many each held,
 * never copies them in and out (~2.6 ms of main per batch through it).
 * Batches are numbered by main, since two are prepared at once and may
 * finish out of order. Worker side.
 */

import type { MessagePort } from 'node:worker_threads';
import type { PreparedDoc } from './prepared-doc';

/** What goes down the pipe: one prepared batch. */
interface PipedBatch {
  batch: number;
  docs: PreparedDoc[];
}

/** The preparing worker's end: sends batches. */
export class PipeOut {
  constructor(private readonly port: MessagePort) {}

  /** Sends batch `batch`'s prepared articles to the index's worker. */
  send(batch: number, docs: PreparedDoc[]): void {
    this.port.postMessage({ batch, docs } satisfies PipedBatch);
  }

  /** Closes this end (the index's end then fails whatever still waits). */
  close(): void {
    this.port.close();
  }
}

/** The index's worker's end: batches as they come, and requests waiting for theirs. */
export class PipeIn {
  private readonly arrived = new Map<number, PreparedDoc[]>();
  private readonly waiting = new Map<
    number,
    { resolve: (docs: PreparedDoc[]) => void; reject: (e: Error) => void }
  >();
  private closed = false;

  constructor(private readonly port: MessagePort) {
    port.on('message', ({ batch, docs }: PipedBatch) => {
      const waiter = this.waiting.get(batch);
      this.waiting.delete(batch);
      if (waiter) waiter.resolve(docs);
      else this.arrived.set(batch, docs);
    });
    // The preparing worker ended (the build is over, or it failed): nothing more will come.
    port.on('close', () => this.shut());
  }

  /**
   * Batch `batch`, once it has come (at once when it has); rejects when the
   * pipe closed before it came. Each batch is taken once.
   */
  take(batch: number): Promise<PreparedDoc[]> {
    const docs = this.arrived.get(batch);
    if (docs) {
      this.arrived.delete(batch);
      return Promise.resolve(docs);
    }
    if (this.closed) return Promise.reject(new Error(`the build's pipe closed before batch ${batch} came`));
    return new Promise((resolve, reject) => this.waiting.set(batch, { resolve, reject }));
  }

  /** Closes this end and drops what it held; whatever waits is rejected. */
  close(): void {
    this.port.close();
    this.shut();
  }

  private shut(): void {
    this.closed = true;
    this.arrived.clear();
    for (const [batch, { reject }] of this.waiting)
      reject(new Error(`the build's pipe closed before batch ${batch} came`));
    this.waiting.clear();
  }
}
