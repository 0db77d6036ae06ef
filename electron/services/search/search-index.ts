/**
 * The full-text index of a library (DESIGN.md "Search"): MiniSearch over
 * titles and texts with the shared Arabic normaliser and proclitic stems
 * applied to index and query. It lives in main, follows the library's change
 * events (import, trash, restore, delete, title edits), is written to
 * search-index.v2.json atomically and debounced, and on open is loaded, not
 * rebuilt: only articles it is missing are added.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type MiniSearch from 'minisearch';
import type { ArticleMeta } from '../../../shared/model';
import { bestPassage, findHits } from '../../../shared/search-passage';
import type { SearchResponse, SearchResult } from '../../../shared/search-types';
import type { Library } from '../library/library';
import type { LibraryEvent } from '../library/library-events';
import { writeFileAtomic } from '../storage/atomic-write';
import {
  addAllYielding,
  createIndex,
  loadIndex,
  queryTree,
  serializeIndex,
  type IndexedDoc,
} from './search-core';

/**
 * Bump when tokenising or normalising changes: a new name makes old indexes be rebuilt, never misread.
 * v2: Persian/Urdu lookalikes and Arabic-Indic digits folded.
 */
export const SEARCH_INDEX_FILE = 'search-index.v2.json';

/** Most results a search returns when the caller names no limit. */
export const DEFAULT_SEARCH_LIMIT = 30;

/** Article texts read ahead of the indexing during a build. */
const READ_AHEAD = 8;

export interface SearchIndexOptions {
  /** Delay before a change is written to disk; default 1000 ms. */
  debounceMs?: number;
}

export class SearchIndex {
  private index: MiniSearch<IndexedDoc> = createIndex();
  /** Every change runs after the previous one (and after loading). */
  private chain: Promise<void>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  /** The last write started: writes run one after another. */
  private writing: Promise<void> = Promise.resolve();
  private readonly path: string;
  /** True once the index was read from disk instead of built (for tests and diagnostics). */
  loadedFromDisk = false;

  /** Attaches an index to `library`: starts loading it and follows the library's changes from now on. */
  static attach(library: Library, options: SearchIndexOptions = {}): SearchIndex {
    return new SearchIndex(library, options.debounceMs ?? 1000);
  }

  private constructor(
    private readonly library: Library,
    private readonly debounceMs: number,
  ) {
    this.path = join(library.paths.dir, SEARCH_INDEX_FILE);
    this.chain = this.load();
    // Never awaited except for "flush": the library may hold an article's lock while it tells us.
    library.onChange((event) => this.onLibraryEvent(event));
  }

  /** Resolves once every change so far is in the index. */
  ready(): Promise<void> {
    return this.chain;
  }

  /** Number of articles in the index. */
  async size(): Promise<number> {
    await this.chain;
    return this.index.documentCount;
  }

  /** Ranked results for `query`: exact spellings first, then by relevance; at most `limit`. */
  async search(query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchResponse> {
    await this.chain;
    const tree = queryTree(query);
    if (!tree) return { query, total: 0, results: [] };
    const live = this.liveMeta();
    const matches = this.index.search(tree).filter((m) => live.has(String(m.id)));
    const exactQuery = query.trim().normalize('NFC');
    const results: SearchResult[] = [];
    const shown = matches.slice(0, limit).flatMap((match) => {
      const meta = live.get(String(match.id));
      return meta ? [{ match, meta }] : [];
    });
    // Read together: the files' I/O overlaps instead of queueing one behind another.
    const texts = await Promise.all(shown.map(({ meta }) => this.library.getArticle(meta.id)));
    for (const [i, { match, meta }] of shown.entries()) {
      const text = texts[i]?.text ?? '';
      const hits = findHits(text, query);
      const exactAt = text.indexOf(exactQuery);
      const exact = exactAt >= 0 || meta.title.includes(exactQuery);
      const exactHit =
        exactAt >= 0 ? hits.find((h) => h.end > [...text.slice(0, exactAt)].length) : undefined;
      results.push({
        meta: { ...meta },
        score: match.score,
        exact,
        passage: bestPassage(text, hits, exactHit),
        titleHits: findHits(meta.title, query),
      });
    }
    results.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score);
    return { query, total: matches.length, results };
  }

