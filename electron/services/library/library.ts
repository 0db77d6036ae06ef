/**
 * The annotation library over a data folder (DESIGN.md "Storage"): articles
 * with immutable canonical text, one annotations file per article, the
 * taxonomy, and a debounced index. Plain Node: used by Electron main, the CLI,
 * unit tests and the browser test harness. User errors throw AppFailure.
 */

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Low } from 'lowdb';
import { quoteSelector, type AnchorMove } from '../../../shared/anchoring';
import type { BackupInfo, RestoreResult } from '../../../shared/backups';
import { buildExport, type HamishExport } from '../../../shared/export-format';
import type {
  Annotation,
  AnnotationPatch,
  Article,
  ArticleMeta,
  ArticleMetaPatch,
  Entity,
  EntityInput,
  EntitySummary,
  NewAnnotation,
  NewArticle,
  TagReassignment,
} from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import type { StartupReport } from '../../../shared/startup-report';
import { findTag, type Taxonomy } from '../../../shared/taxonomy';
import { writeFileAtomic } from '../storage/atomic-write';
import { KeyedQueue } from '../storage/keyed-queue';
import { ArticleFiles } from './article-files';
import { persist, type AnnotationsFile, type ArticleFile } from './library-files';
import { restoreLibraryFiles } from './backup-restore';
import { assertBackupName, ensureDailyBackup, listBackups } from './backups';
import { countsByType, type CanonicalArticleInput, type LibraryListener } from './library-events';
import type { LibraryIndex } from './library-index';
import { loadLibrary, type LoadedLibrary } from './library-open';
import { StartupCheck } from './library-startup';
import { assertId, type LibraryPaths } from './library-paths';
import { LibraryCatalog } from './library-catalog';
import { buildArticle } from './library-records';
import { applyPatch, checkSpan, newAnnotation } from '../../../shared/annotation-edits';
import { checkSchemeChange, MentionCounter, reassignTags } from './library-edits';
import { EntityStore } from './entity-store';
import { withoutTwins } from '../../../shared/twins';

export interface LibraryOptions {
  /** Text file added as the first article when the library is created. */
  samplePath?: string;
  /** Clock for timestamps (tests). */
  now?: () => Date;
  /** Delay before a derived index change (annotation counts) is written; default 300 ms. */
  indexDebounceMs?: number;
  /** Make today's backup on open if there is none yet (default true). */
  dailyBackup?: boolean;
}

/** Metadata of the sample article seeded into a new library. */
export const SAMPLE_ARTICLE = {
  title: 'ويتكوف مستعد للقاء خليل الحية لبحث تثبيت وقف إطلاق النار',
  source: 'عينة هامش',
  language: 'ar',
} as const;

const lockOf = (articleId: string): string => `article:${articleId}`;
const ENTITIES_LOCK = 'entities';
const TAXONOMY_LOCK = 'taxonomy';

export class Library {
  /** One queue per article: every read-modify-write of its files runs alone. */
  private readonly locks = new KeyedQueue();
  // Replaced as a whole when a backup is restored (see restoreBackup).
  private files: ArticleFiles;
  private readonly listeners = new Set<LibraryListener>();
  private readonly catalog: LibraryCatalog;
  private closed = false;
  // From here to `startup`: replaced as a whole when a backup is restored (see restoreBackup).
  private index: LibraryIndex;
  private taxonomyDb: Low<Taxonomy>;
  private entities: EntityStore;
  private startup: StartupCheck;

  private constructor(
    /** Where this library's files are. */
    readonly paths: LibraryPaths,
    loaded: LoadedLibrary,
    private readonly now: () => Date,
  ) {
    this.index = loaded.index;
    this.taxonomyDb = loaded.taxonomyDb;
    this.entities = loaded.entities;
    this.startup = this.newStartupCheck(loaded);
    this.files = this.newFiles();
    this.catalog = new LibraryCatalog({
      // Read through functions: a backup restore replaces the index and the files.
      index: () => this.index,
      files: () => this.files,
      locks: this.locks,
      now,
      emit: (event) => this.emit(event),
      assertOpen: () => this.assertOpen(),
    });
  }

