/**
 * The worker thread of a Hamish JSON import: reads (when given a path),
 * parses and schema-checks the file, then checks every annotation against
 * the texts main sends (import-check.ts), so that none of that blocks main's
 * event loop (a 200k-annotation file held main for seconds). Hands the
 * checked file back in batches (see import-worker-protocol.ts). Takes one
 * job at a time and is kept for the next (main serialises them).
 */

import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { HamishExport } from '../../../shared/export-format';
import { AppFailure } from '../../../shared/result';
import { mergeTaxonomy } from '../../../shared/taxonomy-merge';
import { checkImport, parseImport } from './import-check';
import {
  ANNOTATION_BATCH,
  type CheckContext,
  type CheckJob,
  type ImportSource,
  type MoreRequest,
  type WorkerMessage,
} from './import-worker-protocol';

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs only as a worker thread');
const post = (message: WorkerMessage): void => port.postMessage(message);

async function readSource(source: ImportSource): Promise<string> {
  if ('raw' in source) return source.raw;
  return readFile(source.path, 'utf8').catch(() => {
    throw new AppFailure('file-unreadable', `Cannot read ${source.path}`, { file: source.path });
  });
}

/** The running job's wait for its context message. */
let awaitContext: ((context: CheckContext) => void) | null = null;
/** The running job's wait for main to ask for the next batch. */
let awaitMore: (() => void) | null = null;

async function run(source: ImportSource): Promise<void> {
  const data: HamishExport = parseImport(await readSource(source));
  const total = data.articles.reduce((n, a) => n + a.annotations.length, 0);
  post({ type: 'parsed', total, shas: [...new Set(data.articles.map((a) => a.textSha256))] });
  const { taxonomy, entityIds, texts } = await new Promise<CheckContext>(
    (resolve) => (awaitContext = resolve),
  );
  const bySha = new Map(texts);
  // As importHamish checks: the file's tags join the scheme, its entities the library's.
  const scheme = mergeTaxonomy(taxonomy, data.taxonomy).taxonomy;
  const ids = new Set([...entityIds, ...(data.entities ?? []).map((e) => e.id)]);
  await checkImport(
    data,
    scheme,
    ids,
    (sha) => bySha.get(sha),
    (done) => {
      post({ type: 'checked', done });
      return Promise.resolve();
    },
  );
  const { articles, ...head } = data;
  post({ type: 'head', data: head, articles: articles.map((a) => ({ ...a, annotations: undefined })) });
  for (const [i, article] of articles.entries()) {
    for (let k = 0; k < article.annotations.length; k += ANNOTATION_BATCH) {
      const asked = new Promise<void>((resolve) => (awaitMore = resolve));
      post({ type: 'annotations', article: i, list: article.annotations.slice(k, k + ANNOTATION_BATCH) });
      await asked;
    }
  }
  post({ type: 'end' });
}

port.on('message', (message: CheckJob | CheckContext | MoreRequest) => {
  if (message.type === 'more') {
    awaitMore?.();
    awaitMore = null;
    return;
  }
  if (message.type === 'context') {
    awaitContext?.(message);
    awaitContext = null;
    return;
  }
  run(message.source).catch((error: unknown) => {
    const failure =
      error instanceof AppFailure
        ? error
        : new AppFailure('internal', error instanceof Error ? error.message : String(error));
    post({ type: 'failed', error: failure.toError() });
  });
});
