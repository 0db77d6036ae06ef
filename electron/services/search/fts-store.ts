/**
 * The search index file: SQLite FTS5 (better-sqlite3) in the library folder,
 * a derived cache of the article files. It holds, per live article, its id,
 * a stamp (text hash and title: what the index was built from) and the
 * indexed forms of its title and text (fts-terms.ts) in a contentless FTS5
 * table, so the file keeps only the inverted index, never a text, and the
 * digest of its (id, stamp) pairs (list-digest.ts), written with each
 * change. Opening it (fts-file.ts) checks it is a database of this version;
 * a missing, damaged or older file is deleted and created empty, to be
 * filled again from the article files.
 * Used inside the search worker (search-worker.ts); plain Node otherwise.
 */

import type Database from 'better-sqlite3';
import type { LikelyDuplicate } from '../import/near-duplicate';
import { DuplicateTable, type StoredKey } from './duplicate-table';
import { openIndexFile } from './fts-file';
import { indexedColumn, matchExpression } from './fts-terms';
import type { PreparedDoc } from './prepared-doc';
import { DigestTable, type ListDigest } from './list-digest';
import { BuildTransaction, enterBuild, ftsOption, leaveBuild, settleUnendedBuild } from './fts-build-mode';

export { BUILD_COMMIT } from './fts-build-mode';
export { FTS_VERSION, isDamage, removeIndexFiles, type FreshReason } from './fts-file';
import type { FreshReason } from './fts-file';

/** One article as indexed: its id, what it was built from, its title and text. */
export interface FtsDoc {
  id: string;
  stamp: string;
  title: string;
  text: string;
  /** The article's URL as listed (none: ""): part of its near-duplicate key. */
  url?: string;
}

/** One ranked match: the article id and its relevance (BM25, title weighted double; higher is better). */
export interface FtsHit {
  id: string;
  score: number;
}

/** Most matches of one search ranked by BM25 (the most recently indexed); see `FtsStore.search`. */
export const RANK_POOL = 1000;

const COUNT = 'SELECT count(*) FROM fts WHERE fts MATCH ?';
/** The pool (newest matches, BM25 with the title weighted double) ranked, then the best `limit` joined to their ids. */
const RANKED = `
  SELECT docs.id AS id, docs.stamp AS stamp, -pool.score AS score FROM (
    SELECT rowid, bm25(fts, 2.0, 1.0) AS score FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT ?
  ) AS pool JOIN docs ON docs.rowid = pool.rowid ORDER BY pool.score, pool.rowid DESC LIMIT ?`;

/** The writes' statements, prepared once per file (an import's one-article put prepared four each time). */
const FIND = 'SELECT rowid, stamp FROM docs WHERE id = ?';
const DROP_FTS = 'DELETE FROM fts WHERE rowid = ?';
/** A new `docs` row, or a new stamp. Not an UPSERT: it runs in a statement savepoint, where FTS5 writes a segment (one per article). */
const INSERT_DOC = 'INSERT INTO docs (id, stamp) VALUES (?, ?)';
const RESTAMP_DOC = 'UPDATE docs SET stamp = ? WHERE rowid = ?';
const INSERT_FTS = 'INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)';

/** An import's article as screened where it was read (import-screen.ts): its duplicate key and indexed text. */
export interface ScreenKey {
  key: StoredKey;
  /** indexedColumn of its text. */
  column: string;
}

export class FtsStore {
  private readonly duplicates: DuplicateTable;
  private readonly digests: DigestTable;
  private readonly statements = new Map<string, Database.Statement>();
  /** Indexed texts of the articles held for an import, by id, until their put. */
  private readonly columns = new Map<string, string>();
  /** The build into the empty index under way (`startBuild`), if any. */
  private build: BuildTransaction | null = null;

  private constructor(
    private readonly db: Database.Database,
    /** Why this index started empty (null: it was read as it was on disk). */
    readonly fresh: FreshReason,
  ) {
    this.duplicates = new DuplicateTable(db);
    this.digests = new DigestTable(db);
  }

  /**
   * Opens the index at `path` (fts-file.ts `openIndexFile`: created when
   * missing, started over when damaged or of another version, a version-5
   * file migrated). Throws only when a new file cannot be created either.
   */
  static open(path: string): FtsStore {
    const { db, fresh } = openIndexFile(path);
    settleUnendedBuild(db);
    return new FtsStore(db, fresh);
  }

  /**
   * Starts a build of many articles (index-build.ts): when the index is
   * empty, segments are merged 16 at a time until `endBuild` (BUILD_AUTOMERGE).
   * Answers whether it was empty; an index holding articles is left as it is.
   */
  startBuild(): boolean {
    if (this.db.prepare('SELECT 1 FROM docs LIMIT 1').get() !== undefined) return false;
    enterBuild(this.db);
    this.build = new BuildTransaction(this.db, this.digests);
    return true;
  }

  /** Ends what `startBuild` started: the build's writes committed, then fts-build-mode.ts `leaveBuild`. */
  endBuild(): void {
    if (!this.build) return;
    this.build.commit();
    this.build = null;
    leaveBuild(this.db);
  }

  /** Whether the build's transaction is open (articles written but not yet committed): for tests. */
  get buildPending(): boolean {
    return this.db.inTransaction;
  }

  /** FTS5's automerge as the file holds it (undefined: SQLite's default, 4). */
  automerge(): number | undefined {
    return ftsOption(this.db, 'automerge');
  }

  /** Number of articles indexed. */
  size(): number {
    return Number(this.db.prepare('SELECT count(*) FROM docs').pluck().get());
  }

  /** The digest of the indexed (id, stamp) pairs (list-digest.ts), as of the last commit. */
  digest(): ListDigest {
    return this.digests.digest;
  }

