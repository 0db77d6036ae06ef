/**
 * The worker thread of a Hamish JSON import: reads (when given a path),
 * parses and schema-checks the file, then checks every annotation against
 * the texts main sends (import-check.ts), so that none of that blocks main's
 * event loop (a 200k-annotation file held main for seconds). Then either
 * hands the checked file back in batches, or (the import itself) builds the
 * stored annotations and writes them one article at a time as main asks,
 * main holding that article's lock (import-apply.ts): merging, sorting and
 * serialising a large file never runs on main either. See
 * import-worker-protocol.ts. Takes one job at a time and is kept for the
 * next (main serialises them).
 */

import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { HamishExport } from '../../../shared/export-format';
import { AppFailure } from '../../../shared/result';
import type { Taxonomy } from '../../../shared/taxonomy';
import { mergeTaxonomy } from '../../../shared/taxonomy-merge';
import { PreparedImport } from './import-apply';
import { checkImportClaims } from './claim-import';
import { checkImport, parseImport } from './import-check';
import {
  ANNOTATION_BATCH,
  type CheckContext,
  type MainMessage,
  type WireSource,
  type WorkerMessage,
} from './import-worker-protocol';

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs only as a worker thread');
const post = (message: WorkerMessage): void => port.postMessage(message);

/** The content of UTF-8 `chunks` (a BOM kept, as in the string main was given). */
function decode(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
}

async function readSource(source: WireSource): Promise<HamishExport> {
  if ('data' in source) return source.data;
  if ('chunks' in source) return parseImport(decode(source.chunks));
  const raw = await readFile(source.path, 'utf8').catch(() => {
    throw new AppFailure('file-unreadable', `Cannot read ${source.path}`, { file: source.path });
  });
  return parseImport(raw);
}

/** The running job's wait for its context message. */
let awaitContext: ((context: CheckContext) => void) | null = null;
/** The running job's wait for main to ask for the next batch. */
let awaitMore: (() => void) | null = null;
/** The running job's checked file and texts, kept for its write phase. */
let current: { data: HamishExport; texts: Map<string, string>; scheme: Taxonomy } | null = null;
/** The running job's built annotations, between 'prepare' and 'finish'. */
let prepared: PreparedImport | null = null;

async function check(source: WireSource): Promise<void> {
  const data = await readSource(source);
  const total = data.articles.reduce((n, a) => n + a.annotations.length, 0);
  post({ type: 'parsed', total, shas: [...new Set(data.articles.map((a) => a.textSha256))] });
  const { taxonomy, entityIds, texts } = await new Promise<CheckContext>(
    (resolve) => (awaitContext = resolve),
  );
  const bySha = new Map(texts);
  // As the library will hold them: the file's tags join the scheme, its entities the library's.
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
  checkImportClaims(data, scheme);
  current = { data, texts: bySha, scheme };
  const { articles, ...head } = data;
  post({ type: 'head', data: head, articles: articles.map((a) => ({ ...a, annotations: undefined })) });
}

/** Posts `list` in batches of ANNOTATION_BATCH, each once main has asked for more ('more'). */
async function inBatches<T>(list: readonly T[], send: (batch: T[]) => void): Promise<void> {
  for (let k = 0; k < list.length; k += ANNOTATION_BATCH) {
    const asked = new Promise<void>((resolve) => (awaitMore = resolve));
    send(list.slice(k, k + ANNOTATION_BATCH));
    await asked;
  }
}

/** Hands the checked file's annotations back, one batch per 'more'. */
async function handBack(data: HamishExport): Promise<void> {
  for (const [i, article] of data.articles.entries())
    await inBatches(article.annotations, (list) => post({ type: 'annotations', article: i, list }));
  post({ type: 'end' });
}

/** Handles one message of main's; the answer (if any) is posted. */
async function handle(message: MainMessage): Promise<void> {
  switch (message.type) {
    case 'job':
      current = null;
      prepared = null;
      return check(message.source);
    case 'context':
      awaitContext?.(message);
      awaitContext = null;
      return;
    case 'more':
      if (awaitMore) {
        awaitMore();
        awaitMore = null;
      } else if (current) {
        // The first 'more' starts the hand-back.
        const { data } = current;
        current = null;
        return handBack(data);
      }
      return;
    case 'prepare': {
      if (!current) throw new Error('no checked file to prepare');
      const built = PreparedImport.build(current, message.plans, message.coders, (done) =>
        post({ type: 'prepared', done }),
      );
      prepared = built.job;
      post({ type: 'ready', added: built.added });
      return;
    }
    case 'apply': {
      if (!prepared) throw new Error('no prepared import to apply');
      const { article, path, policy, write } = message;
      post({ type: 'applied', outcome: await prepared.apply(article, path, policy, write) });
      return;
    }
    case 'list':
      if (!prepared) throw new Error('no prepared import to list');
      await inBatches(prepared.last, (list) => post({ type: 'listed', list }));
      post({ type: 'end' });
      return;
    case 'finish':
      current = null;
      prepared = null;
  }
}

port.on('message', (message: MainMessage) => {
  handle(message).catch((error: unknown) => {
    const failure =
      error instanceof AppFailure
        ? error
        : new AppFailure('internal', error instanceof Error ? error.message : String(error));
    post({ type: 'failed', error: failure.toError() });
  });
});
