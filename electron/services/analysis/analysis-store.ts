/**
 * The analysis aggregate's file (issue 19): SQLite (better-sqlite3, as the
 * search index) beside the search index in the library folder,
 * `analysis-aggregate.sqlite`, a derived cache of the annotation files so
 * that a start reads 100,000 rows from one file instead of every article's
 * annotations and text. Per article it holds the rows (analysis-rows.ts:
 * the fields an annotation gives, with its sentence and paragraph), its
 * claims (as JSON; claim-rows.ts builds their rows at load) and a
 * stamp of the annotation files they were made from (annotation-stamps.ts).
 * A "state" flag says whether the last writer closed it ("clean") or may
 * still hold it or died holding it ("open"): only a clean file's stamps are
 * trusted. Opening checks it is a database of this version; a missing,
 * damaged or older file is deleted and created empty, never read.
 */

import Database from 'better-sqlite3';
import { isDamage, removeIndexFiles, type FreshReason } from '../search/fts-store';
import type { Claim } from '../../../shared/schema/claim-schema';
import type { RowFields } from './analysis-rows';
import { nextTurn } from '../storage/next-turn';

/** Bump when the schema or what a row means changes: a file of another version is rebuilt. */
export const AGGREGATE_VERSION = 1;

/** The file in the library folder. */
export const AGGREGATE_FILE = 'analysis-aggregate.sqlite';

/** Rows read per page while loading (each page is one short synchronous read). */
const PAGE = 5000;

