/**
 * A digest of the set of (id, stamp) pairs an index was built from (issue
 * 17, B8 "open the saved index"): the count of pairs and, per pair, two
 * 32-bit hashes of its UTF-16 code units with different seeds, summed
 * modulo 2^32 lane by lane. A sum does not depend on order and a pair
 * comes out as it went in, so the index keeps its digest current in the
 * same transaction as each put or remove (DigestTable), and main computes
 * the library's from its list (`digestOfList`, in slices). Equal digests
 * mean the index holds exactly the library's live articles as listed, so
 * an open of an unchanged library needs no per-article comparison; any
 * difference (an article added, edited or removed while the app was
 * closed) falls back to that comparison. Not a cryptographic hash: it
 * guards a cache against accidents (two different lists agree with odds
 * about 2^-64), not against an adversary. Used by main and by the worker.
 */

import type Database from 'better-sqlite3';
import type { ArticleMeta } from '../../../shared/model';

/** How many pairs a digest sums, and its two 32-bit lanes (unsigned). */
export interface ListDigest {
  count: number;
  a: number;
  b: number;
}

/** The digest of no pairs. */
export const EMPTY_DIGEST: ListDigest = { count: 0, a: 0, b: 0 };

/** Feeds `text`'s UTF-16 code units into the two lanes `[a, b]` (in place). */
function mix(lanes: [number, number], text: string): void {
  let a = lanes[0];
  let b = lanes[1];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x5bd1e995);
    a ^= a >>> 15;
    b = Math.imul(b ^ unit, 0x27d4eb2f);
    b ^= b >>> 13;
  }
  lanes[0] = a;
  lanes[1] = b;
}

/** The final avalanche of murmur3 (fmix32): every input bit affects every output bit. */
function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The two 32-bit hashes of one (id, stamp) pair (the id's length is mixed in, so no split of id + stamp collides). */
export function pairHash(id: string, stamp: string): [number, number] {
  const lanes: [number, number] = [0x9e3779b9 ^ id.length, 0x7f4a7c15 ^ stamp.length];
  mix(lanes, id);
  mix(lanes, stamp);
  return [finish(lanes[0]), finish(lanes[1])];
}

/** `digest` with the pair (id, stamp) added (`sign` 1) or taken out (`sign` -1). */
export function withPair(digest: ListDigest, id: string, stamp: string, sign: 1 | -1 = 1): ListDigest {
  const [a, b] = pairHash(id, stamp);
  return {
    count: digest.count + sign,
    a: (digest.a + sign * a) >>> 0,
    b: (digest.b + sign * b) >>> 0,
  };
}

/** True when both digests are of the same pairs (same count and lanes). */
export const sameDigest = (x: ListDigest, y: ListDigest): boolean =>
  x.count === y.count && x.a === y.a && x.b === y.b;

/**
 * Pairs hashed between two yields of `digestOfList` (about half a millisecond
 * of main a turn at a low load, the whole 10k list ~5 ms; it was 5,000,
 * issue 17 B8).
 */
const SLICE = 1000;

/**
 * The digest of `metas`' live articles (trashed ones left out), each as
 * (id, stampOf(meta)), what the index holds when it is in step with the
 * library. Hashes SLICE articles, then awaits `pause` (main yields to its
 * event loop between slices).
 */
export async function digestOfList(
  metas: readonly Readonly<ArticleMeta>[],
  pause: () => Promise<void>,
): Promise<ListDigest> {
  let digest = EMPTY_DIGEST;
  for (let at = 0; at < metas.length; at += SLICE) {
    digest = withMetas(digest, metas, at, Math.min(at + SLICE, metas.length));
    if (at + SLICE < metas.length) await pause();
  }
  return digest;
}

/** The lanes of one pair, reused by `withMetas` (no object made per pair). */
const scratch: [number, number] = [0, 0];

/**
 * `digest` with the live articles of `metas[from, to)` added, as
 * withPair(id, stampOf(meta)) would, without building the stamp string or
 * any object per article (at 100,000 articles those were most of the cost:
 * hashing cons-strings, then collecting them).
 */
export function withMetas(
  digest: ListDigest,
  metas: readonly Readonly<ArticleMeta>[],
  from: number,
  to: number,
): ListDigest {
  let { count, a, b } = digest;
  for (let i = from; i < to; i++) {
    const meta = metas[i];
    if (!meta || meta.deletedAt) continue;
    const { id, textSha256, title } = meta;
    const url = meta.url ?? '';
    // stampOf(meta) is textSha256 NUL title NUL url: its length, then its units in order.
    scratch[0] = 0x9e3779b9 ^ id.length;
    scratch[1] = 0x7f4a7c15 ^ (textSha256.length + title.length + url.length + 2);
    mix(scratch, id);
    mix(scratch, textSha256);
    mix(scratch, '\u0000');
    mix(scratch, title);
    mix(scratch, '\u0000');
    mix(scratch, url);
    count++;
    a = (a + finish(scratch[0])) >>> 0;
    b = (b + finish(scratch[1])) >>> 0;
  }
  return { count, a, b };
}

/** The one-row table that holds an index's digest, created with the FTS ones (fts-store.ts). */
export const DIGEST_SCHEMA = `
  CREATE TABLE listdigest (
    one INTEGER PRIMARY KEY CHECK (one = 1), count INTEGER NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL
  );
  INSERT INTO listdigest VALUES (1, 0, 0, 0);
`;

/** The digest stored in the index file `db`; throws when its row is missing (a damaged file). */
export function readDigest(db: Database.Database): ListDigest {
  const row = db.prepare('SELECT count, a, b FROM listdigest WHERE one = 1').get() as ListDigest | undefined;
  if (!row) throw new Error('the index has no list digest');
  return { count: row.count, a: row.a, b: row.b };
}

/**
 * The index file's digest of its `docs` rows (worker side): read at open,
 * changed in memory by `add` and `remove` during a transaction, and written
 * by `save` before that transaction commits (so it is as durable as the rows).
 */
export class DigestTable {
  private current: ListDigest;
  /** The digest's UPDATE, prepared once (it runs in every write transaction). */
  private readonly update: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.current = readDigest(db);
    this.update = db.prepare('UPDATE listdigest SET count = ?, a = ?, b = ? WHERE one = 1');
  }

  /** The digest as of the last save (or open). */
  get digest(): ListDigest {
    return this.current;
  }

  /** Counts a pair the transaction writes. */
  add(id: string, stamp: string): void {
    this.current = withPair(this.current, id, stamp, 1);
  }

  /** Takes out a pair the transaction deletes or replaces. */
  remove(id: string, stamp: string): void {
    this.current = withPair(this.current, id, stamp, -1);
  }

  /** Puts back the digest as it was before a transaction that rolled back. */
  restore(digest: ListDigest): void {
    this.current = digest;
  }

  /** Writes the digest (inside the transaction that changed it). */
  save(): void {
    const { count, a, b } = this.current;
    this.update.run(count, a, b);
  }

  /** Recomputes the digest from every row of `docs` and writes it (a version-5 index, migrated in place). */
  recompute(): void {
    let digest = EMPTY_DIGEST;
    for (const [id, stamp] of this.db.prepare('SELECT id, stamp FROM docs').raw().iterate() as Iterable<
      [string, string]
    >)
      digest = withPair(digest, id, stamp);
    this.current = digest;
    this.save();
  }
}
