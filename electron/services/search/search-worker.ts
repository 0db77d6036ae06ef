/**
 * The search worker thread: owns the FTS5 index file (fts-store.ts) and
 * answers main's requests (search-protocol.ts) one at a time, so indexing,
 * queries and passage building never run on main's event loop. A second
 * instance, with no index open, reads an import's files (`extract`): the
 * one request that waits on I/O; extractions are answered one after another
 * in the order they came.
 */

import { parentPort } from 'node:worker_threads';
import { readFiles } from '../import/import-screen';
import { storedKeyOf } from './duplicate-table';
import { indexedColumn } from './fts-terms';
import { readArticleDoc } from './article-text';
import { FtsStore, isDamage, removeIndexFiles, type FtsDoc } from './fts-store';
import { readPreparedDocs } from './prepared-doc';
import { PipeIn, PipeOut } from './batch-pipe';
import { sameDigest } from './list-digest';
import { shownHit } from './result-passage';
import type { ExtractedFile, SearchAnswer, SearchRequest } from './search-protocol';

let store: FtsStore | null = null;
/** The (id, stamp) chunks of a sync received so far. */
let syncing: [string, string][][] = [];
/** The extractions, in order. */
let extracting: Promise<void> = Promise.resolve();
/** A build's pipe (batch-pipe.ts): this worker's end, sending (preparing) or receiving (indexing). */
let pipeOut: PipeOut | null = null;
let pipeIn: PipeIn | null = null;

/** The end of the pipe this worker was given; throws when it has none. */
function piped<T>(end: T | null): T {
  if (!end) throw new Error('no build pipe was given to this worker');
  return end;
}

function open(path: string): FtsStore {
  store?.close();
  store = FtsStore.open(path);
  return store;
}

function opened(): FtsStore {
  if (!store) throw new Error('the search index is not open');
  return store;
}

/** Removes indexed articles not in `entries`; the ids of `entries` whose stamp the index lacks or differs. */
function syncStore(target: FtsStore, entries: readonly [string, string][]): string[] {
  const indexed = target.stamps();
  const wanted = new Set<string>();
  const stale: string[] = [];
  for (const [id, stamp] of entries) {
    wanted.add(id);
    if (indexed.get(id) !== stamp) stale.push(id);
  }
  target.remove([...indexed.keys()].filter((id) => !wanted.has(id)));
  return stale;
}

function run(request: SearchRequest): unknown {
  switch (request.op) {
    case 'open':
      return { fresh: open(request.path).fresh };
    case 'reset':
      store?.close();
      store = null;
      removeIndexFiles(request.path);
      return { fresh: open(request.path).fresh };
    case 'size':
      return opened().size();
    case 'verify':
      return sameDigest(opened().digest(), request.digest);
    case 'sync': {
      syncing.push(request.entries);
      if (!request.done) return [];
      const entries = syncing.flat();
      syncing = [];
      return syncStore(opened(), entries);
    }
    case 'put':
      opened().put(request.docs);
      return null;
    case 'index': {
      const docs = request.sources.map(readArticleDoc).filter((d): d is FtsDoc => d !== null);
      opened().put(docs);
      return docs.length;
    }
    case 'pipe':
      pipeOut?.close();
      pipeIn?.close();
      [pipeOut, pipeIn] =
        request.end === 'out' ? [new PipeOut(request.port), null] : [null, new PipeIn(request.port)];
      return null;
    case 'prepareTo': {
      const out = piped(pipeOut);
      return readPreparedDocs(request.sources).then((docs) => {
        out.send(request.batch, docs);
        return docs.length;
      });
    }
    case 'putPiped':
      return piped(pipeIn)
        .take(request.batch)
        .then((docs) => {
          opened().putPrepared(docs);
          return docs.length;
        });
    case 'build':
      if (request.start) return opened().startBuild();
      opened().endBuild();
      return false;
    case 'remove':
      opened().remove(request.ids);
      return null;
    case 'search': {
      const { total, hits } = opened().search(request.query, request.limit);
      return { total, hits: hits.map((hit) => shownHit(request.query, hit, request.articlesDir)) };
    }
    case 'ids':
      return opened().matchingIds(request.query);
    case 'duplicate':
      return opened().likelyDuplicate(request.text, request.url);
    case 'hold':
      opened().holdDuplicate(request.id, request.title, request.text, request.url);
      return null;
    case 'match':
      return opened().screenDuplicates(request.files);
    case 'drop':
      opened().dropHeld(request.ids);
      return null;
    case 'release':
      opened().releaseHeld();
      return null;
    case 'extract':
      throw new Error('extract is answered in order with the other extractions');
    case 'close':
      store?.close();
      store = null;
      return null;
  }
}

/** An import's run of files read, each read one with its duplicate key and indexed text. */
async function extract(paths: readonly string[]): Promise<ExtractedFile[]> {
  return (await readFiles(paths)).map((file) => {
    if (!file.ok) return file;
    const { title, canonical, url } = file.imported;
    const key = storedKeyOf(file.id, title, canonical.text, url);
    return { ...file, screen: { key, column: indexedColumn(canonical.text) } };
  });
}

/** Answers request `seq` with what `work` gives or throws. */
async function answer(seq: number, work: () => unknown): Promise<void> {
  let reply: SearchAnswer;
  try {
    reply = { seq, ok: true, value: await work() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply = { seq, ok: false, message, damaged: isDamage(error) };
  }
  parentPort?.postMessage(reply);
}

parentPort?.on('message', (request: SearchRequest) => {
  if (request.op === 'extract') {
    const { paths } = request;
    extracting = extracting.then(() => answer(request.seq, () => extract(paths)));
  } else void answer(request.seq, () => run(request));
});
