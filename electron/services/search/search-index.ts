/**
 * The full-text search of a library (DESIGN.md "Search"): SQLite FTS5 in a
 * worker thread (search-worker.ts), with the shared Arabic normaliser and
 * proclitic stems applied to index and query (fts-terms.ts). It follows the
 * library's change events (import, trash, restore, delete, title edits). The
 * index file, search-index.sqlite in the library folder, is a cache: on open
 * the articles it lacks or holds stale are indexed again from their files,
 * those it holds that the library no longer lists are dropped, and a missing,
 * damaged or older file is rebuilt whole. Passages are made for the shown
 * results only, in the worker. The MiniSearch files of earlier versions are
 * removed once this index is built. The same file keeps each article's
 * near-duplicate key (duplicate-table.ts), so an import's duplicate check
 * (`duplicateFinder`, worker-duplicates.ts) is answered by the workers from
 * indexed candidates, never by main reading and comparing the whole library.
 */

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleMeta } from '../../../shared/model';
import type { SearchResponse, SearchResult } from '../../../shared/search-types';
import type { DuplicateFinder } from '../import/near-duplicate';
import type { Library } from '../library/library';
import type { LibraryEvent } from '../library/library-events';
import { stampOf, type ArticleSource } from './article-text';
import type { FreshReason } from './fts-store';
import { headHolds } from './head-check';
import { indexSources } from './index-build';
import { staleIds } from './index-sync';
import { digestOfList, type ListDigest } from './list-digest';
import { SearchWorkerClient, SearchWorkerError } from './search-worker-client';
import { workerDuplicates } from './worker-duplicates';
import { nextTurn } from '../storage/next-turn';

/** The index file in the library folder. */
export const SEARCH_INDEX_FILE = 'search-index.sqlite';

/** Most results a search returns when the caller names no limit. */
export const DEFAULT_SEARCH_LIMIT = 30;

/** The MiniSearch index files of earlier versions, removed once the FTS5 index is built. */
export const OLD_INDEX_FILES = ['search-index.v1.json', 'search-index.v2.json'];

/** Files from which an import's files are read by a second worker (worker-duplicates.ts). */
export const SECOND_WORKER_FILES = 64;

export interface SearchIndexOptions {
  /** Where the index file goes; default the library folder's search-index.sqlite. */
  path?: string;
  /** A built search-worker.js to run (benchmarks from sources timing the shipped bundle); default as the client finds it. */
  workerEntry?: string;
  /**
   * The index's worker, started earlier (the app starts it with the library's
   * open, so the thread's start, ~20-45 ms, is not waited for after it):
   * used instead of starting one at attach; the index owns it from then on.
   */
  worker?: SearchWorkerClient;
  /** Articles to index at once from which a second worker prepares them (index-build.ts; default PARALLEL_FROM). */
  parallelFrom?: number;
}

export class SearchIndex {
  private readonly worker: SearchWorkerClient;
  /** A second worker that reads an import's files while the first indexes (started by the first import). */
  private extracting: SearchWorkerClient | undefined;
  /** Every change runs after the previous one (and after opening). */
  private chain: Promise<void>;
  /** Resolves once the index holds every listed article (after opening, or after a restore's rebuild). */
  private built: Promise<void>;
  private readonly path: string;
  /** Why the index file was started anew at open (null: it was read as it was). */
  fresh: FreshReason = null;
  /** Articles indexed (again) from their files at open. */
  indexedAtOpen = 0;
  /**
   * How the last sync (at open, or after a restore or damage) found the index:
   * "same" when its digest matched the library's list (no per-article
   * comparison was made), "compared" when it was compared article by article.
   */
  lastSync: 'same' | 'compared' | null = null;

  /** Attaches an index to `library`: starts opening it and follows the library's changes from now on. */
  static attach(library: Library, options: SearchIndexOptions = {}): SearchIndex {
    return new SearchIndex(library, options.path ?? join(library.paths.dir, SEARCH_INDEX_FILE), options);
  }