  private get taxonomy(): Taxonomy {
    return this.taxonomyDb.data;
  }

  /**
   * Opens (creating if needed) the library in `dir`; a new library gets the
   * taxonomy and the sample article. Only what listing needs is checked
   * before this resolves (temp files, index, taxonomy, entities); the
   * article and annotation files are checked in the background (see
   * checkDone and startupReport()). Damaged files go to quarantine/ and the
   * rest opens. The daily backup, when due, is made before this resolves:
   * it must hold the state before the day's first edit.
   */
  static async open(dir: string, options: LibraryOptions = {}): Promise<Library> {
    const now = options.now ?? (() => new Date());
    const loaded = await loadLibrary(dir, now(), options.indexDebounceMs ?? 300);
    if (options.dailyBackup !== false) await persist(dir, () => ensureDailyBackup(loaded.paths, now()));
    const library = new Library(loaded.paths, loaded, now);
    if (!loaded.opened.index) await library.initialise(options.samplePath);
    library.startup.start();
    return library;
  }

  /**
   * Resolves once the background check started by open is over: every
   * article and annotations file checked (startupReport() is then
   * complete). Never rejects (a failure is logged).
   */
  get checkDone(): Promise<void> {
    return this.startup.done;
  }

  /** What the start-up check found and did so far (a copy); `complete` once the background check is over. */
  startupReport(): StartupReport {
    return this.startup.report();
  }

  private newStartupCheck(loaded: LoadedLibrary): StartupCheck {
    return new StartupCheck(loaded, {
      underLock: (id, task) => this.locks.run(lockOf(id), task),
      meta: (id) => this.index.get(id),
      listedIds: () => this.index.all().map((m) => m.id),
      dropArticle: async (id) => {
        await this.index.remove(id);
        await this.emit({ kind: 'removed', id });
      },
      forget: (id) => this.files.forget(id),
      setCounts: (meta, annotations) =>
        this.index.setCount(meta, annotations.length, countsByType(annotations.map((a) => a.tag))),
    });
  }

  private newFiles(): ArticleFiles {
    return new ArticleFiles(this.paths, {
      beforeRead: (id) => this.startup.ensure(id),
      written: (id) => this.startup.trust(id),
    });
  }

  /** First run: seed the sample (once ever: `seeded` outlives its deletion), or just write the index. */
  private async initialise(samplePath: string | undefined): Promise<void> {
    const sample = samplePath ? await readFile(samplePath, 'utf8').catch(() => null) : null;
    if (sample !== null && sample.trim().length > 0) {
      await this.addArticle({ ...SAMPLE_ARTICLE, text: sample }, { seeded: true });
    } else {
      await this.index.create(false);
    }
  }

  /** Articles (not those in the trash), most recently added first. */
  listArticles(): Promise<ArticleMeta[]> {
    return Promise.resolve(this.index.list().filter((m) => !m.deletedAt));
  }

  /** Live metadata of every article, trashed ones included (read only; for queries and search). */
  allMeta(): readonly ArticleMeta[] {
    return this.index.all();
  }

