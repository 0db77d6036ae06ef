/**
 * The search worker thread: owns the FTS5 index file (fts-store.ts) and
 * answers main's requests (search-protocol.ts) one at a time, so indexing,
 * queries and passage building never run on main's event loop. An import's
 * screening (`screen`: files read, extracted and checked for duplicates)
 * is the one request that waits on I/O: other requests are answered
 * meanwhile, while screenings, and the `release` that ends an import, run
 * one after another in the order they came.
 */

import { parentPort } from 'node:worker_threads';
import { screenFiles } from '../import/import-screen';
import { readArticleDoc } from './article-text';
import { FtsStore, isDamage, removeIndexFiles, type FtsDoc } from './fts-store';
import { passageOf } from './result-passage';
import type { SearchAnswer, SearchRequest } from './search-protocol';

let store: FtsStore | null = null;
/** The (id, stamp) chunks of a sync received so far. */
let syncing: [string, string][][] = [];
/** The import's screenings and its release, in order. */
let importing: Promise<void> = Promise.resolve();

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
    case 'remove':
      opened().remove(request.ids);
      return null;
    case 'search':
      return opened().search(request.query, request.limit);
    case 'ids':
      return opened().matchingIds(request.query);
    case 'passages':
      return request.items.map((item) => passageOf(request.query, item));
    case 'duplicate':
      return opened().likelyDuplicate(request.text, request.url);
    case 'hold':
      opened().holdDuplicate(request.id, request.title, request.text, request.url);
      return null;
    case 'drop':
      opened().dropHeld(request.ids);
      return null;
    case 'screen':
    case 'release':
      throw new Error(`${request.op} is answered in order with the import's other requests`);
    case 'close':
      store?.close();
      store = null;
      return null;
  }
}

/** An import's request: screened files (each checked against the index at the time), or the held ones released. */
async function runImport(request: Extract<SearchRequest, { op: 'screen' | 'release' }>): Promise<unknown> {
  if (request.op === 'release') {
    opened().releaseHeld();
    return null;
  }
  return screenFiles(request.paths, (id, imported) =>
    opened().screenDuplicate(id, imported.title, imported.canonical.text, imported.url),
  );
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
  if (request.op === 'screen' || request.op === 'release') {
    importing = importing.then(() => answer(request.seq, () => runImport(request)));
  } else void answer(request.seq, () => run(request));
});
