/**
 * index.json: the list of articles' metadata. Structural changes (add,
 * remove) are written before they resolve; derived ones (annotation counts)
 * are debounced, and `flush()` writes them now. One writer, one queue.
 * A batch listing (`addMany`) is appended to index.journal instead of
 * rewriting the whole file (index-journal.ts); any whole write folds the
 * journal in, and so does `stop()`. Every whole write also refreshes
 * index.head.json, the first page a later open lists before reading this
 * file (index-head.ts, index-load.ts).
 */

import type { Low } from 'lowdb';
import type { ArticleMeta } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import type { ListDigest } from '../search/list-digest';
import { writeFileAtomic } from '../storage/atomic-write';
import { KeyedQueue } from '../storage/keyed-queue';
import { Slicer } from '../storage/slicer';
import { queryArticles, type ArticlePage, type ArticleQuery } from '../../../shared/library-query';
import { checkedMeta as checked } from './checked-meta';
import {
  headContentOf,
  headDigestOf,
  pageFromHead,
  writeIndexHead,
  type HeadContent,
  type IndexHead,
} from './index-head';
import { indexJsonInSlices } from './index-json';
import { appendIndexJournal, indexJournalPathOf, JOURNAL_LIMIT, removeIndexJournal } from './index-journal';
import { readIndexSync } from './index-load';
import { persist, type IndexFile } from './library-files';
import { carriedLookup, type MetaLookup } from './meta-lookup';

export class LibraryIndex {
  private readonly queue = new KeyedQueue();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private stopped = false;
  /** Metadata by id, for the `articles` array it was built from (structural changes replace the array). */
  private byId: MetaLookup | null = null;
  /** The same by text hash (a batch import asks once per file: a scan of 10k was ~0.8 ms each). */
  private byHash: MetaLookup | null = null;
  /** Articles listed in index.journal and not yet folded into index.json (the journal exists when > 0). */
  private journaled = 0;
  /** The head's list digest (null: not opened from a head, or read-only), and the list index.json held then once read. */
  private readonly atOpen: { digest: ListDigest | null; articles?: ArticleMeta[] };

  constructor(
    private readonly db: Low<IndexFile>,
    private readonly path: string,
    /** Delay before a derived change is written. */
    readonly debounceMs: number,
    /** Changes stay in memory, never written (another process holds the library's lock). */
    private readonly readOnly = false,
    /**
     * Opened from index.head.json (index-head.ts): `db.data` is not loaded
     * yet. settle() gives it (index-load.ts); anything needing the whole
     * list sooner reads index.json synchronously.
     */
    private head: IndexHead | null = null,
  ) {
    this.atOpen = { digest: readOnly ? null : (head?.digest ?? null) }; // (read-only: index.json may be rewritten by another process)
  }

  /** False while opened from the head and index.json is not read yet. */
  get loaded(): boolean {
    return this.head === null;
  }

  /** Gives an index opened from its head its whole list (ignored once loaded); `asHead`: index.json as the head described it (not a rebuild). */
  settle(data: IndexFile, asHead = true): void {
    if (this.head === null) return;
    this.db.data = data;
    this.head = null;
    if (asHead) this.atOpen.articles = data.articles;
    else this.atOpen.digest = null;
  }

  /** The head's list digest while the list is index.json's as the head described it (unread, or read and unchanged: a change makes a new array); else null. */
  digestAtOpen(): ListDigest | null {
    const { digest, articles } = this.atOpen;
    return this.head !== null || articles === this.db.data.articles ? digest : null;
  }

  /** The whole index, read now (synchronously) if it was not loaded yet; throws AppFailure('storage-failed') when it is damaged. */
  private get data(): IndexFile {
    if (this.head !== null) this.settle(readIndexSync(this.path));
    return this.db.data;
  }

  /** Whether the sample article was ever seeded into this library. */
  get seeded(): boolean {
    return this.head?.seeded ?? this.db.data.seeded;
  }