  private constructor(
    private readonly library: Library,
    path: string,
    private readonly options: SearchIndexOptions,
  ) {
    this.worker = options.worker ?? new SearchWorkerClient(options.workerEntry);
    this.path = path;
    // A failure to open is logged here; the searches that follow then fail with the worker's error.
    this.chain = this.open().catch((error: unknown) => {
      console.error('search index could not be opened', error);
    });
    this.built = this.chain;
    // Never awaited except for "flush" and "close": the library may hold an article's lock while it tells us.
    library.onChange((event) => this.onLibraryEvent(event));
  }

  /** True once the index was read from its file instead of built anew. */
  get loadedFromDisk(): boolean {
    return this.fresh === null;
  }

  /** Resolves once every change so far is in the index. */
  ready(): Promise<void> {
    return this.chain;
  }

  /** Number of articles in the index. */
  async size(): Promise<number> {
    await this.chain;
    return this.guarded(() => this.worker.call('size', {}));
  }

  /** Ranked results for `query`: exact spellings first, then by relevance; at most `limit`, with passages. */
  async search(query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchResponse> {
    await this.chain;
    // One request: the worker ranks inside SQLite and builds the passages of the rows shown from the article files.
    const articlesDir = this.library.paths.articlesDir;
    const { total, hits } = await this.guarded(() =>
      this.worker.call('search', { query, limit, articlesDir }),
    );
    const results: SearchResult[] = hits.flatMap((hit) => {
      const meta = this.library.getMeta(hit.id);
      if (!meta || meta.deletedAt) return [];
      return [
        {
          meta: { ...meta },
          score: hit.score,
          exact: hit.exact,
          passage: hit.passage,
          titleHits: hit.titleHits,
        },
      ];
    });
    results.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score);
    return { query, total, results };
  }

  /** Ids of every live article matching `query`, best first (no passages: for counts and recall checks). */
  async matchingIds(query: string): Promise<string[]> {
    await this.chain;
    return this.guarded(() => this.worker.call('ids', { query }));
  }

  /** Resolves once every change so far is in the index file (each change is committed as it is made). */
  flush(): Promise<void> {
    return this.chain;
  }

  /**
   * The finder of likely duplicates for a batch import (import-batch.ts),
   * answered by the search workers (worker-duplicates.ts): a run of files
   * is checked once the index holds every listed article (not the changes
   * queued after that: what the import added meanwhile is held in the
   * worker). The files are read by a second worker when there are at least
   * SECOND_WORKER_FILES of them (`files`: how many the import has), by the
   * index's own otherwise (a second thread costs more to start than it
   * saves on a few files). Rejects with the worker's error when the index
   * cannot be opened.
   */
  duplicateFinder(files = Infinity): DuplicateFinder {
    const second = files >= SECOND_WORKER_FILES;
    return workerDuplicates({
      worker: this.worker,
      extractor: () =>
        second ? (this.extracting ??= new SearchWorkerClient(this.options.workerEntry)) : this.worker,
      built: () => this.built,
      guarded: (call) => this.guarded(call),
    });
  }

  /** Finishes pending changes, closes the index file and ends the worker. */
  async close(): Promise<void> {
    await this.chain;
    await this.extracting?.close();
    await this.worker.close();
  }

  private onLibraryEvent(event: LibraryEvent): Promise<void> | undefined {
    if (event.kind === 'flush') return this.flush();
    if (event.kind === 'close') return this.close();
    if (event.kind === 'annotations') return undefined; // the text index holds no annotations
    const step = event.kind === 'reset' ? () => this.sync().then(() => undefined) : () => this.apply(event);
    this.chain = this.chain.then(step).catch((error: unknown) => {
      console.error(`search index ${event.kind === 'reset' ? 'rebuild' : 'update'} failed`, error);
    });
    if (event.kind === 'reset') this.built = this.chain;
    return undefined;
  }

