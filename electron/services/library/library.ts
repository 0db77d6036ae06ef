/**
 * The annotation library over a data folder (DESIGN.md "Storage"), the façade
 * every host uses (Electron main, CLI, tests, browser harness). It keeps the
 * lifecycle (open, backups, restore, close; the folder's lock and access
 * modes are in library-access.ts), the event bus and the
 * one state object a restore replaces; its rooms do the work: articles,
 * annotations, scheme and entities, export. User errors throw AppFailure.
 */

import type { RestoreResult } from '../../../shared/backups';
import type { HamishExport } from '../../../shared/export-format';
import type {
  Annotation,
  AnnotationPatch,
  ArticleMeta,
  NewAnnotation,
  TagReassignment,
} from '../../../shared/model';
import type { Claim, ClaimPolicy } from '../../../shared/schema/claim-schema';
import type { StartupReport } from '../../../shared/startup-report';
import type { ArticlePage, ArticleQuery } from '../../../shared/library-query';
import type { Taxonomy } from '../../../shared/taxonomy';
import { collectExport, writeJsonExport } from '../export/export-service';
import type { ListDigest } from '../search/list-digest';
import { KeyedQueue } from '../storage/keyed-queue';
import { ArticleBatch } from './article-batch';
import { restoreLibraryFiles } from './backup-restore';
import { assertBackupName, ensureDailyBackup, listBackups } from './backups';
import { LibraryAccess, type LibraryOptions } from './library-access';
import { adoptArticle } from './library-adopt';
import { writeAnnotationsElsewhere } from './annotations-elsewhere';
import { LibraryAnnotations } from './library-annotations';
import { LibraryArticles } from './library-articles';
import { LibraryClaims } from './library-claims';
import { LibraryObservers, type LibraryEvent, type LibraryListener } from './library-events';
import { persist } from './library-files';
import { loadLibrary, type LoadedLibrary } from './library-open';
import type { LibraryPaths } from './library-paths';
import { LibraryScheme } from './library-scheme';
import { lockOf, newLibraryState, reloadState, settleState, type LibraryContext } from './library-state';

export { SAMPLE_ARTICLE } from './library-articles';

export type { LibraryOptions } from './library-access';

export class Library {
  private readonly observers = new LibraryObservers();
  private readonly ctx: LibraryContext;
  private readonly articles: LibraryArticles;
  private readonly annotations: LibraryAnnotations;
  private readonly scheme: LibraryScheme;
  private readonly claims: LibraryClaims;

  private constructor(
    readonly paths: LibraryPaths,
    loaded: LoadedLibrary,
    private readonly now: () => Date,
    private readonly access: LibraryAccess,
    journalLimit?: number,
    private readonly coder: () => string | undefined = () => undefined,
  ) {
    const locks = new KeyedQueue();
    const emit = (event: LibraryEvent) => this.observers.emit(event);
    const assertOpen = () => access.assertOpen();
    const limit = journalLimit !== undefined ? { journalLimit } : {};
    const state = newLibraryState(loaded, { locks, emit, ...limit });
    this.ctx = { paths, locks, now, emit, assertOpen, ...limit, state };
    this.articles = new LibraryArticles(this.ctx);
    this.annotations = new LibraryAnnotations(this.ctx, coder);
    this.scheme = new LibraryScheme(this.ctx, this.annotations, coder);
    this.claims = new LibraryClaims(this.ctx, this.annotations, coder);
  }

  /**
   * Opens (creating if needed) the library in `dir`; a new library gets the
   * taxonomy and the sample article. Only what listing needs is checked
   * before this resolves; article and annotation files are checked in the
   * background (checkDone, startupReport()), damaged ones quarantined. The
   * daily backup, when due, is made first: it holds the state before the day's first edit.
   * Access modes and the lock: library-access.ts.
   */
  static async open(dir: string, options: LibraryOptions = {}): Promise<Library> {
    const now = options.now ?? (() => new Date());
    const request = options.access ?? { command: 'library' };
    const readOnly = request === 'read-only';
    const access = readOnly ? LibraryAccess.readOnly(dir) : await LibraryAccess.writer(dir, request);
    try {
      const loaded = await loadLibrary(dir, now(), options.indexDebounceMs ?? 300, readOnly);
      if (!readOnly && options.dailyBackup !== false)
        await persist(dir, () => ensureDailyBackup(loaded.paths, now()));
      const library = new Library(loaded.paths, loaded, now, access, options.journalLimit, options.coder);
      if (!readOnly) access.register(() => settleState(library.ctx, false));
      // A library opened from its head has an index (index-head.ts): only a new one gets the sample.
      if (!readOnly && loaded.index.loaded && !loaded.opened.index)
        await library.articles.initialise(options.samplePath);
      library.ctx.state.startup.start();
      return library;
    } catch (error) {
      await access.unlock();
      throw error;
    }
  }