  /** One page of the list (library-query.ts); the default first page comes from the head while the index loads. */
  query(query: ArticleQuery): ArticlePage {
    const fromHead = this.head && pageFromHead(this.head, query);
    return fromHead || queryArticles(this.data.articles, query);
  }

  /** Rewrites index.head.json from the index as it is (after an open that could not use it); errors are ignored (it is a cache). */
  refreshHead(): Promise<void> {
    if (this.readOnly) return Promise.resolve();
    return this.queue.run('index', async () => {
      const data = this.data;
      const content = headContentOf(data, await headDigestOf(data));
      await writeIndexHead(this.path, content).catch(() => undefined);
    });
  }

  /** Articles, most recently added first (copies). */
  list(): ArticleMeta[] {
    // addedAt is an ISO timestamp: plain string order is time order (and much cheaper than a collator).
    const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
    return this.data.articles
      .map((meta, order) => ({ meta, order }))
      .sort((a, b) => newestFirst(a.meta.addedAt, b.meta.addedAt) || b.order - a.order)
      .map(({ meta }) => ({ ...meta }));
  }

  /** The live metadata of article `id`, if listed (constant time: the start-up check asks for each). */
  get(id: string): ArticleMeta | undefined {
    const articles = this.data.articles;
    if (this.byId?.of !== articles)
      this.byId = { of: articles, map: new Map(articles.map((m) => [m.id, m])) };
    return this.byId.map.get(id);
  }

  /** Builds get()'s map in slices (one piece at 100k articles: ~65 ms of main); a list replaced meanwhile is get()'s. */
  async warmLookup(): Promise<void> {
    const articles = this.data.articles;
    const map = new Map<string, ArticleMeta>();
    const slices = new Slicer();
    for (const meta of articles) {
      map.set(meta.id, meta);
      if (slices.due) await slices.next();
    }
    if (this.data.articles === articles && this.byId?.of !== articles) this.byId = { of: articles, map };
  }

  /** The live metadata of article `id`; throws AppFailure('not-found'). */
  require(id: string): ArticleMeta {
    const meta = this.get(id);
    if (!meta) throw new AppFailure('not-found', `No article ${id}`, { id });
    return meta;
  }

  /** Live metadata of every article, trashed ones included (read only: callers must not change it). */
  all(): readonly ArticleMeta[] {
    return this.data.articles;
  }

  /** The article whose canonical text has this SHA-256, if any (trashed ones included; the first listed). */
  findByHash(hash: string): ArticleMeta | undefined {
    const articles = this.data.articles;
    if (this.byHash?.of !== articles) {
      const map = new Map<string, ArticleMeta>();
      for (const m of articles) if (!map.has(m.textSha256)) map.set(m.textSha256, m);
      this.byHash = { of: articles, map };
    }
    return this.byHash.map.get(hash);
  }

  /** Replaces article `id`'s metadata by `change(meta)`; resolves, with a copy, once durably written. */
  async update(id: string, change: (meta: ArticleMeta) => ArticleMeta): Promise<ArticleMeta> {
    let updated: ArticleMeta | undefined;
    await this.replace((data) => ({
      ...data,
      articles: data.articles.map((m) => (m.id === id ? (updated = checked(change({ ...m }))) : m)),
    }));
    if (!updated) throw new AppFailure('not-found', `No article ${id}`, { id });
    return { ...updated };
  }

  /** Writes the index as it is (first run), optionally marking the sample as seeded. */
  create(seeded: boolean): Promise<void> {
    return this.replace((data) => ({ ...data, seeded }));
  }

  /** Adds an article's metadata; resolves once durably written. */
  add(meta: ArticleMeta, options: { seeded?: boolean } = {}): Promise<void> {
    checked(meta);
    return this.replace((data) => ({
      ...data,
      seeded: data.seeded || options.seeded === true,
      articles: [...data.articles, meta],
    }));
  }

