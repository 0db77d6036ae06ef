/**
 * Per-article files of a library: the immutable text (articles/<id>.json,
 * cached with its code point index in a small LRU) and the annotations
 * (annotations/<id>.json, one Low per file, with its journal folded in and
 * re-anchored in memory when first loaded: reading never writes; the moves
 * are kept to be reported once). An edit appends one line to the article's
 * journal (annotation-journal.ts); the journal is folded into the file
 * (compacted) when it reaches `journalLimit` lines, after a dropped line,
 * for a large change, and when the library closes.
 * Callers serialise access per article; this class holds no locks. Before
 * an article's files are first read, the `checks` hook verifies them (the
 * start-up check may not have reached them yet).
 */

import { rm } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { AnchorMove } from '../../../shared/anchoring';
import { CodePointIndex } from '../../../shared/code-points';
import type { Annotation } from '../../../shared/model';
import type { Claim } from '../../../shared/schema/claim-schema';
import { AppFailure } from '../../../shared/result';
import { JsonFile } from '../storage/json-file';
import {
  appendJournal,
  diffAnnotations,
  isEmptyChange,
  journalPathOf,
  type JournalChange,
} from './annotation-journal';
import {
  claimDiff,
  foldsNow,
  JOURNAL_LIMIT,
  loadAnnotations,
  withClaims,
  writeSnapshot,
} from './annotations-snapshot';
import {
  articleFileSchema,
  openValidated,
  persist,
  type AnnotationsFile,
  type ArticleFile,
} from './library-files';
import type { LibraryPaths } from './library-paths';
import { compareAnnotations } from './library-records';
import { compareClaims } from '../../../shared/claims';

/** An article's stored text with its converter. */
export interface LoadedText {
  file: ArticleFile;
  index: CodePointIndex;
}

const TEXT_CACHE_SIZE = 16;

/** The start-up check's hooks around reading and writing an article's files. */
export interface FileChecks {
  /** Verifies the article's files before their first read; throws when its text cannot be used. */
  beforeRead(id: string): Promise<void>;
  /** The article's text was just written by the library (so it is known good). */
  written(id: string): void;
}

const NO_CHECKS: FileChecks = { beforeRead: () => Promise.resolve(), written: () => undefined };

/** What is known of a loaded article's journal. */
interface JournalState {
  /** Lines in the journal (kept ones). */
  lines: number;
  /** Whether the journal file exists. */
  exists: boolean;
  /** A line was dropped (torn or invalid): fold before the next append. */
  compactFirst: boolean;
}

export class ArticleFiles {
  private readonly texts = new Map<string, LoadedText>();
  private readonly annotationDbs = new Map<string, Low<AnnotationsFile>>();
  /** Re-anchors made on load and not yet reported, per article. */
  private readonly moves = new Map<string, AnchorMove[]>();
  private readonly journals = new Map<string, JournalState>();

  constructor(
    private readonly paths: LibraryPaths,
    private readonly checks: FileChecks = NO_CHECKS,
    /** Journal lines before a fold (tests use small values to exercise compaction). */
    private readonly journalLimit = JOURNAL_LIMIT,
  ) {}

  /**
   * Writes a new article's text file (compact JSON); resolves once durable,
   * or with `syncDir: false` once its content is (the caller fsyncs the
   * articles folder before listing it: a batch import).
   */
  async writeText(file: ArticleFile, { syncDir = true } = {}): Promise<void> {
    const path = this.paths.article(file.id);
    await persist(path, () => new JsonFile<ArticleFile>(path, { pretty: false, syncDir }).write(file));
    this.checks.written(file.id);
  }

  /** Drops what is cached of the article (one of its files was moved away). */
  forget(id: string): void {
    this.texts.delete(id);
    this.annotationDbs.delete(id);
    this.journals.delete(id);
  }

  /** The article's text and code point index. */
  async text(id: string): Promise<LoadedText> {
    const cached = this.texts.get(id);
    if (cached) {
      this.texts.delete(id); // most recently used goes last
      this.texts.set(id, cached);
      return cached;
    }
    await this.checks.beforeRead(id);
    const path = this.paths.article(id);
    const empty: ArticleFile = { version: 1, id, text: '', blocks: [] };
    const { db, existed } = await openValidated(path, articleFileSchema, empty);
    if (!existed || db.data.id !== id) {
      throw new AppFailure('storage-failed', `The text of article ${id} is missing`, { file: path });
    }
    const loaded = { file: db.data, index: new CodePointIndex(db.data.text) };
    this.texts.set(id, loaded);
    const oldest = this.texts.keys().next().value;
    if (this.texts.size > TEXT_CACHE_SIZE && oldest !== undefined) this.texts.delete(oldest);
    return loaded;
  }

  /**
   * The article's annotations file with its journal folded in. On first load every annotation is checked
   * against the text: ones found elsewhere with evidence get new offsets (kept
   * for takeMoves), lost ones are flagged orphaned. Only in memory: the file
   * is written by the next edit, never by reading.
   */
  async annotations(articleId: string): Promise<Low<AnnotationsFile>> {
    const cached = this.annotationDbs.get(articleId);
    if (cached) return cached;
    const { db, journal, moves } = await this.read(articleId);
    this.journals.set(articleId, journal);
    if (moves.length > 0) this.moves.set(articleId, moves);
    this.annotationDbs.set(articleId, db);
    return db;
  }