  /** Ids of every live article matching `query`, best first (no passages: for counts and recall checks). */
  async matchingIds(query: string): Promise<string[]> {
    await this.chain;
    const tree = queryTree(query);
    if (!tree) return [];
    const live = this.liveMeta();
    return this.index
      .search(tree)
      .map((m) => String(m.id))
      .filter((id) => live.has(id));
  }

  private liveMeta(): Map<string, ArticleMeta> {
    const live = new Map<string, ArticleMeta>();
    for (const meta of this.library.allMeta()) if (!meta.deletedAt) live.set(meta.id, meta);
    return live;
  }

  /** Writes pending changes now (after any write already under way). */
  flush(): Promise<void> {
    const next = this.writing.then(() => this.writeNow());
    this.writing = next.catch(() => undefined);
    return next;
  }

  private async writeNow(): Promise<void> {
    await this.chain;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    this.dirty = false;
    try {
      await writeFileAtomic(this.path, serializeIndex(this.index));
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }

  private onLibraryEvent(event: LibraryEvent): Promise<void> | undefined {
    if (event.kind === 'flush') return this.flush();
    if (event.kind === 'reset') {
      this.chain = this.chain
        .then(() => this.rebuild())
        .catch((error: unknown) => {
          console.error('search index rebuild failed', error);
        });
      return undefined;
    }
    this.chain = this.chain
      .then(() => this.apply(event))
      .catch((error: unknown) => {
        console.error('search index update failed', error);
      });
    return undefined;
  }

  /** Starts over from the library as it now is (after a backup restore). */
  private async rebuild(): Promise<void> {
    this.index = createIndex();
    await addAllYielding(this.index, this.docs(this.library.allMeta().filter((m) => !m.deletedAt)));
    this.markDirty();
  }

  private async apply(event: Exclude<LibraryEvent, { kind: 'flush' | 'reset' }>): Promise<void> {
    if (event.kind === 'added') {
      this.put({ id: event.meta.id, title: event.meta.title, text: event.text });
    } else if (event.kind === 'removed') {
      if (this.index.has(event.id)) this.index.discard(event.id);
    } else if (!event.meta.deletedAt) {
      const { text } = await this.library.getArticle(event.meta.id);
      this.put({ id: event.meta.id, title: event.meta.title, text });
    }
    this.markDirty();
  }

  private put(doc: IndexedDoc): void {
    if (this.index.has(doc.id)) this.index.replace(doc);
    else this.index.add(doc);
  }

  /** Reads the saved index, then adds any live article it lacks (all of them when there is no usable file). */
  private async load(): Promise<void> {
    try {
      const json = await readFile(this.path, 'utf8');
      this.index = await loadIndex(json);
      this.loadedFromDisk = true;
    } catch {
      this.index = createIndex();
    }
    const missing = this.library.allMeta().filter((m) => !m.deletedAt && !this.index.has(m.id));
    await addAllYielding(this.index, this.docs(missing));
    // Written at the next flush (quit, close) or with the next change, not behind the user's back on open.
    if (missing.length > 0) this.dirty = true;
  }

  /**
   * The articles of `metas` as documents, in order, with up to READ_AHEAD
   * texts being read while earlier ones are indexed (file reads overlap the
   * indexing instead of waiting one by one).
   */
  private async *docs(metas: readonly ArticleMeta[]): AsyncGenerator<IndexedDoc> {
    const read = (meta: ArticleMeta) => {
      const doc = this.library
        .getArticle(meta.id)
        .then(({ text }) => ({ id: meta.id, title: meta.title, text }));
      // Handled when awaited in turn; until then a failed read must not count as an unhandled rejection.
      doc.catch(() => undefined);
      return doc;
    };
    const pending = metas.slice(0, READ_AHEAD).map(read);
    for (let next = pending.length; pending.length > 0; next++) {
      const doc = await (pending.shift() as Promise<IndexedDoc>);
      const meta = metas[next];
      if (meta) pending.push(read(meta));
      yield doc;
    }
  }

  private markDirty(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((error: unknown) => {
        // A library folder that no longer exists has nothing left to index (e.g. a removed temp library).
        const gone =
          typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
        if (!gone) console.error('search index write failed', error);
      });
    }, this.debounceMs);
    this.timer.unref();
  }
}