  /** The local coder (LibraryOptions.coder): the coder of annotations and claims without `author`; undefined when none is set. */
  localCoder(): string | undefined {
    return this.coder();
  }

  /** True when this library was opened read-only (it refuses every change). */
  get readOnly(): boolean {
    return this.access.readOnly;
  }

  /** Resolves once the background start-up check is over (startupReport() is then complete); never rejects. */
  get checkDone(): Promise<void> {
    return this.ctx.state.startup.done;
  }

  /**
   * Resolves once the whole article list is in memory: at once, unless the
   * library opened from index.head.json (then index.json is read in slices
   * after open). Work that needs every article (allMeta) should wait for it,
   * or it reads index.json synchronously. Never rejects.
   */
  get listed(): Promise<void> {
    return this.ctx.state.startup.listed;
  }

  /**
   * The list digest (list-digest.ts) index.head.json gave for the library's
   * live articles, while the list in memory is still the one it described
   * (not read whole yet, or read and not changed since); null when the
   * library was not opened from a trusted head, or read-only, or once any
   * change (an edit, an import, a repair, a restore) made another list. The
   * search index verifies its own digest against it at open instead of
   * hashing every article (issue 17, B8).
   */
  listDigestAtOpen(): ListDigest | null {
    return this.ctx.state.index.digestAtOpen();
  }

  /** What the start-up check found and did so far (a copy); `complete` once the background check is over. */
  startupReport(): StartupReport {
    return this.ctx.state.startup.report();
  }

  /** Calls `listener` on every change of the library's articles; returns an unsubscribe function. */
  onChange(listener: LibraryListener): () => void {
    return this.observers.add(listener);
  }

  // Articles: each member delegates to the LibraryArticles method of the same job, documented there.
  readonly listArticles = () => Promise.resolve(this.articles.list());
  /** Live metadata of every article, trashed ones included (read only; for queries and search). */
  readonly allMeta = () => this.ctx.state.index.all();
  /** One page of the library's list (shared/library-query.ts); the default first page is listed before the whole index is read. */
  readonly queryArticles = (query: ArticleQuery): ArticlePage => this.ctx.state.index.query(query);
  /** Live metadata of one article (trashed included; read only), or undefined when it is not listed. */
  readonly getMeta = (id: string): Readonly<ArticleMeta> | undefined => this.ctx.state.index.get(id);
  readonly getArticle = (id: string) => this.articles.get(id);
  readonly addArticle: LibraryArticles['add'] = (input, options) => this.articles.add(input, options);
  readonly addCanonical: LibraryArticles['addCanonical'] = (input) => this.articles.addCanonical(input);
  /** Starts adding articles in batches, one index write per commit (article-batch.ts, documented there). */
  readonly beginBatch = () => new ArticleBatch(this.ctx);
  readonly importArticle: LibraryArticles['importArticle'] = (...a) => this.articles.importArticle(...a);
  readonly updateMeta: LibraryArticles['updateMeta'] = (id, patch) => this.articles.updateMeta(id, patch);
  readonly deleteArticle = (id: string) => this.articles.delete(id);
  readonly trashArticle = (id: string) => this.articles.trash(id);
  readonly restoreArticle = (id: string) => this.articles.restore(id);
  readonly listTrash = () => Promise.resolve(this.articles.trashed());
  readonly emptyTrash = () => this.articles.emptyTrash();
  /** Lists an article file the start-up check found unlisted (library-adopt.ts, documented there). */
  readonly adoptArticle = (id: string) => adoptArticle(this.ctx, id);

  // Annotations: each member delegates to LibraryAnnotations (library-annotations.ts), documented there.
  readonly listAnnotations = (articleId: string) => this.annotations.list(articleId);
  /** One article's annotations for a walk over the library (ArticleFiles.peek: not kept loaded); read only. */
  readonly peekAnnotations = (articleId: string): Promise<readonly Annotation[]> =>
    this.ctx.locks.run(lockOf(articleId), () => this.ctx.state.files.peek(articleId));
  /** As peekAnnotations, the annotations and the claims of the article's file (read only). */
  readonly peekCoding = (
    articleId: string,
  ): Promise<{ annotations: readonly Annotation[]; claims?: readonly Claim[] }> =>
    this.ctx.locks.run(lockOf(articleId), () => this.ctx.state.files.peekFile(articleId));
  readonly takeAnchorMoves = (articleId: string) => this.annotations.takeMoves(articleId);
  readonly createAnnotations: LibraryAnnotations['create'] = (id, inputs) =>
    this.annotations.create(id, inputs);
  readonly restoreAnnotations: LibraryAnnotations['restore'] = (id, a) => this.annotations.restore(id, a);
  readonly deleteAnnotations: LibraryAnnotations['delete'] = (id, ids, claims) =>
    this.annotations.delete(id, ids, claims);
  /** Replaces an article's annotations with `change(current)` (and its claims with `claims`, in the same line). */
  readonly updateAnnotations: LibraryAnnotations['change'] = (id, change, claims) =>
    this.annotations.change(id, change, claims);
  readonly writeAnnotationsElsewhere = (id: string, write: Parameters<typeof writeAnnotationsElsewhere>[2]) =>
    writeAnnotationsElsewhere(this.ctx, id, write);
  readonly updateAnnotation = (articleId: string, id: string, patch: AnnotationPatch, claims?: ClaimPolicy) =>
    this.annotations.update(articleId, id, patch, claims);

