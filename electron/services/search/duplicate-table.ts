/**
 * Near-duplicate keys in the search index file (issue 21's "same article
 * saved twice", made fast for issue 17's imports): per indexed article its
 * comparable URL, a digest of its normalised body, its length and its
 * 128-value MinHash signature (near-duplicate.ts), plus its first 126
 * values cut into 21 bands of 6, each band's hash indexed. A text is
 * compared only with the articles sharing its URL, its body or one band.
 * That loses nothing: an estimated similarity ≥ 0.85 means ≥ 109 of the 128
 * values are equal, so at most 19 of the 21 bands differ and at least 2 are
 * the same. Six values a band (not 4) because texts built from a shared
 * stock of sentences (the bench corpus: Jaccard ~0.34 between any two) shared a
 * 4-value band in 37 % of pairs, but a 6-value one in ~3 %.
 * The keys are written with the article's FTS row (same rowid, same
 * transaction), so they are as current as the index and rebuilt with it.
 * The articles a running import has added but the index does not hold yet
 * are held in memory (`hold`, `screen`) until their row is written, which
 * reuses the key held instead of computing it again. Worker side only.
 */

import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { codePointLength } from '../../../shared/code-points';
import {
  comparableLengths,
  comparableUrl,
  findLikelyDuplicate,
  normalizedBody,
  signatureOf,
  SIGNATURE_SIZE,
  type DuplicateKey,
  type LikelyDuplicate,
} from '../import/near-duplicate';

/** Signature values per band. */
const BAND_ROWS = 6;
/** Bands per signature: more than the 19 values two signatures ≥ 0.85 alike may differ in. */
const BANDS = Math.floor(SIGNATURE_SIZE / BAND_ROWS);

/** The tables, created with the FTS ones (fts-store.ts); `rowid` is the article's row in `docs`. */
export const DUPLICATE_SCHEMA = `
  CREATE TABLE dupkeys (
    rowid INTEGER PRIMARY KEY, title TEXT NOT NULL, url TEXT NOT NULL, body TEXT NOT NULL,
    length INTEGER NOT NULL, signature BLOB NOT NULL
  );
  CREATE INDEX dupkeys_url ON dupkeys (url);
  CREATE INDEX dupkeys_body ON dupkeys (body);
  CREATE TABLE dupbands (band INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (band, doc)) WITHOUT ROWID;
  CREATE INDEX dupbands_doc ON dupbands (doc);
`;

/** An article's key as stored: the body is its SHA-256 (hex), with its length in code points. */
export interface StoredKey {
  key: DuplicateKey;
  length: number;
  /** The URL as given (the key holds it normalised). */
  url: string;
}

/** The key of a text, its body digested (no index needed: an import computes it where it extracts the text). */
export function storedKeyOf(id: string, title: string, text: string, url: string): StoredKey {
  const body = normalizedBody(text);
  const key: DuplicateKey = {
    id,
    title,
    url: comparableUrl(url),
    body: createHash('sha256').update(body, 'utf8').digest('hex'),
    signature: signatureOf(body),
  };
  return { key, length: codePointLength(text), url };
}

/** Each band's indexed value: the band number in the high bits, a hash of its values in the low 32. */
function bandsOf(signature: Uint32Array): number[] {
  const bands: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5;
    for (let k = band * BAND_ROWS; k < (band + 1) * BAND_ROWS; k++) {
      hash = Math.imul(hash ^ (signature[k] as number), 0x9e3779b1) >>> 0;
      hash = (hash ^ (hash >>> 16)) >>> 0;
    }
    bands.push(band * 2 ** 32 + hash);
  }
  return bands;
}

interface KeyRow {
  id: string;
  title: string;
  url: string;
  body: string;
  length: number;
  signature: Buffer;
}

export class DuplicateTable {
  /** Articles a running import added whose row is not written yet, by id, oldest first. */
  private held = new Map<string, StoredKey>();
  /** The last text asked about, so that holding it right after costs no second signature. */
  private last: { text: string; url: string; stored: StoredKey } | null = null;
  private readonly statements;

