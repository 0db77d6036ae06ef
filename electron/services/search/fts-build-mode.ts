/**
 * The settings and the transaction of a build into an empty search index
 * (FtsStore.startBuild / endBuild, index-build.ts; issue 17 B8): FTS5's
 * automerge and hashsize, SQLite's page cache and WAL checkpoints raised
 * while it runs and put back when it ends (or at the next open, when the
 * app quit during one), and its batches written in one transaction per
 * BUILD_COMMIT articles. Worker side (or plain Node).
 */

import type Database from 'better-sqlite3';
import { EMPTY_DIGEST, type DigestTable, type ListDigest } from './list-digest';

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
 * A build's transactions and cache (issue 17 B8: a 100k rebuild ran at ~450
 * articles/s against ~840 at 10k): with SQLite's page cache of 2 MB and a
 * commit per 200-article batch, each article's 21 band rows
 * (duplicate-table.ts) and its id and body hash go into B-trees at random
 * places, so as the file grows nearly every insert reads a page the cache
 * no longer holds, and each commit writes (and the checkpoint after it
 * copies) thousands of pages dirtied once each. During a build the batches
 * share one transaction until BUILD_COMMIT articles (a page is written once
 * for many inserts, and FTS5 writes one segment), the cache holds
 * BUILD_CACHE_KIB and the WAL is folded into the file every BUILD_CHECKPOINT
 * pages. A crash loses at most the uncommitted articles, rows and digest
 * together; the next open finds them missing and indexes them again.
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

/**
 * Sets one of FTS5's options (kept in the file) to the integer `n` (a
 * literal: FTS5 refuses it bound, since better-sqlite3 binds a number as a real).
 */
const setFtsOption = (db: Database.Database, option: 'automerge' | 'hashsize', n: number): void => {
  db.exec(`INSERT INTO fts (fts, rank) VALUES ('${option}', ${Math.trunc(n)})`);
};

/** FTS5's option `option` as the file holds it (undefined: SQLite's default). */
export function ftsOption(db: Database.Database, option: 'automerge' | 'hashsize'): number | undefined {
  return db.prepare('SELECT v FROM fts_config WHERE k = ?').pluck().get(option) as number | undefined;
}

/** At open: puts back FTS5's options a build that never ended (the app quit during it) left in the file. */
export function settleUnendedBuild(db: Database.Database): void {
  const automerge = ftsOption(db, 'automerge');
  if (automerge !== undefined && automerge !== AUTOMERGE) setFtsOption(db, 'automerge', AUTOMERGE);
  const hashsize = ftsOption(db, 'hashsize');
  if (hashsize !== undefined && hashsize !== HASH_BYTES) setFtsOption(db, 'hashsize', HASH_BYTES);
}

/** Raises the settings for a build into the empty index of `db`. */
export function enterBuild(db: Database.Database): void {
  setFtsOption(db, 'automerge', BUILD_AUTOMERGE);
  setFtsOption(db, 'hashsize', BUILD_HASH_BYTES);
  db.pragma(`cache_size = -${BUILD_CACHE_KIB}`);
  db.pragma(`wal_autocheckpoint = ${BUILD_CHECKPOINT}`);
}

/**
 * Ends a build (its transaction committed first): the whole index merged
 * into one segment, SQLite's settings back, the WAL folded into the file and truncated.
 */
export function leaveBuild(db: Database.Database): void {
  db.exec("INSERT INTO fts (fts) VALUES ('optimize')");
  setFtsOption(db, 'automerge', AUTOMERGE);
  setFtsOption(db, 'hashsize', HASH_BYTES);
  db.pragma(`cache_size = -${CACHE_KIB}`);
  db.pragma(`wal_autocheckpoint = ${CHECKPOINT}`);
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * A build's writes: one transaction until BUILD_COMMIT articles are in it.
 * No savepoint per batch: FTS5 writes its pending terms out as a segment at each one.
 */
export class BuildTransaction {
  /** Articles written in the open transaction. */
  private uncommitted = 0;
  /** The digest as the open transaction found it (put back when it rolls back). */
  private committed: ListDigest = EMPTY_DIGEST;

  constructor(
    private readonly db: Database.Database,
    private readonly digests: DigestTable,
  ) {}

  /**
   * Runs `change` (of `articles` articles) and writes the digest in the open
   * transaction (begun when none is), committing it once it holds
   * BUILD_COMMIT articles. A failure rolls the whole open transaction back,
   * rows and digest together, and is thrown.
   */
  run(articles: number, change: () => void): void {
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN');
      this.committed = this.digests.digest;
    }
    try {
      change();
      this.digests.save();
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.digests.restore(this.committed);
      this.uncommitted = 0;
      throw error;
    }
    this.uncommitted += articles;
    if (this.uncommitted >= BUILD_COMMIT) this.commit();
  }

  /** Commits the open transaction, if any. */
  commit(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.uncommitted = 0;
  }
}