  private async apply(
    event: Exclude<LibraryEvent, { kind: 'flush' | 'close' | 'reset' | 'annotations' }>,
  ): Promise<void> {
    if (event.kind === 'added' || event.kind === 'added-many') {
      // A batch of an import is one put: one transaction in the worker.
      const articles = event.kind === 'added' ? [event] : event.articles;
      const docs = articles.map(({ meta, text }) => ({
        id: meta.id,
        stamp: stampOf(meta),
        title: meta.title,
        text,
        url: meta.url ?? '',
      }));
      await this.guarded(() => this.worker.call('put', { docs }));
    } else if (event.kind === 'removed' || event.meta.deletedAt) {
      const id = event.kind === 'removed' ? event.id : event.meta.id;
      await this.guarded(() => this.worker.call('remove', { ids: [id] }));
    } else {
      const source = this.sourceOf(event.meta);
      await this.guarded(() => this.worker.call('index', { sources: [source] }));
    }
  }

  /**
   * Opens the index file, brings it up to date with the library, then
   * removes the old MiniSearch files: by the library's head digest (head-check.ts)
   * when it holds, else by the digest main computes (while the worker opens, if no head).
   */
  private async open(): Promise<void> {
    const listed = this.library.listDigestAtOpen() ? undefined : this.listDigest();
    try {
      this.fresh = (await this.worker.call('open', { path: this.path })).fresh;
      if (await headHolds(this.library, this.worker)) this.lastSync = 'same';
      else this.indexedAtOpen = await this.sync(listed);
    } catch (error) {
      if (!(error instanceof SearchWorkerError && error.damaged)) throw error;
      this.indexedAtOpen = await this.rebuildAfterDamage();
    }
    await Promise.all(OLD_INDEX_FILES.map((name) => rm(join(this.library.paths.dir, name), { force: true })));
  }

  /**
   * Brings the index in step with the library's live articles: when the
   * digest of their (id, stamp) pairs is the index's own (list-digest.ts),
   * it is already; otherwise compares the index with them (by stamp), drops
   * what the library no longer lists and indexes what is missing or stale:
   * the workers read those texts from the article files themselves, so main
   * neither reads nor hashes them (index-build.ts: a second worker prepares
   * them when there are many). Resolves to the number indexed.
   */
  private async sync(listed = this.listDigest()): Promise<number> {
    const { all, digest } = await listed;
    // The library as the index last saw it (the steady state): one digest, no per-article comparison.
    if (await this.worker.call('verify', { digest })) {
      this.lastSync = 'same';
      return 0;
    }
    this.lastSync = 'compared';
    const stale = await staleIds(this.worker, all, nextTurn);
    const known = (id: string) => {
      const meta = this.library.getMeta(id);
      return meta && this.sourceOf(meta);
    };
    const { workerEntry, parallelFrom } = this.options;
    return indexSources(stale, known, {
      index: this.worker,
      startPreparer: () => new SearchWorkerClient(workerEntry),
      ...(parallelFrom === undefined ? {} : { parallelFrom }),
    });
  }

  /** The library's whole list (once listed) and the digest of its live articles (list-digest.ts). */
  private async listDigest(): Promise<{ all: readonly Readonly<ArticleMeta>[]; digest: ListDigest }> {
    await this.library.listed; // opened from index.head.json, allMeta() would read index.json on main at once
    const all = this.library.allMeta();
    return { all, digest: await digestOfList(all, nextTurn) };
  }

  /** Runs `call`; when SQLite finds the index file damaged, rebuilds it from the article files and runs it again. */
  private async guarded<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof SearchWorkerError && error.damaged)) throw error;
      console.error('search index damaged: rebuilding it from the article files', error.message);
      await this.rebuildAfterDamage();
      return call();
    }
  }

  private async rebuildAfterDamage(): Promise<number> {
    await this.worker.call('reset', { path: this.path });
    this.fresh = 'damaged';
    return this.sync();
  }

  /** Where the worker reads `meta`'s text from, and what it must hash to. */
  private sourceOf(meta: Readonly<ArticleMeta>): ArticleSource {
    const { id, title, textSha256, url = '' } = meta;
    const path = this.library.paths.article(id);
    return { id, title, stamp: stampOf(meta), path, sha256: textSha256, url };
  }
}
