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
import { DigestTable, EMPTY_DIGEST, type ListDigest } from './list-digest';

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
/**
 * A new row of `docs`, or a new stamp in an old one. Not one UPSERT: an
 * ON CONFLICT statement runs in a statement savepoint, and at each
 * savepoint FTS5 writes its pending terms out as a segment, so every
 * article became a segment of its own, merged again and again (issue 17 B8).
 */
const INSERT_DOC = 'INSERT INTO docs (id, stamp) VALUES (?, ?)';
const RESTAMP_DOC = 'UPDATE docs SET stamp = ? WHERE rowid = ?';
const INSERT_FTS = 'INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)';

/**
 * FTS5's automerge (segments of one level merged into the next once this many):
 * SQLite's 4 normally; 16 while a build fills an empty index, which then ends
 * with one 'optimize' (everything merged into one segment, written once). A
 * 20k build's FTS inserts took 9.3 s of CPU with 4, 5.8 s with 16, plus 1.2 s
 * for the optimize.
 */
const AUTOMERGE = 4;
const BUILD_AUTOMERGE = 16;
/**
 * A build's settings (issue 17 B8: a 100k rebuild ran at ~450 articles/s
 * against ~840 at 10k): with SQLite's page cache of 2 MB and a commit per
 * 200-article batch, each article's 21 band rows (duplicate-table.ts) and
 * its id and body hash go into B-trees at random places, so as the file
 * grows nearly every insert reads a page the cache no longer holds, and
 * each commit writes (and the checkpoint after it copies) thousands of
 * pages dirtied once each. During a build into an empty index the batches
 * share one transaction until BUILD_COMMIT articles (a page is written once
 * for many inserts, and FTS5 writes one segment), the cache holds BUILD_CACHE_KIB and the WAL is folded
 * into the file every BUILD_CHECKPOINT pages (SQLite's 1,000 otherwise).
 * A crash loses at most the uncommitted articles, rows and digest together;
 * the next open finds them missing and indexes them again.
 */
export const BUILD_COMMIT = 2000;
const BUILD_CACHE_KIB = 262_144;
const BUILD_CHECKPOINT = 16_384;
/** SQLite's defaults, put back when a build ends. */
const CACHE_KIB = 2000;
const CHECKPOINT = 1000;

/**
 * FTS5's pending terms held in memory before they are written as a segment:
 * SQLite's 1 MB, less than one 200-article batch's; 256 MB during a build,
 * so each BUILD_COMMIT articles make one segment (fewer to merge).
 */
const HASH_BYTES = 1_048_576;
const BUILD_HASH_BYTES = 268_435_456;
/** Sets one of FTS5's options (kept in the file) to the integer `n`. */
const setFtsOption = (db: Database.Database, option: 'hashsize', n: number): void => {
  db.exec(`INSERT INTO fts (fts, rank) VALUES ('${option}', ${Math.trunc(n)})`);
};

/** Sets FTS5's automerge to `n` (a literal: FTS5 refuses it bound, since better-sqlite3 binds a number as a real). */
const setAutomerge = (db: Database.Database, n: number): void => {
  db.exec(`INSERT INTO fts (fts, rank) VALUES ('automerge', ${Math.trunc(n)})`);
};

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
  /** A build into the empty index is under way (`startBuild`). */
  private building = false;
  /** Articles written in the build's open transaction, not yet committed. */
  private uncommitted = 0;
  /** The digest as the build's open transaction found it (put back when it rolls back). */
  private buildCommitted: ListDigest = EMPTY_DIGEST;

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
    // A build that never ended (the app quit during it) left its automerge in the file.
    const automerge = db.prepare("SELECT v FROM fts_config WHERE k = 'automerge'").pluck().get();
    if (automerge !== undefined && automerge !== AUTOMERGE) setAutomerge(db, AUTOMERGE);
    const hashsize = db.prepare("SELECT v FROM fts_config WHERE k = 'hashsize'").pluck().get();
    if (hashsize !== undefined && hashsize !== HASH_BYTES) setFtsOption(db, 'hashsize', HASH_BYTES);
    return new FtsStore(db, fresh);
  }

  /**
   * Starts a build of many articles (index-build.ts): when the index is
   * empty, segments are merged 16 at a time until `endBuild` (BUILD_AUTOMERGE).
   * Answers whether it was empty; an index holding articles is left as it is.
   */
  startBuild(): boolean {
    this.building = this.db.prepare('SELECT 1 FROM docs LIMIT 1').get() === undefined;
    if (this.building) {
      setAutomerge(this.db, BUILD_AUTOMERGE);
      setFtsOption(this.db, 'hashsize', BUILD_HASH_BYTES);
      this.db.pragma(`cache_size = -${BUILD_CACHE_KIB}`);
      this.db.pragma(`wal_autocheckpoint = ${BUILD_CHECKPOINT}`);
    }
    return this.building;
  }

  /**
   * Ends what `startBuild` started: what the build wrote committed, the whole
   * index merged into one segment, automerge back to 4, the cache and the
   * checkpoints as SQLite's defaults, and the WAL folded into the file.
   */
  endBuild(): void {
    if (!this.building) return;
    this.building = false;
    this.commitBuild();
    this.db.exec("INSERT INTO fts (fts) VALUES ('optimize')");
    setAutomerge(this.db, AUTOMERGE);
    setFtsOption(this.db, 'hashsize', HASH_BYTES);
    this.db.pragma(`cache_size = -${CACHE_KIB}`);
    this.db.pragma(`wal_autocheckpoint = ${CHECKPOINT}`);
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Commits the build's open transaction, if any. */
  private commitBuild(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.uncommitted = 0;
  }

  /** Whether the build's transaction is open (articles written but not yet committed): for tests. */
  get buildPending(): boolean {
    return this.db.inTransaction;
  }

  /** FTS5's automerge as the file holds it (undefined: SQLite's default, 4). */
  automerge(): number | undefined {
    return this.db.prepare("SELECT v FROM fts_config WHERE k = 'automerge'").pluck().get() as
      number | undefined;
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

  /**
   * Runs `change` (of `articles` articles) in one transaction that also
   * writes the digest; a rollback puts the digest back too. During a build
   * it runs in the build's transaction, committed once BUILD_COMMIT
   * articles are in it (`endBuild` commits the rest); a failure rolls that
   * whole transaction back. No savepoint per batch: FTS5 writes its pending
   * terms out as a segment at each one.
   */
  private commit(articles: number, change: () => void): void {
    if (this.building) {
      if (!this.db.inTransaction) {
        this.db.exec('BEGIN');
        this.buildCommitted = this.digests.digest;
      }
      try {
        change();
        this.digests.save();
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        this.digests.restore(this.buildCommitted);
        this.uncommitted = 0;
        throw error;
      }
      this.uncommitted += articles;
      if (this.uncommitted >= BUILD_COMMIT) this.commitBuild();
      return;
    }
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