  /** Every indexed article's id and stamp. */
  stamps(): Map<string, string> {
    const rows = this.db.prepare('SELECT id, stamp FROM docs').raw().all() as [string, string][];
    return new Map(rows);
  }

  /** Adds or replaces `docs`, in one transaction (an import's held key and indexed text are reused). */
  put(docs: readonly FtsDoc[]): void {
    this.putPrepared(
      docs.map((doc) => ({
        id: doc.id,
        stamp: doc.stamp,
        titleColumn: indexedColumn(doc.title),
        bodyColumn: this.columns.get(doc.id) ?? indexedColumn(doc.text),
        key: this.duplicates.keyFor(doc),
      })),
    );
  }

  /** Adds or replaces articles prepared elsewhere (prepared-doc.ts), in one transaction: only SQLite's part. */
  putPrepared(docs: readonly PreparedDoc[]): void {
    const find = this.statement(FIND).raw();
    const dropFts = this.statement(DROP_FTS);
    const insertDoc = this.statement(INSERT_DOC);
    const restampDoc = this.statement(RESTAMP_DOC);
    const insert = this.statement(INSERT_FTS);
    this.commit(docs.length, () => {
      for (const doc of docs) {
        const old = find.get(doc.id) as [number, string] | undefined;
        let rowid: number;
        if (old !== undefined) {
          dropFts.run(old[0]);
          this.digests.remove(doc.id, old[1]);
          restampDoc.run(doc.stamp, old[0]);
          rowid = old[0];
        } else rowid = Number(insertDoc.run(doc.id, doc.stamp).lastInsertRowid);
        this.digests.add(doc.id, doc.stamp);
        insert.run(rowid, doc.titleColumn, doc.bodyColumn);
        this.columns.delete(doc.id);
        this.duplicates.put(rowid, doc.key);
      }
    });
  }

  /** Removes the articles `ids` (those not indexed are skipped), in one transaction. */
  remove(ids: readonly string[]): void {
    const find = this.statement(FIND).raw();
    const dropFts = this.statement(DROP_FTS);
    const dropDoc = this.statement('DELETE FROM docs WHERE rowid = ?');
    this.commit(ids.length, () => {
      for (const id of ids) {
        const old = find.get(id) as [number, string] | undefined;
        if (old === undefined) continue;
        dropFts.run(old[0]);
        dropDoc.run(old[0]);
        this.digests.remove(id, old[1]);
        this.duplicates.remove(old[0]);
      }
    });
  }

  /** Runs `change` (of `articles` articles) in one transaction that also writes the digest (a rollback puts it back); in a build's (BuildTransaction) during one. */
  private commit(articles: number, change: () => void): void {
    if (this.build) return this.build.run(articles, change);
    const before = this.digests.digest;
    try {
      this.db.transaction(() => {
        change();
        this.digests.save();
      })();
    } catch (error) {
      this.digests.restore(before);
      throw error;
    }
  }

  /**
   * The best `limit` matches of `query` and how many there are in all; no
   * matches for a query with no words. BM25 is computed inside SQLite for at
   * most RANK_POOL matches, the most recently indexed (highest rowids, read
   * backwards from FTS5's doclists, so the scan stops there): ranking every
   * match of a word found in a third of 100,000 articles took longer than
   * the whole search may. When fewer match, every match is ranked. Each hit
   * carries its stamp (the title the worker needs for the passage). `pool`
   * is RANK_POOL but for tests.
   */
  search(
    query: string,
    limit: number,
    pool = RANK_POOL,
  ): { total: number; hits: (FtsHit & { stamp: string })[] } {
    const match = matchExpression(query);
    if (match === null) return { total: 0, hits: [] };
    const total = Number(this.statement(COUNT).pluck().get(match));
    const hits = this.statement(RANKED).all(match, pool, limit) as (FtsHit & { stamp: string })[];
    return { total, hits };
  }

  /** A prepared statement of this file, prepared once. */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  /** Ids of every match of `query`, best first. */
  matchingIds(query: string): string[] {
    const match = matchExpression(query);
    if (match === null) return [];
    return this.statement(
      `SELECT docs.id FROM fts JOIN docs ON docs.rowid = fts.rowid
       WHERE fts MATCH ? ORDER BY bm25(fts, 2.0, 1.0)`,
    )
      .pluck()
      .all(match) as string[];
  }

  /** The indexed or held article a text with this URL most likely duplicates, or null (duplicate-table.ts). */
  likelyDuplicate(text: string, url: string): LikelyDuplicate | null {
    return this.duplicates.likely(text, url);
  }

  /** Holds an article a running import added, until its row is written (or `releaseHeld`). */
  holdDuplicate(id: string, title: string, text: string, url: string): void {
    this.duplicates.hold(id, title, text, url);
  }

  /**
   * Screens an import's articles, in order (duplicate-table.ts `screen`):
   * each one's likely duplicate, or null once it is held, with its indexed
   * text (`column`, indexedColumn of its text) kept for its put.
   */
  screenDuplicates(files: readonly ScreenKey[]): (LikelyDuplicate | null)[] {
    return files.map(({ key, column }) => {
      const likely = this.duplicates.screen(key);
      if (!likely) this.columns.set(key.key.id, column);
      return likely;
    });
  }

  /** Forgets held articles the library did not take. */
  dropHeld(ids: readonly string[]): void {
    this.duplicates.drop(ids);
    for (const id of ids) this.columns.delete(id);
  }

  /** Forgets the articles held for an import that ended. */
  releaseHeld(): void {
    this.duplicates.release();
    this.columns.clear();
  }

  /** Closes the file. */
  close(): void {
    this.db.close();
  }
}