  /**
   * Adds several articles' metadata (a batch import); resolves once durably
   * written: one line appended to index.journal, whatever the library's size
   * (past JOURNAL_LIMIT journaled articles, index.json is written whole
   * instead, folding the journal in).
   */
  addMany(metas: readonly ArticleMeta[]): Promise<void> {
    metas.forEach(checked);
    return this.queue.run('index', async () => {
      const next = { ...this.data, articles: [...this.data.articles, ...metas] };
      if (this.readOnly || this.journaled + metas.length > JOURNAL_LIMIT) await this.write(next);
      else {
        const created = this.journaled === 0;
        await persist(this.path, () => appendIndexJournal(this.journalPath, metas, created));
        this.journaled += metas.length;
      }
      const from = this.db.data.articles;
      this.byId = carriedLookup(this.byId, from, next.articles, metas, (m) => m.id, false);
      this.byHash = carriedLookup(this.byHash, from, next.articles, metas, (m) => m.textSha256, true);
      this.db.data = next;
    });
  }

  /** Removes an article's metadata; resolves once durably written. */
  remove(id: string): Promise<void> {
    return this.replace((data) => ({
      ...data,
      articles: data.articles.filter((m) => m.id !== id),
    }));
  }

  /** Records a derived count change and schedules a debounced write. */
  setCount(meta: ArticleMeta, count: number, byType?: Record<string, number>): void {
    const sameTypes = JSON.stringify(meta.annotationCounts ?? {}) === JSON.stringify(byType ?? {});
    if (meta.annotationCount === count && (byType === undefined || sameTypes)) return;
    meta.annotationCount = count;
    if (byType !== undefined) meta.annotationCounts = byType;
    this.dirty = true;
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A failed background write stays dirty and is retried by the next change or flush.
      this.flush().catch(() => undefined);
    }, this.debounceMs);
    this.timer.unref();
  }

  /** Writes pending derived changes now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.queue.run('index', async () => {
      if (this.dirty) await this.write(this.data);
    });
  }

  /** Flushes, folds the journal into index.json, and schedules no more background writes. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.flush();
    await this.queue.run('index', async () => {
      if (this.journaled > 0) await this.write(this.data);
    });
  }

  /** The journal beside the index file. */
  private get journalPath(): string {
    return indexJournalPathOf(this.path);
  }

  /** Builds the next index from the current one and writes it; memory changes only on success. */
  private replace(change: (data: IndexFile) => IndexFile): Promise<void> {
    return this.queue.run('index', async () => {
      const next = change(this.data);
      await this.write(next);
      this.db.data = next;
    });
  }

  private async write(data: IndexFile): Promise<void> {
    if (this.readOnly) return;
    // Every change made so far is serialised below; one made meanwhile marks it dirty again.
    this.dirty = false;
    let head: HeadContent | null = null;
    try {
      // In slices (index-json.ts): at 10,000 articles one JSON.stringify held main ~175 ms. The
      // head's digest, also in slices, reads no field changed in place (index-head.ts headDigestOf).
      const [json, digest] = await Promise.all([indexJsonInSlices(data), headDigestOf(data)]);
      // The head only when nothing changed while slicing: then `data` is exactly what the file holds.
      if (!(this.dirty as boolean)) head = headContentOf(data, digest); // (set by setCount during the awaits)
      await persist(this.path, () => writeFileAtomic(this.path, json));
    } catch (error) {
      this.dirty = true;
      throw error;
    }
    // The first page for the next open (a cache: a failure leaves a stale head, which is not used).
    // (Skipped when changed meanwhile: the stale head no longer matches index.json's stamp, and the
    // write that the change scheduled writes a new one.)
    if (head) await writeIndexHead(this.path, head).catch(() => undefined);
    // index.json now holds what the journal listed: the journal goes (a crash before this replays nothing new).
    if (this.journaled > 0) {
      await persist(this.path, () => removeIndexJournal(this.journalPath));
      this.journaled = 0;
    }
  }
}