  /**
   * The article's annotations as annotations() gives them (journal folded,
   * re-anchored), without keeping them loaded when they are not already: for
   * a walk over the whole library that must not hold every file in memory.
   */
  async peek(articleId: string): Promise<readonly Annotation[]> {
    return (await this.peekFile(articleId)).annotations;
  }

  /** As peek(), the annotations and the claims (read only). */
  async peekFile(articleId: string): Promise<Readonly<AnnotationsFile>> {
    return this.annotationDbs.get(articleId)?.data ?? (await this.read(articleId)).db.data;
  }

  /** Reads, folds and re-anchors the article's annotations file (nothing is cached). */
  private async read(
    articleId: string,
  ): Promise<{ db: Low<AnnotationsFile>; journal: JournalState; moves: AnchorMove[] }> {
    await this.checks.beforeRead(articleId);
    const path = this.paths.annotations(articleId);
    const { index } = await this.text(articleId);
    const { file, journal: read, moves } = await loadAnnotations(path, articleId, index);
    const journal = {
      lines: read.lines,
      exists: read.lines + read.dropped > 0,
      compactFirst: read.dropped > 0,
    };
    return { db: new Low<AnnotationsFile>(new JsonFile<AnnotationsFile>(path), file), journal, moves };
  }

  /** The re-anchors made when the article's annotations were loaded, once: a second call returns none. */
  takeMoves(articleId: string): AnchorMove[] {
    const moves = this.moves.get(articleId) ?? [];
    this.moves.delete(articleId);
    return moves;
  }

  /**
   * Durably records `annotations` (sorted) as the article's list, then makes
   * them current: one journal line with the difference, or a new annotations
   * file (and no journal) when it is time to fold. `db` comes from annotations().
   * `known`, when the caller knows it, is the change itself (else it is worked out).
   * `claims`, when given, become the article's claims in the same line (else they stay).
   * `inOrder`: the caller vouches that `annotations` are in the stored order already.
   */
  async writeAnnotations(
    db: Low<AnnotationsFile>,
    annotations: readonly Annotation[],
    known?: JournalChange,
    claims?: readonly Claim[],
    inOrder = false,
  ): Promise<void> {
    const { articleId } = db.data;
    const list = annotations.slice();
    const sorted = { ...db.data, annotations: inOrder ? list : list.sort(compareAnnotations) };
    const next = claims ? withClaims(sorted, [...claims].sort(compareClaims)) : sorted;
    const change = known ?? {
      ...diffAnnotations(db.data.annotations, next.annotations),
      ...claimDiff(db.data.claims ?? [], next.claims ?? []),
    };
    const journal = this.journals.get(articleId) ?? { lines: 0, exists: false, compactFirst: false };
    if (isEmptyChange(change)) {
      db.data = next;
      return;
    }
    if (foldsNow(journal, change, this.journalLimit)) {
      await this.fold(db, next);
    } else {
      const path = journalPathOf(this.paths.annotations(articleId));
      try {
        await persist(path, () => appendJournal(path, change, !journal.exists));
      } catch (error) {
        // The cut-back may have failed too: the next write folds, so no line ever follows a partial one.
        this.journals.set(articleId, { ...journal, exists: true, compactFirst: true });
        throw error;
      }
      this.journals.set(articleId, { lines: journal.lines + 1, exists: true, compactFirst: false });
    }
    db.data = next;
  }

  /**
   * Lets another thread rewrite the article's annotations files (the import
   * worker, through annotations-snapshot.ts; the caller holds the article's
   * lock): checks the files first as a read would, runs `write`, then
   * forgets the loaded list and journal state, so the next read takes the
   * files as `write` left them (whether it succeeded or not).
   */
  async writeElsewhere<T>(articleId: string, write: () => Promise<T>): Promise<T> {
    await this.checks.beforeRead(articleId);
    try {
      return await write();
    } finally {
      this.annotationDbs.delete(articleId);
      this.journals.delete(articleId);
    }
  }

  /** Whether the article's annotations are loaded (annotations() was called since it was last forgotten). */
  loaded(articleId: string): boolean {
    return this.annotationDbs.has(articleId);
  }

  /** Ids of loaded articles whose journal has lines to fold (for the fold at close). */
  journaled(): string[] {
    return [...this.journals].filter(([, j]) => j.exists).map(([id]) => id);
  }

  /** Folds the article's journal into its annotations file (a loaded article; caller holds its lock). */
  async compact(articleId: string): Promise<void> {
    const db = this.annotationDbs.get(articleId);
    if (db && this.journals.get(articleId)?.exists) await this.fold(db, db.data);
  }

  /** Writes `data` as the annotations file, then removes the journal it now contains. */
  private async fold(db: Low<AnnotationsFile>, data: AnnotationsFile): Promise<void> {
    await writeSnapshot(this.paths.annotations(data.articleId), data);
    this.journals.set(data.articleId, { lines: 0, exists: false, compactFirst: false });
  }

  /** Forgets and deletes the article's files (best effort: the index no longer lists them). */
  async remove(id: string): Promise<void> {
    this.texts.delete(id);
    this.annotationDbs.delete(id);
    this.journals.delete(id);
    await rm(journalPathOf(this.paths.annotations(id)), { force: true }).catch(() => undefined);
    await rm(this.paths.annotations(id), { force: true }).catch(() => undefined);
    await rm(this.paths.article(id), { force: true }).catch(() => undefined);
  }

  /** Deletes a text file written for an article that never made it into the index. */
  async discardText(id: string): Promise<void> {
    this.texts.delete(id);
    await rm(this.paths.article(id), { force: true }).catch(() => undefined);
  }
}