  constructor(db: Database.Database) {
    const marks = Array.from({ length: BANDS }, () => '?').join(', ');
    this.statements = {
      drop: db.prepare('DELETE FROM dupkeys WHERE rowid = ?'),
      dropBands: db.prepare('DELETE FROM dupbands WHERE doc = ?'),
      insert: db.prepare(
        'INSERT INTO dupkeys (rowid, title, url, body, length, signature) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      insertBand: db.prepare('INSERT OR IGNORE INTO dupbands (band, doc) VALUES (?, ?)'),
      candidates: db.prepare(
        `SELECT docs.id AS id, k.title AS title, k.url AS url, k.body AS body, k.length AS length,
           k.signature AS signature
         FROM dupkeys k JOIN docs ON docs.rowid = k.rowid
         WHERE k.rowid IN (
           SELECT doc FROM dupbands WHERE band IN (${marks})
           UNION SELECT rowid FROM dupkeys WHERE url = ?
           UNION SELECT rowid FROM dupkeys WHERE body = ?
         )
         ORDER BY k.rowid`,
      ),
    };
  }

  /** The key of `doc`'s row: the one held for it by an import unless its title or URL changed since, else computed. */
  keyFor(doc: { id: string; title: string; text: string; url?: string }): StoredKey {
    const held = this.held.get(doc.id);
    if (held && held.key.title === doc.title && held.url === (doc.url ?? '')) return held;
    return this.keyOf(doc.text, doc.url ?? '', doc.id, doc.title);
  }

  /** Writes `stored` as the key of row `rowid` (call inside the transaction writing its FTS row). */
  put(rowid: number, stored: StoredKey): void {
    this.remove(rowid);
    const { key, length } = stored;
    const signature = Buffer.from(key.signature.buffer, key.signature.byteOffset, key.signature.byteLength);
    this.statements.insert.run(rowid, key.title, key.url, key.body, length, signature);
    for (const band of bandsOf(key.signature)) this.statements.insertBand.run(band, rowid);
    this.held.delete(key.id);
  }

  /** Removes the key of row `rowid` (inside the transaction removing its FTS row). */
  remove(rowid: number): void {
    this.statements.drop.run(rowid);
    this.statements.dropBands.run(rowid);
  }

  /**
   * The indexed or held article that a text with this URL most likely
   * duplicates (same rules and order as findLikelyDuplicate over the whole
   * library: indexed articles by row, then held ones), or null.
   */
  likely(text: string, url: string): LikelyDuplicate | null {
    return this.match(this.keyOf(text, url, '', ''));
  }

  /**
   * Screens an import's article by its key (`storedKeyOf`, its id in it):
   * the article it most likely duplicates (as `likely`), or null after
   * holding it under its id.
   */
  screen(stored: StoredKey): LikelyDuplicate | null {
    const likely = this.match(stored);
    if (!likely) this.held.set(stored.key.id, stored);
    return likely;
  }

  /** Forgets held articles the library did not take after all. */
  drop(ids: readonly string[]): void {
    for (const id of ids) this.held.delete(id);
  }

  /** `likely` for a key already computed. */
  private match(candidate: StoredKey): LikelyDuplicate | null {
    const rows = this.statements.candidates.all(
      ...bandsOf(candidate.key.signature),
      candidate.key.url || '\u0000',
      candidate.key.body,
    ) as KeyRow[];
    const keys: DuplicateKey[] = [];
    const consider = (key: DuplicateKey, length: number) => {
      const sameUrl = candidate.key.url !== '' && candidate.key.url === key.url;
      if (sameUrl || comparableLengths(length, candidate.length)) keys.push(key);
    };
    for (const row of rows) {
      const signature = new Uint32Array(SIGNATURE_SIZE);
      new Uint8Array(signature.buffer).set(row.signature.subarray(0, SIGNATURE_SIZE * 4));
      consider({ id: row.id, title: row.title, url: row.url, body: row.body, signature }, row.length);
    }
    for (const held of this.held.values()) consider(held.key, held.length);
    return findLikelyDuplicate(candidate.key, keys);
  }

  /** Holds an article an import just added (its row comes with the import's next commit). */
  hold(id: string, title: string, text: string, url: string): void {
    this.held.set(id, this.keyOf(text, url, id, title));
  }

  /** Forgets the held articles (the import ended). */
  release(): void {
    this.held.clear();
    this.last = null;
  }

  /** The stored key of `text`, reusing the last one computed when it was for the same text and URL. */
  private keyOf(text: string, url: string, id: string, title: string): StoredKey {
    const last = this.last;
    const stored =
      last && last.url === url && last.text === text ? last.stored : storedKeyOf(id, title, text, url);
    this.last = { text, url, stored };
    return { ...stored, key: { ...stored.key, id, title } };
  }
}
