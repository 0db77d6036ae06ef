/**
 * How the analysis aggregate (analysis-aggregate.ts) uses its file
 * (analysis-store.ts) for one library: opened once, for writing, or to read
 * only for a read-only library (the CLI), which trusts only a cleanly closed
 * file and never writes; reopened empty when damage shows while reading;
 * stamps of the annotation files (annotation-stamps.ts); and, at close,
 * the stamps of articles whose journals the library just folded into their
 * snapshots, so those are not read again at the next start.
 */

import { join } from 'node:path';
import type { Claim } from '../../../shared/schema/claim-schema';
import type { Library } from '../library/library';
import type { FreshReason } from '../search/fts-store';
import type { RowFields } from './analysis-rows';
import { AGGREGATE_FILE, AggregateStore, type StoredAggregate } from './analysis-store';
import { annotationStamp, annotationStamps } from './annotation-stamps';

/** What is written of one article: its stamp, rows and claims. */
export interface StoredArticle {
  id: string;
  stamp: string;
  rows: readonly RowFields[];
  claims: readonly Claim[];
}

const NOTHING: StoredAggregate = { rows: new Map(), stamps: new Map(), claims: new Map(), clean: false };

export class AggregateFile {
  private store: AggregateStore | null = null;
  /** Why the last load's rows could not be used (null: they could). */
  fresh: FreshReason | 'unclean' | null = null;

  constructor(private readonly library: Library) {}

  /** True while a file is open for writing. */
  get writable(): boolean {
    return this.store !== null && !this.store.readOnly;
  }

  /**
   * The stored rows (clean: false when none may be trusted: no file, a new,
   * damaged or older one, or one its writer did not close), opening the file
   * on first use.
   */
  async load(): Promise<StoredAggregate> {
    const path = join(this.library.paths.dir, AGGREGATE_FILE);
    const readOnly = this.library.readOnly;
    this.store ??= readOnly ? AggregateStore.openReadOnly(path) : AggregateStore.open(path);
    if (!this.store) return this.nothing('missing');
    try {
      const stored = await this.store.load();
      this.fresh = stored.clean ? null : (this.store.fresh ?? 'unclean');
      if (readOnly && !stored.clean) this.close(); // its writer holds it (or died holding it)
      return stored;
    } catch (error) {
      // Damage found while reading: nothing in it is trusted; a writer starts the file over.
      console.error('analysis: the aggregate file is damaged; rebuilding it from the files', error);
      this.close();
      if (readOnly) return this.nothing('damaged');
      this.store = AggregateStore.open(path, true);
      await this.store.load();
      return this.nothing('damaged');
    }
  }

  private nothing(reason: FreshReason): StoredAggregate {
    this.fresh = reason;
    return NOTHING;
  }

  /** The stamps of `ids` (empty when no file is open: there is nothing to compare or write them to). */
  async stamps(ids: readonly string[]): Promise<Map<string, string>> {
    return this.store ? await annotationStamps(this.library.paths, ids) : new Map<string, string>();
  }

  /** The stamp of article `id` ("" when there is no file to write it to). */
  stamp(id: string): string {
    return this.writable ? annotationStamp(this.library.paths, id) : '';
  }

  /** Writes `articles` (nothing without a writable file). */
  put(articles: readonly StoredArticle[]): void {
    if (this.writable && articles.length > 0) this.store?.put(articles);
  }

  /** Forgets `ids`. */
  remove(ids: readonly string[]): void {
    if (this.writable && ids.length > 0) this.store?.remove(ids);
  }

  /** Forgets every article (after a backup restore). */
  clear(): void {
    if (this.writable) this.store?.clear();
  }

  /**
   * Restamps the articles stamped with a journal that `current` says are
   * current (the library folded their journals into snapshots as it
   * closed), then marks the file clean and closes it.
   */
  async closeAfterFold(current: (id: string) => boolean): Promise<void> {
    const store = this.store;
    if (store && !store.readOnly) {
      const ids = store.journaled().filter(current);
      const stamps = await annotationStamps(this.library.paths, ids);
      if (this.store === store) store.restamp(stamps);
    }
    this.close();
  }

  /** Marks the file clean (a writer) and closes it. */
  close(): void {
    this.store?.close();
    this.store = null;
  }
}
