/**
 * Opening the search index file (fts-store.ts): its schema and version,
 * the checks that decide whether a file on disk is used as it is, and
 * what is done otherwise (a missing, damaged or older file is deleted and
 * created empty; a version-5 file is migrated in place). Also the test for
 * SQLite's damage errors and the removal of the file with its journals,
 * which the analysis aggregate's file shares. Worker side (or plain Node).
 */

import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { DUPLICATE_SCHEMA } from './duplicate-table';
import { DIGEST_SCHEMA, DigestTable, readDigest } from './list-digest';

/**
 * Bump when the schema, tokenising or normalising changes: an index of another
 * version is rebuilt, never misread. 1 and 2 were MiniSearch JSON files; 3 is
 * FTS5; 4 adds the near-duplicate keys (and the URL to each stamp); 5 indexes
 * a number written after a proclitic ("الـ36") under the number too; 6 keeps
 * a digest of the indexed (id, stamp) pairs (list-digest.ts). A version-5
 * file is migrated in place (its rows are those of 6; the digest is computed
 * from them once), not rebuilt: a rebuild of 100,000 articles takes minutes.
 */
export const FTS_VERSION = 6;
/** The version migrated to FTS_VERSION by adding the digest table. */
const DIGESTLESS_VERSION = 5;

/** Why an open started from an empty index (null: the file was usable as it was). */
export type FreshReason = 'missing' | 'damaged' | 'older' | null;

const SCHEMA = `
  CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, stamp TEXT NOT NULL);
  CREATE VIRTUAL TABLE fts USING fts5(
    title, body, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '4'
  );
  ${DUPLICATE_SCHEMA}
  ${DIGEST_SCHEMA}
`;

const codeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

/** SQLite's answer to a file that is not a database, or one whose pages are damaged. */
export function isDamage(error: unknown): boolean {
  const code = codeOf(error);
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

/** Removes the index file and SQLite's journal files beside it. */
export function removeIndexFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/**
 * Opens the index file at `path` with WAL (`configure`): used as it is when
 * it is a database of this version whose tables can be read (each table's
 * root and the digest row, not a count: counting reads a whole table, ~100
 * MB at 100k articles; damage deeper down is met by the query that reads it,
 * and SearchIndex rebuilds then), migrated when of version 5, else deleted
 * and created empty, `fresh` saying why. Throws only when a new file cannot
 * be created either.
 */
export function openIndexFile(path: string): { db: Database.Database; fresh: FreshReason } {
  let reason: FreshReason = 'missing';
  try {
    const db = new Database(path, { fileMustExist: true });
    try {
      const version = Number(db.pragma('user_version', { simple: true }));
      if (version === FTS_VERSION || version === DIGESTLESS_VERSION) {
        db.prepare('SELECT rowid FROM docs LIMIT 1').get();
        db.prepare('SELECT rowid FROM dupkeys LIMIT 1').get();
        db.prepare('SELECT rowid FROM fts WHERE fts MATCH \'"a"\' LIMIT 1').get();
        if (version === DIGESTLESS_VERSION) migrate(db);
        readDigest(db); // throws when the digest row is missing
        return { db: configure(db), fresh: null };
      }
      reason = 'older';
    } catch {
      // Not a database, damaged pages, or tables missing: nothing in it is trusted.
      reason = 'damaged';
    }
    db.close();
  } catch (error) {
    if (codeOf(error) !== 'SQLITE_CANTOPEN') reason = 'damaged';
  }
  removeIndexFiles(path);
  const db = configure(new Database(path));
  db.exec(SCHEMA);
  db.pragma(`user_version = ${FTS_VERSION}`);
  return { db, fresh: reason };
}

/** Brings a version-5 index to this version: the digest table, filled from its rows, in one transaction. */
function migrate(db: Database.Database): void {
  db.transaction(() => {
    db.exec(DIGEST_SCHEMA);
    new DigestTable(db).recompute();
    db.pragma(`user_version = ${FTS_VERSION}`);
  })();
}

/**
 * WAL with synchronous NORMAL: a commit costs no fsync, and a crash loses at
 * most the last commits, never the file (what is lost is found missing at the
 * next open and indexed again from the article files).
 */
function configure(db: Database.Database): Database.Database {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}
