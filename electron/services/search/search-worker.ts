/**
 * The search worker thread: owns the FTS5 index file (fts-store.ts) and
 * answers main's requests (search-protocol.ts) one at a time, so indexing,
 * queries and passage building never run on main's event loop.
 */

import { parentPort } from 'node:worker_threads';
import { readArticleDoc } from './article-text';
import { FtsStore, isDamage, removeIndexFiles, type FtsDoc } from './fts-store';
import { shownHit } from './result-passage';
import type { SearchAnswer, SearchRequest } from './search-protocol';

let store: FtsStore | null = null;
/** The (id, stamp) chunks of a sync received so far. */
let syncing: [string, string][][] = [];

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
    case 'release':
      opened().releaseHeld();
      return null;
    case 'close':
      store?.close();
      store = null;
      return null;
  }
}

parentPort?.on('message', (request: SearchRequest) => {
  let answer: SearchAnswer;
  try {
    answer = { seq: request.seq, ok: true, value: run(request) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    answer = { seq: request.seq, ok: false, message, damaged: isDamage(error) };
  }
  parentPort?.postMessage(answer);
});