  /** Calls `listener` on every change of the library's articles; returns an unsubscribe function. */
  onChange(listener: LibraryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds an already canonical article (import); AppFailure('duplicate') when its text is already here. */
  addCanonical(input: CanonicalArticleInput): Promise<ArticleMeta> {
    return this.catalog.addCanonical(input);
  }

  /** Changes an article's editable metadata (title, source, date, language, author, URL, status). */
  updateMeta(id: string, patch: ArticleMetaPatch): Promise<ArticleMeta> {
    return this.catalog.updateMeta(id, patch);
  }

  /** Moves an article to the trash (out of the list and search; files kept until the trash is emptied). */
  trashArticle(id: string): Promise<ArticleMeta> {
    return this.catalog.trash(id);
  }

  /** Brings an article back from the trash. */
  restoreArticle(id: string): Promise<ArticleMeta> {
    return this.catalog.restore(id);
  }

  /** Articles in the trash, most recently trashed first. */
  listTrash(): Promise<ArticleMeta[]> {
    return Promise.resolve(this.catalog.trashed());
  }

  /** Deletes every article in the trash for good; resolves to how many were deleted. */
  async emptyTrash(): Promise<number> {
    const trashed = this.catalog.trashed();
    for (const meta of trashed) await this.deleteArticle(meta.id);
    return trashed.length;
  }

  /** One article with its canonical text and blocks. */
  async getArticle(id: string): Promise<Article> {
    assertId(id);
    return this.locks.run(lockOf(id), async () => {
      const meta = this.index.require(id);
      const { file } = await this.files.text(id);
      return { meta: { ...meta }, text: file.text, blocks: file.blocks.map((b) => ({ ...b })) };
    });
  }

  /** Adds an article: the text is canonicalized and written once, then listed in the index. */
  async addArticle(input: NewArticle, options: { seeded?: boolean } = {}): Promise<ArticleMeta> {
    this.assertOpen();
    const { file, meta } = buildArticle(input, randomUUID(), this.now().toISOString());
    await this.files.writeText(file);
    try {
      await this.index.add(meta, options);
    } catch (error) {
      await this.files.discardText(meta.id);
      throw error;
    }
    await this.emit({ kind: 'added', meta: { ...meta }, text: file.text });
    return { ...meta };
  }

  /** Deletes an article, its text and its annotations. */
  async deleteArticle(id: string): Promise<void> {
    assertId(id);
    await this.locks.run(lockOf(id), async () => {
      this.assertOpen();
      this.index.require(id);
      await this.index.remove(id);
      await this.files.remove(id);
      await this.emit({ kind: 'removed', id });
    });
  }

  /** One article's annotations in text order, re-anchored (or flagged orphaned) against its text. */
  async listAnnotations(articleId: string): Promise<Annotation[]> {
    assertId(articleId, 'articleId');
    return this.locks.run(lockOf(articleId), async () => {
      const db = await this.annotationsOf(articleId);
      return db.data.annotations.map((a) => ({ ...a }));
    });
  }

  /** The re-anchors made when the article's annotations were loaded, each reported once (see ArticleFiles.takeMoves). */
  async takeAnchorMoves(articleId: string): Promise<AnchorMove[]> {
    assertId(articleId, 'articleId');
    return this.locks.run(lockOf(articleId), async () => {
      await this.annotationsOf(articleId);
      return this.files.takeMoves(articleId);
    });
  }

  /** Creates an annotation on [start, end) (code points); resolves once it is durably written. */
  async createAnnotation(input: NewAnnotation): Promise<Annotation> {
    const [created] = await this.createAnnotations(input.articleId, [input]);
    if (!created)
      throw new AppFailure('duplicate', 'An annotation with this span and tag exists', { field: 'tag' });
    return created;
  }

  /**
   * Creates several annotations of one article in one write (all or none), e.g.
   * "tag all mentions". Twins (same span and tag as an annotation, see
   * shared/twins.ts) are left out: resolves to the ones created.
   */
  async createAnnotations(articleId: string, inputs: readonly NewAnnotation[]): Promise<Annotation[]> {
    assertId(articleId, 'articleId');
    return this.locks.run(lockOf(articleId), async () => {
      this.assertOpen();
      const { length } = this.index.require(articleId);
      const { index } = await this.files.text(articleId);
      const at = this.now().toISOString();
      const created = inputs.map((input): Annotation => {
        if (input.articleId !== articleId) {
          throw new AppFailure('invalid-argument', 'All annotations must belong to the article', {
            field: 'articleId',
          });
        }
        checkSpan(length, input.start, input.end);
        this.requireTag(input.tag);
        if (input.entityId !== undefined) this.requireEntity(input.entityId);
        return newAnnotation(input, randomUUID(), index, at);
      });
      const db = await this.annotationsOf(articleId);
      const { fresh } = withoutTwins(
        db.data.annotations.filter((a) => !a.orphaned),
        created,
      );
      if (fresh.length > 0) await this.saveAnnotations(db, [...db.data.annotations, ...fresh]);
      return fresh.map((a) => ({ ...a }));
    });
  }

  /**
   * Puts back annotations exactly as they were (same ids), for undo and redo;
   * quote and context are taken again from the text. Fails if an id exists.
   */
  async restoreAnnotations(articleId: string, annotations: readonly Annotation[]): Promise<Annotation[]> {
    assertId(articleId, 'articleId');
    return this.locks.run(lockOf(articleId), async () => {
      this.assertOpen();
      const { length } = this.index.require(articleId);
      const { index } = await this.files.text(articleId);
      const db = await this.annotationsOf(articleId);
      const ids = new Set(db.data.annotations.map((a) => a.id));
      const restored = annotations.map((a): Annotation => {
        assertId(a.id);
        if (a.articleId !== articleId || ids.has(a.id)) {
          throw new AppFailure('invalid-argument', `Annotation ${a.id} cannot be restored here`, {
            field: 'id',
          });
        }
        ids.add(a.id);
        checkSpan(length, a.start, a.end);
        this.requireTag(a.tag);
        const copy: Annotation = { ...a, ...quoteSelector(index, a.start, a.end) };
        delete copy.orphaned;
        if (copy.entityId !== undefined && !this.entities.has(copy.entityId)) delete copy.entityId;
        return copy;
      });
      await this.saveAnnotations(db, [...db.data.annotations, ...restored]);
      return restored.map((a) => ({ ...a }));
    });
  }

  /** Changes an annotation's tag, note, entity or span; resolves once it is durably written. */
  async updateAnnotation(articleId: string, id: string, patch: AnnotationPatch): Promise<Annotation> {
    assertId(articleId, 'articleId');
    assertId(id);
    return this.locks.run(lockOf(articleId), async () => {
      this.assertOpen();
      const db = await this.annotationsOf(articleId);
      const current = db.data.annotations.find((a) => a.id === id);
      if (!current) throw new AppFailure('not-found', `No annotation ${id}`, { id });
      if (patch.tag !== undefined) this.requireTag(patch.tag);
      if (typeof patch.entityId === 'string') this.requireEntity(patch.entityId);
      const { index } = await this.files.text(articleId);
      const updated = applyPatch(current, patch, index, this.now().toISOString());
      if (updated === current) return { ...current };
      await this.saveAnnotations(
        db,
        db.data.annotations.map((a) => (a.id === id ? updated : a)),
      );
      return { ...updated };
    });
  }

  /** Deletes several annotations of one article in one write; unknown ids fail and delete nothing. */
  async deleteAnnotations(articleId: string, ids: readonly string[]): Promise<void> {
    assertId(articleId, 'articleId');
    await this.locks.run(lockOf(articleId), async () => {
      this.assertOpen();
      const db = await this.annotationsOf(articleId);
      const present = new Set(db.data.annotations.map((a) => a.id));
      const missing = ids.find((id) => !present.has(id));
      if (missing !== undefined)
        throw new AppFailure('not-found', `No annotation ${missing}`, { id: missing });
      const gone = new Set(ids);
      await this.saveAnnotations(
        db,
        db.data.annotations.filter((a) => !gone.has(a.id)),
      );
    });
  }

  /** Deletes one annotation; resolves once the change is durably written. */
  async deleteAnnotation(articleId: string, id: string): Promise<void> {
    assertId(id);
    await this.deleteAnnotations(articleId, [id]);
  }

  /** The library's tag scheme. */
  getTaxonomy(): Promise<Taxonomy> {
    return Promise.resolve(structuredClone(this.taxonomy));
  }

  /** How many annotations across the library carry each tag (tags with none are left out). */
  async countTagUses(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    await this.eachArticleAnnotations((annotations) => {
      for (const a of annotations) counts[a.tag] = (counts[a.tag] ?? 0) + 1;
    });
    return counts;
  }

  /**
   * Replaces the tag scheme. Annotations of tags the new scheme drops must be
   * given a destination in `reassign` (another tag, or null to delete them):
   * otherwise nothing changes and the call fails with 'tag-in-use'.
   */
  async saveTaxonomy(next: Taxonomy, reassign: TagReassignment = {}): Promise<Taxonomy> {
    return this.locks.run(TAXONOMY_LOCK, async () => {
      this.assertOpen();
      checkSchemeChange(next, reassign, await this.countTagUses());
      const at = this.now().toISOString();
      for (const meta of this.index.list()) {
        await this.locks.run(lockOf(meta.id), async () => {
          const db = await this.annotationsOf(meta.id);
          const { annotations, changed } = reassignTags(db.data.annotations, reassign, at);
          if (changed) await this.saveAnnotations(db, annotations);
        });
      }
      const saved = structuredClone(next);
      await persist(this.paths.taxonomy, () => this.taxonomyDb.adapter.write(saved));
      this.taxonomyDb.data = saved;
      return structuredClone(saved);
    });
  }

  /** Entities with their mention counts across the library, by name. */
  async listEntities(): Promise<EntitySummary[]> {
    const counter = new MentionCounter();
    await this.eachArticleAnnotations((annotations) => counter.add(annotations));
    return counter.summarise(this.entities.list());
  }

  /** Creates or updates an entity. */
  saveEntity(input: EntityInput): Promise<Entity> {
    if (input.id !== undefined) assertId(input.id);
    return this.locks.run(ENTITIES_LOCK, () => {
      this.assertOpen();
      return this.entities.save(input, this.now().toISOString());
    });
  }

  /** Deletes an entity after unlinking every annotation that points to it. */
  async deleteEntity(id: string): Promise<void> {
    assertId(id);
    await this.locks.run(ENTITIES_LOCK, async () => {
      this.assertOpen();
      if (!this.entities.has(id)) throw new AppFailure('not-found', `No entity ${id}`, { id });
      for (const meta of this.index.list()) {
        await this.locks.run(lockOf(meta.id), async () => {
          const db = await this.annotationsOf(meta.id);
          if (!db.data.annotations.some((a) => a.entityId === id)) return;
          const unlinked = db.data.annotations.map((a) => {
            if (a.entityId !== id) return a;
            const copy = { ...a };
            delete copy.entityId;
            return copy;
          });
          await this.saveAnnotations(db, unlinked);
        });
      }
      await this.entities.remove(id);
    });
  }

  /** The article's annotations as a Hamish JSON export object (orphaned annotations are left out). */
  async exportArticle(articleId: string, generator = 'Hamish'): Promise<HamishExport> {
    const annotations = (await this.listAnnotations(articleId)).filter((a) => !a.orphaned);
    const meta = this.index.require(articleId);
    return buildExport([{ meta, annotations }], this.taxonomy, this.now().toISOString(), generator, {
      entities: this.entities.list(),
    });
  }

  /** Writes the article's Hamish JSON export to `path`, atomically. */
  async exportAnnotations(articleId: string, path: string, generator: string): Promise<void> {
    const data = await this.exportArticle(articleId, generator);
    await persist(path, () => writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`));
  }

  /** Makes today's backup if there is none yet (for an app left running past midnight); null if none was due. */
  backupIfDue(): Promise<BackupInfo | null> {
    return persist(this.paths.dir, () => ensureDailyBackup(this.paths, this.now()));
  }

  /** The rolling backups, newest first. */
  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.paths);
  }

  /**
   * Restores backup `name` after backing up the current state. Waits for
   * running edits, refuses new ones meanwhile, then reloads everything.
   */
  async restoreBackup(name: string): Promise<RestoreResult> {
    assertBackupName(name);
    this.assertOpen();
    this.closed = true;
    try {
      await this.startup.stop();
      await this.locks.idle();
      await this.index.stop();
      return await persist(this.paths.dir, () => restoreLibraryFiles(this.paths, name, this.now()));
    } finally {
      // Reloaded whether or not the restore went through: the index was stopped.
      const fresh = await loadLibrary(this.paths.dir, this.now(), this.index.debounceMs);
      this.index = fresh.index;
      this.taxonomyDb = fresh.taxonomyDb;
      this.entities = fresh.entities;
      this.startup = this.newStartupCheck(fresh);
      this.files = this.newFiles();
      this.startup.start();
      this.closed = false;
      await this.emit({ kind: 'reset' });
    }
  }

  /**
   * Adds an article from another library (an import), keeping its id, text,
   * blocks and annotations; resolves once all its files and the index are durable.
   */
  async importArticle(meta: ArticleMeta, file: ArticleFile, annotations: Annotation[]): Promise<void> {
    assertId(meta.id);
    await this.locks.run(lockOf(meta.id), async () => {
      this.assertOpen();
      if (this.index.list().some((m) => m.id === meta.id)) {
        throw new AppFailure('invalid-argument', `Article ${meta.id} already exists`, { field: 'id' });
      }
      await this.files.writeText(file);
      try {
        const db = await this.files.annotations(meta.id);
        await this.files.writeAnnotations(db, annotations);
        await this.index.add({
          ...meta,
          annotationCount: annotations.length,
          annotationCounts: countsByType(annotations.map((a) => a.tag)),
        });
      } catch (error) {
        await this.files.remove(meta.id);
        throw error;
      }
      await this.emit({ kind: 'added', meta: { ...meta }, text: file.text });
    });
  }

  /**
   * Replaces an article's annotations with `change(current)`, under its lock;
   * resolves once durable. Returning `current` itself writes nothing.
   */
  async updateAnnotations(articleId: string, change: (current: Annotation[]) => Annotation[]): Promise<void> {
    assertId(articleId, 'articleId');
    await this.locks.run(lockOf(articleId), async () => {
      this.assertOpen();
      const db = await this.annotationsOf(articleId);
      const current = db.data.annotations.map((a) => ({ ...a }));
      const next = change(current);
      if (next !== current) await this.saveAnnotations(db, next);
    });
  }

  /** Writes pending index changes (annotation counts) now. */
  async flush(): Promise<void> {
    await this.index.flush();
    await this.emit({ kind: 'flush' });
  }

  /** Refuses further changes, waits for running operations and the background check, and flushes the index. */
  async close(): Promise<void> {
    this.closed = true;
    await this.startup.finish();
    await this.locks.idle();
    await this.index.stop();
    await this.emit({ kind: 'flush' });
  }

  /** Tells every observer; an observer's failure never undoes or fails the change itself. */
  private async emit(event: Parameters<LibraryListener>[0]): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(event);
      } catch (error) {
        console.error('library observer failed', error);
      }
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new AppFailure('internal', 'The library is closed');
  }

  /** Calls `visit` with each article's annotations, one article at a time under its lock. */
  private async eachArticleAnnotations(visit: (annotations: readonly Annotation[]) => void): Promise<void> {
    for (const meta of this.index.list()) {
      await this.locks.run(lockOf(meta.id), async () =>
        visit((await this.annotationsOf(meta.id)).data.annotations),
      );
    }
  }

  private requireEntity(id: string): void {
    if (!this.entities.has(id)) throw new AppFailure('not-found', `No entity ${id}`, { id });
  }

  private requireTag(tag: string): void {
    if (!findTag(this.taxonomy, tag)) {
      throw new AppFailure('invalid-argument', `Unknown tag "${tag}"`, { field: 'tag' });
    }
  }

  /** The article's annotations file, after checking the article exists; keeps the index count in step. Inside the lock. */
  private async annotationsOf(articleId: string): Promise<Low<AnnotationsFile>> {
    const meta = this.index.require(articleId);
    const db = await this.files.annotations(articleId);
    this.index.setCount(
      meta,
      db.data.annotations.length,
      countsByType(db.data.annotations.map((a) => a.tag)),
    );
    return db;
  }

  /** Durably saves the article's annotations and updates its (debounced) count. Inside the lock. */
  private async saveAnnotations(db: Low<AnnotationsFile>, annotations: Annotation[]): Promise<void> {
    await this.files.writeAnnotations(db, annotations);
    this.index.setCount(
      this.index.require(db.data.articleId),
      db.data.annotations.length,
      countsByType(db.data.annotations.map((a) => a.tag)),
    );
  }
}
