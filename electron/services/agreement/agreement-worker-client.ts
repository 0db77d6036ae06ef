/**
 * Main's side of the agreement worker: starts the thread on first use (the
 * built agreement-worker.js beside this bundle, or under Node with
 * TypeScript sources — tests, benches — the .ts file through jiti), keeps it
 * for the next report, and turns each job into a promise. The thread keeps
 * the process alive only while a job waits for its answer; if it dies, the
 * jobs waiting fail with 'internal' and the next one starts a new thread.
 */

import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AgreementOptions, AgreementReport, CodedArticle } from '../../../shared/agreement/report';
import { AppFailure } from '../../../shared/result';
import type { AgreementAnswer, AgreementJob } from './agreement-worker-protocol';

function startWorker(): Worker {
  const here = fileURLToPath(import.meta.url);
  const ext = extname(here);
  const entry = join(dirname(here), `agreement-worker${ext === '.ts' ? '.ts' : ext}`);
  if (ext !== '.ts') return new Worker(entry);
  const jiti = createRequire(import.meta.url).resolve('jiti');
  const code = `require(${JSON.stringify(jiti)}).createJiti(${JSON.stringify(entry)}).import(${JSON.stringify(entry)});`;
  return new Worker(code, { eval: true });
}

type Waiting = { resolve: (reports: AgreementReport[]) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
const pending = new Map<number, Waiting>();
let seq = 0;

function workerNow(): Worker {
  if (worker) return worker;
  const started = startWorker();
  started.unref();
  started.on('message', (answer: AgreementAnswer) => {
    const waiting = pending.get(answer.seq);
    pending.delete(answer.seq);
    if (pending.size === 0) started.unref();
    if (!waiting) return;
    if (answer.ok) waiting.resolve(answer.reports);
    else waiting.reject(new AppFailure('internal', `The agreement report failed: ${answer.message}`));
  });
  const fail = (error: Error) => {
    if (worker === started) worker = null;
    for (const waiting of pending.values())
      waiting.reject(new AppFailure('internal', `The agreement worker stopped: ${error.message}`));
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`exit code ${code}`)));
  worker = started;
  return started;
}

/**
 * The agreement reports of `articles` (every coder's codings, in the order
 * of `coders`), one per entry of `options`, computed in the worker thread.
 * Rejects with AppFailure('internal') if the worker fails.
 */
export function reportsInWorker(
  coders: readonly string[],
  articles: readonly CodedArticle[],
  options: readonly AgreementOptions[],
): Promise<AgreementReport[]> {
  const thread = workerNow();
  const job: AgreementJob = {
    seq: ++seq,
    coders: [...coders],
    articles: [...articles],
    options: [...options],
  };
  return new Promise<AgreementReport[]>((resolve, reject) => {
    pending.set(job.seq, { resolve, reject });
    thread.ref();
    thread.postMessage(job);
  });
}