const SCHEMA = `
  CREATE TABLE articles (id TEXT PRIMARY KEY, stamp TEXT NOT NULL, claims TEXT) WITHOUT ROWID;
  CREATE TABLE rows (
    n INTEGER PRIMARY KEY, article TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, tag TEXT NOT NULL, entity TEXT, quote TEXT NOT NULL,
    sentence INTEGER NOT NULL, block INTEGER NOT NULL, coder TEXT NOT NULL
  );
  CREATE INDEX rows_article ON rows (article);
  CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

/** One stored row as read: n, article, then the row's fields in RowFields' order. */
type RowTuple = [
  number,
  string,
  string,
  number,
  number,
  string,
  string | null,
  string,
  number,
  number,
  string,
];

/** What a load found: rows and stamps per article, and whether the stamps may be trusted. */
export interface StoredAggregate {
  rows: Map<string, RowFields[]>;
  stamps: Map<string, string>;
  /** Claims per article (articles without claims absent). */
  claims: Map<string, Claim[]>;
  /** False when the last writer did not close the file: every article must be read again. */
  clean: boolean;
}

export class AggregateStore {
  private constructor(
    private readonly db: Database.Database,
    /** Why the file started empty (null: it was read as it was). */
    readonly fresh: FreshReason,
    readonly readOnly: boolean,
  ) {}

  /**
   * Opens the store at `path` for writing: a missing, damaged or older file is
   * replaced by an empty one, as is any file when `startOver` (damage found
   * later). `load` marks it "open" until `close`. Throws only when no file can be created.
   */
  static open(path: string, startOver = false): AggregateStore {
    let reason: FreshReason = startOver ? 'damaged' : 'missing';
    if (!startOver)
      try {
        const db = new Database(path, { fileMustExist: true });
        try {
          if (Number(db.pragma('user_version', { simple: true })) === AGGREGATE_VERSION) {
            check(db);
            return new AggregateStore(configure(db), null, false);
          }
          reason = 'older';
        } catch {
          reason = 'damaged'; // not a database, damaged pages, or tables missing
        }
        db.close();
      } catch (error) {
        if (isDamage(error)) reason = 'damaged';
      }
    removeIndexFiles(path);
    const db = configure(new Database(path));
    db.exec(SCHEMA);
    db.pragma(`user_version = ${AGGREGATE_VERSION}`);
    return new AggregateStore(db, reason, false);
  }

  /** Opens an existing store of this version to read only (a read-only library); null when there is none usable. */
  static openReadOnly(path: string): AggregateStore | null {
    try {
      const db = new Database(path, { fileMustExist: true, readonly: true });
      try {
        if (Number(db.pragma('user_version', { simple: true })) === AGGREGATE_VERSION) {
          check(db);
          return new AggregateStore(db, null, true);
        }
      } catch {
        // damaged or older: the caller builds in memory from the files
      }
      db.close();
    } catch {
      // missing or not openable
    }
    return null;
  }

  /**
   * Every stored article's rows (in text order) and stamp, read a page at a
   * time with the event loop let run between pages; then, for a writer, marks
   * the file "open". Throws on damage found while reading (the caller rebuilds).
   */
  async load(): Promise<StoredAggregate> {
    const clean = this.db.prepare("SELECT value FROM state WHERE key = 'state'").pluck().get() === 'clean';
    const stamps = new Map<string, string>();
    const claims = new Map<string, Claim[]>();
    // A page at a time too: at 100,000 articles one read of them all held main for hundreds of ms.
    const articles = this.db
      .prepare('SELECT id, stamp, claims FROM articles WHERE id > ? ORDER BY id LIMIT ?')
      .raw();
    for (let after = ''; ; await nextTurn()) {
      const list = articles.all(after, PAGE) as [string, string, string | null][];
      for (const [id, stamp, json] of list) {
        after = id;
        stamps.set(id, stamp);
        // Written by put from validated claims; unparsable JSON is damage (the caller rebuilds).
        if (json !== null) claims.set(id, JSON.parse(json) as Claim[]);
      }
      if (list.length < PAGE) break;
    }
    const rows = new Map<string, RowFields[]>();
    const page = this.db
      .prepare(
        'SELECT n, article, id, start, end, tag, entity, quote, sentence, block, coder FROM rows WHERE n > ? ORDER BY n LIMIT ?',
      )
      .raw();
    for (let after = 0; ;) {
      const list = page.all(after, PAGE) as RowTuple[];
      for (const [n, article, id, start, end, tag, entityId, quote, sentence, block, coder] of list) {
        after = n;
        let own = rows.get(article);
        if (!own) rows.set(article, (own = []));
        own.push({ id, start, end, tag, entityId, quote, sentence, block, coder });
      }
      if (list.length < PAGE) break;
      await nextTurn();
    }
    if (!this.readOnly) this.setState('open');
    return { rows, stamps, claims, clean };
  }

  /** Replaces the rows, claims and stamps of `articles`, in one transaction. */
  put(
    articles: readonly { id: string; stamp: string; rows: readonly RowFields[]; claims: readonly Claim[] }[],
  ): void {
    const drop = this.db.prepare('DELETE FROM rows WHERE article = ?');
    const stamp = this.db.prepare(
      'INSERT INTO articles (id, stamp, claims) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp, claims = excluded.claims',
    );
    const insert = this.db.prepare(
      'INSERT INTO rows (article, seq, id, start, end, tag, entity, quote, sentence, block, coder) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
    );
    this.db.transaction(() => {
      for (const article of articles) {
        drop.run(article.id);
        stamp.run(
          article.id,
          article.stamp,
          article.claims.length > 0 ? JSON.stringify(article.claims) : null,
        );
        article.rows.forEach((r, seq) =>
          insert.run(
            article.id,
            seq,
            r.id,
            r.start,
            r.end,
            r.tag,
            r.entityId,
            r.quote,
            r.sentence,
            r.block,
            r.coder,
          ),
        );
      }
    })();
  }

  /** Articles stamped while they had a journal (annotation-stamps.ts: the part after "|" is not "-"). */
  journaled(): string[] {
    return this.db.prepare("SELECT id FROM articles WHERE stamp NOT LIKE '%|-'").pluck().all() as string[];
  }

  /** Sets the stamps of articles whose rows are unchanged (their journal was folded into the snapshot). */
  restamp(stamps: ReadonlyMap<string, string>): void {
    const set = this.db.prepare('UPDATE articles SET stamp = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const [id, stamp] of stamps) set.run(stamp, id);
    })();
  }

  /** Forgets `ids` (rows and stamps), in one transaction. */
  remove(ids: readonly string[]): void {
    const drop = this.db.prepare('DELETE FROM rows WHERE article = ?');
    const forget = this.db.prepare('DELETE FROM articles WHERE id = ?');
    this.db.transaction(() => {
      for (const id of ids) {
        drop.run(id);
        forget.run(id);
      }
    })();
  }

  /** Forgets everything (after a backup restore). */
  clear(): void {
    this.db.exec('DELETE FROM rows; DELETE FROM articles;');
  }

  /** Marks the file closed by its writer (its stamps may be trusted) and closes it. */
  close(): void {
    if (!this.readOnly) this.setState('clean');
    this.db.close();
  }

  private setState(value: 'open' | 'clean'): void {
    this.db
      .prepare(
        "INSERT INTO state (key, value) VALUES ('state', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run(value);
  }
}

/** Reads one row of each table: a file whose tables are missing or damaged throws. */
function check(db: Database.Database): void {
  db.prepare('SELECT count(*) FROM articles').get();
  db.prepare('SELECT * FROM rows LIMIT 1').get();
  db.prepare('SELECT * FROM state LIMIT 1').get();
  const ok = db.pragma('quick_check', { simple: true });
  if (ok !== 'ok') throw new Error(`analysis aggregate file damaged: ${String(ok)}`);
}

/** WAL with synchronous NORMAL, as the search index: a crash loses the last commits, never the file. */
function configure(db: Database.Database): Database.Database {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}
