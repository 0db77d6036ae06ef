/**
 * Per-article files of a library: the immutable text (articles/<id>.json,
 * cached with its code point index in a small LRU) and the annotations
 * (annotations/<id>.json, one Low per file, re-anchored in memory when first
 * loaded: reading never writes; the moves are kept to be reported once).
 * Callers serialise access per article; this class holds no locks. Before
 * an article's files are first read, the `checks` hook verifies them (the
 * start-up check may not have reached them yet).
 */

import { rm } from 'node:fs/promises';
import type { Low } from 'lowdb';
import type { AnchorMove } from '../../../shared/anchoring';
import { CodePointIndex } from '../../../shared/code-points';
import type { Annotation } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import { JsonFile } from '../storage/json-file';
import {
  annotationsFileSchema,
  articleFileSchema,
  openValidated,
  persist,
  type AnnotationsFile,
  type ArticleFile,
} from './library-files';
import type { LibraryPaths } from './library-paths';
import { compareAnnotations, reanchorAnnotations } from './library-records';

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

export class ArticleFiles {
  private readonly texts = new Map<string, LoadedText>();
  private readonly annotationDbs = new Map<string, Low<AnnotationsFile>>();
  /** Re-anchors made on load and not yet reported, per article. */
  private readonly moves = new Map<string, AnchorMove[]>();

  constructor(
    private readonly paths: LibraryPaths,
    private readonly checks: FileChecks = NO_CHECKS,
  ) {}

  /** Writes a new article's text file (compact JSON); resolves once durable. */
  async writeText(file: ArticleFile): Promise<void> {
    const path = this.paths.article(file.id);
    await persist(path, () => new JsonFile<ArticleFile>(path, { pretty: false }).write(file));
    this.checks.written(file.id);
  }

  /** Drops what is cached of the article (one of its files was moved away). */
  forget(id: string): void {
    this.texts.delete(id);
    this.annotationDbs.delete(id);
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
   * The article's annotations file. On first load every annotation is checked
   * against the text: ones found elsewhere with evidence get new offsets (kept
   * for takeMoves), lost ones are flagged orphaned. Only in memory: the file
   * is written by the next edit, never by reading.
   */
  async annotations(articleId: string): Promise<Low<AnnotationsFile>> {
    const cached = this.annotationDbs.get(articleId);
    if (cached) return cached;
    await this.checks.beforeRead(articleId);
    const path = this.paths.annotations(articleId);
    const empty: AnnotationsFile = { version: 1, articleId, annotations: [] };
    const { db } = await openValidated(path, annotationsFileSchema, empty);
    if (db.data.articleId !== articleId) {
      throw new AppFailure('storage-failed', `${path} belongs to another article`, { file: path });
    }
    const { index } = await this.text(articleId);
    const { annotations, moves } = reanchorAnnotations(db.data.annotations, index);
    db.data = { ...db.data, annotations: annotations.sort(compareAnnotations) };
    if (moves.length > 0) this.moves.set(articleId, moves);
    this.annotationDbs.set(articleId, db);
    return db;
  }

  /** The re-anchors made when the article's annotations were loaded, once: a second call returns none. */
  takeMoves(articleId: string): AnchorMove[] {
    const moves = this.moves.get(articleId) ?? [];
    this.moves.delete(articleId);
    return moves;
  }

  /** Durably writes `annotations` (sorted) to the article's file, then makes them current. */
  async writeAnnotations(db: Low<AnnotationsFile>, annotations: Annotation[]): Promise<void> {
    const next: AnnotationsFile = { ...db.data, annotations: [...annotations].sort(compareAnnotations) };
    await persist(this.paths.annotations(db.data.articleId), () => db.adapter.write(next));
    db.data = next;
  }

  /** Forgets and deletes the article's files (best effort: the index no longer lists them). */
  async remove(id: string): Promise<void> {
    this.texts.delete(id);
    this.annotationDbs.delete(id);
    await rm(this.paths.annotations(id), { force: true }).catch(() => undefined);
    await rm(this.paths.article(id), { force: true }).catch(() => undefined);
  }

  /** Deletes a text file written for an article that never made it into the index. */
  async discardText(id: string): Promise<void> {
    this.texts.delete(id);
    await rm(this.paths.article(id), { force: true }).catch(() => undefined);
  }
}