  /** Creates one annotation on [start, end) (code points); resolves once it is durably written. */
  readonly createAnnotation = (input: NewAnnotation) => this.annotations.createOne(input);
  readonly deleteAnnotation = (articleId: string, id: string, claims?: ClaimPolicy) =>
    this.annotations.deleteOne(articleId, id, claims);

  // Claims: each member delegates to LibraryClaims (library-claims.ts), documented there.
  readonly listClaims = (articleId: string) => this.claims.list(articleId);
  readonly createClaim: LibraryClaims['create'] = (input) => this.claims.create(input);
  readonly updateClaim: LibraryClaims['update'] = (articleId, id, patch) =>
    this.claims.update(articleId, id, patch);
  readonly deleteClaims: LibraryClaims['delete'] = (articleId, ids) => this.claims.delete(articleId, ids);
  readonly restoreClaims: LibraryClaims['restore'] = (articleId, list) =>
    this.claims.restore(articleId, list);

  // Tag scheme and entities: each member delegates to LibraryScheme (library-scheme.ts), documented there.
  readonly getTaxonomy = () => Promise.resolve(this.scheme.taxonomy());
  readonly saveTaxonomy = (
    next: Taxonomy,
    reassign: TagReassignment = {},
    claims?: ClaimPolicy,
    expected?: string,
  ) => this.scheme.saveTaxonomy(next, reassign, claims, expected);
  readonly undoSchemeSave = (version: string) => this.scheme.undoSave(version);
  readonly countTagUses = () => this.scheme.countTagUses();
  readonly previewTwinMerges = (reassign: TagReassignment) => this.scheme.previewTwinMerges(reassign);
  readonly entities = () => this.scheme.entities();
  readonly listEntities = () => this.scheme.listEntities();
  readonly saveEntity: LibraryScheme['saveEntity'] = (input) => this.scheme.saveEntity(input);
  readonly deleteEntity = (id: string) => this.scheme.deleteEntity(id);
  readonly importEntities: LibraryScheme['importEntities'] = (list) => this.scheme.importEntities(list);

  // Export (services/export/export-service.ts) and backups (backups.ts).
  /** The article's annotations as a Hamish JSON export object (orphaned annotations are left out). */
  readonly exportArticle = (articleId: string, generator = 'Hamish'): Promise<HamishExport> =>
    collectExport(this, { articleIds: [articleId], includeText: false, generator, now: this.now() });
  /** Writes the article's Hamish JSON export to `path`, atomically. */
  readonly exportAnnotations = async (articleId: string, path: string, generator: string) =>
    writeJsonExport(await this.exportArticle(articleId, generator), path);
  /** Makes today's backup if none is there yet (an app left running past midnight); null if none was due. */
  readonly backupIfDue = () =>
    this.readOnly
      ? Promise.resolve(null)
      : persist(this.paths.dir, () => ensureDailyBackup(this.paths, this.now()));
  readonly listBackups = () => listBackups(this.paths);

  /**
   * Restores backup `name` after backing up the current state: waits for running edits, refuses
   * new ones, then replaces the state object whole (whether or not the restore went through).
   */
  async restoreBackup(name: string): Promise<RestoreResult> {
    assertBackupName(name);
    this.access.assertOpen();
    this.access.closed = true;
    const { ctx } = this;
    try {
      await settleState(ctx, false);
      return await persist(this.paths.dir, () => restoreLibraryFiles(this.paths, name, this.now()));
    } finally {
      await reloadState(ctx);
      this.access.closed = false;
      await this.ctx.emit({ kind: 'reset' });
    }
  }

  /** Writes pending index changes (annotation counts) now. */
  async flush(): Promise<void> {
    await this.ctx.state.index.flush();
    await this.ctx.emit({ kind: 'flush' });
  }

  /** Refuses further changes, waits for running operations and the background check, and flushes the index. */
  async close(): Promise<void> {
    this.access.closed = true;
    await settleState(this.ctx, true, !this.readOnly);
    await this.access.release();
    await this.ctx.emit({ kind: 'close' });
  }
}
