/**
 * The search index without the library around it: MiniSearch over titles and
 * texts with the shared Arabic terms (normaliser + proclitic stems), the query
 * tree a search runs, a build that yields to the event loop between short
 * batches (the index lives in main: a build that held the loop for seconds
 * would stall every IPC call), and the persisted form.
 */

import { performance } from 'node:perf_hooks';
import MiniSearch, { type Options, type Query } from 'minisearch';
import { indexTerms, normalizeTerm, queryTerms, WORD_SEPARATOR } from '../../../shared/search-terms';

/** What the index holds for one article (nothing is stored: results are read back from the library). */
export interface IndexedDoc {
  id: string;
  title: string;
  text: string;
}

/**
 * `indexTerms` of each distinct word, memoised: a library repeats the same
 * words across articles, and normalising and stemming every occurrence was a
 * large part of a build. Bounded; cleared when full.
 */
const TERMS = new Map<string, string[]>();
const MAX_TERMS = 200_000;

/** The index terms of one word (its normalised form and its stems), memoised. */
export function cachedIndexTerms(word: string): string[] {
  let terms = TERMS.get(word);
  if (terms === undefined) {
    terms = indexTerms(word);
    if (TERMS.size >= MAX_TERMS) TERMS.clear();
    TERMS.set(word, terms);
  }
  return terms;
}

/** The one MiniSearch configuration: index, query and load must agree on it. */
export const INDEX_OPTIONS: Options<IndexedDoc> = {
  fields: ['title', 'text'],
  storeFields: [],
  tokenize: (text) => text.split(WORD_SEPARATOR),
  processTerm: (term) => cachedIndexTerms(term),
  searchOptions: {
    processTerm: (term) => normalizeTerm(term) || null,
    boost: { title: 2 },
    prefix: (term) => term.length >= 4,
  },
};

/** An empty index with Hamish's options. */
export function createIndex(): MiniSearch<IndexedDoc> {
  return new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
}

/**
 * The MiniSearch query for `query`: every word must match (AND), each through
 * its normalised form or one of its stems (OR); null when it has no words.
 */
export function queryTree(query: string): Query | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  return {
    combineWith: 'AND',
    queries: terms.map((t) => ({ combineWith: 'OR', queries: t.alternatives })),
  };
}

/** Default longest stretch of indexing between two yields to the event loop. */
export const BUILD_SLICE_MS = 8;

/** Resolves on the event loop's next check phase, after pending I/O and timers. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Adds `docs` (skipping ids already present) and yields to the event loop
 * whenever `sliceMs` of work has run since the last yield, so timers and IPC
 * keep being served during a build of thousands of articles. Resolves to the
 * number of documents added.
 */
export async function addAllYielding(
  index: MiniSearch<IndexedDoc>,
  docs: Iterable<IndexedDoc> | AsyncIterable<IndexedDoc>,
  sliceMs = BUILD_SLICE_MS,
): Promise<number> {
  let added = 0;
  let sliceStart = performance.now();
  for await (const doc of docs) {
    if (!index.has(doc.id)) {
      index.add(doc);
      added++;
    }
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToLoop();
      sliceStart = performance.now();
    }
  }
  return added;
}

/** The persisted form of `index` (MiniSearch's JSON). */
export function serializeIndex(index: MiniSearch<IndexedDoc>): string {
  return JSON.stringify(index);
}

/** An index read back from `serializeIndex`'s output; rejects when it is not one. */
export function loadIndex(json: string): Promise<MiniSearch<IndexedDoc>> {
  return MiniSearch.loadJSONAsync<IndexedDoc>(json, INDEX_OPTIONS);
}
