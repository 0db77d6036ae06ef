/**
 * A build into an empty index (FtsStore.startBuild / endBuild, issue 17's
 * 100k rebuild): FTS5 merges its segments 16 at a time meanwhile, and the
 * build ends with the whole index merged into one segment and automerge back
 * to SQLite's 4. An index that holds articles is left as it is; a build that
 * never ended (the app quit) has its automerge put back at the next open.
 * The searches answer the same as in an index written without a build.
 */

import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BUILD_COMMIT, FtsStore, type FtsDoc } from '../../../../../electron/services/search/fts-store';
import { SAMPLE_PATH, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

/** 240 documents: the sample's paragraphs (real news Arabic), each copy under its own id. */
async function sampleDocs(): Promise<FtsDoc[]> {
  const lines = (await readFile(SAMPLE_PATH, 'utf8'))
    .split('\n')
    .filter((l) => l.trim().split(' ').length > 5);
  return Array.from({ length: 240 }, (_, i) => ({
    id: `a${i}`,
    stamp: `s${i}`,
    title: `فقرة ${i}`,
    text: `${lines[i % lines.length] ?? ''} (${Math.floor(i / lines.length)})`,
  }));
}

/** Writes `docs` 8 at a time (30 transactions: 30 segments before any merge). */
function putInBatches(store: FtsStore, docs: readonly FtsDoc[]): void {
  for (let at = 0; at < docs.length; at += 8) store.put(docs.slice(at, at + 8));
}

/** The number of segments in the FTS5 index of the file at `path` (from the rowids of its pages). */
function segments(path: string): number {
  const db = new Database(path, { readonly: true });
  // FTS5 keeps one row per segment's leaf pages; the segment ids are the distinct `id >> 37` of those rows.
  const count = Number(
    db.prepare('SELECT count(DISTINCT (id >> 37)) FROM fts_data WHERE id >= 137438953472').pluck().get(),
  );
  db.close();
  return count;
}

/** FTS5's option `name` as the file keeps it (undefined: SQLite's default). */
const ftsOption = (db: Database.Database, name: string): unknown =>
  db.prepare('SELECT v FROM fts_config WHERE k = ?').pluck().get(name);

const QUERIES = ['غزة', 'الأسرى', 'والمساعدات', 'فقرة', 'المفاو'];

describe('one put of many articles', () => {
  it('writes them as one FTS5 segment (no statement savepoint per article), and replaces old ones', async () => {
    const docs = await sampleDocs();
    const path = join(await tempDir(), 'search-index.sqlite');
    const store = FtsStore.open(path);
    store.put(docs.slice(0, 40));
    expect(segments(path)).toBe(1);
    store.put([...docs.slice(0, 20).map((d) => ({ ...d, stamp: `${d.stamp}'` })), ...docs.slice(40, 60)]);
    expect(store.size()).toBe(60);
    expect(store.stamps().get('a0')).toBe("s0'");
    store.close();
  });
});

describe('a build into an empty index', () => {
  it('merges 16 segments at a time, ends with one segment and automerge 4, and answers as a plain write', async () => {
    const docs = await sampleDocs();
    const dir = await tempDir();
    const plain = FtsStore.open(join(dir, 'plain.sqlite'));
    putInBatches(plain, docs);
    const builtPath = join(dir, 'built.sqlite');
    const built = FtsStore.open(builtPath);
    expect(built.startBuild()).toBe(true);
    expect(built.automerge()).toBe(16);
    putInBatches(built, docs);
    built.endBuild();
    expect(built.automerge()).toBe(4);
    for (const query of QUERIES) {
      expect(built.matchingIds(query).length).toBeGreaterThan(0);
      expect(built.matchingIds(query)).toEqual(plain.matchingIds(query));
    }
    expect(built.search('غزة', 10)).toEqual(plain.search('غزة', 10));
    built.close();
    plain.close();
    expect(segments(builtPath)).toBe(1);
    expect(segments(join(dir, 'plain.sqlite'))).toBeGreaterThan(1);
  });

  it('leaves an index that holds articles as it is', async () => {
    const docs = await sampleDocs();
    const store = FtsStore.open(join(await tempDir(), 'search-index.sqlite'));
    store.put(docs.slice(0, 1));
    expect(store.startBuild()).toBe(false);
    expect(store.automerge()).toBeUndefined();
    putInBatches(store, docs.slice(1, 41));
    store.endBuild();
    expect(store.automerge()).toBeUndefined();
    expect(store.size()).toBe(41);
    store.close();
  });

  it('puts automerge back at the next open when a build never ended, its uncommitted articles left out', async () => {
    const path = join(await tempDir(), 'search-index.sqlite');
    const store = FtsStore.open(path);
    expect(store.startBuild()).toBe(true);
    putInBatches(store, (await sampleDocs()).slice(0, 16));
    expect(store.buildPending).toBe(true);
    store.close(); // the app quit during the build
    const reopened = FtsStore.open(path);
    expect(reopened.fresh).toBeNull();
    expect(reopened.automerge()).toBe(4);
    reopened.close();
    const raw = new Database(path, { readonly: true });
    expect(ftsOption(raw, 'hashsize')).toBe(1_048_576);
    raw.close();
    const again = FtsStore.open(path);
    // Rows and digest were rolled back together: the next sync finds the articles missing and indexes them.
    expect(again.size()).toBe(0);
    expect(again.digest().count).toBe(0);
    again.close();
  });

  it('rolls the whole uncommitted part of a build back when a put fails, rows and digest together', async () => {
    const docs = await sampleDocs();
    const store = FtsStore.open(join(await tempDir(), 'search-index.sqlite'));
    expect(store.startBuild()).toBe(true);
    putInBatches(store, docs.slice(0, 16));
    const broken = { ...(docs[16] as FtsDoc), stamp: null as unknown as string };
    expect(() => store.put([docs[17] as FtsDoc, broken])).toThrow(/NOT NULL/u);
    expect(store.buildPending).toBe(false);
    expect(store.size()).toBe(0);
    expect(store.digest().count).toBe(0);
    putInBatches(store, docs.slice(20, 28));
    store.endBuild();
    expect(store.size()).toBe(8);
    expect(store.digest().count).toBe(8);
    store.close();
  });

  it('commits a build every BUILD_COMMIT articles and at its end, and folds the WAL into the file', async () => {
    const path = join(await tempDir(), 'search-index.sqlite');
    const sample = await sampleDocs();
    const docs = Array.from({ length: BUILD_COMMIT + 8 }, (_, i) => ({
      ...(sample[i % sample.length] as FtsDoc),
      id: `b${i}`,
    }));
    const store = FtsStore.open(path);
    const other = new Database(path, { readonly: true });
    const committed = () => other.prepare('SELECT count(*) FROM docs').pluck().get();
    expect(store.startBuild()).toBe(true);
    putInBatches(store, docs.slice(0, BUILD_COMMIT - 8));
    expect(store.buildPending).toBe(true);
    expect(committed()).toBe(0);
    putInBatches(store, docs.slice(BUILD_COMMIT - 8, BUILD_COMMIT + 8));
    expect(committed()).toBe(BUILD_COMMIT);
    // One transaction of 250 puts, FTS5's pending terms held through it: one segment, none to merge.
    expect(segments(path)).toBe(1);
    expect(ftsOption(other, 'hashsize')).toBeGreaterThan(1_048_576);
    expect(store.buildPending).toBe(true);
    store.endBuild();
    expect(store.buildPending).toBe(false);
    expect(committed()).toBe(BUILD_COMMIT + 8);
    expect(store.digest().count).toBe(BUILD_COMMIT + 8);
    expect(statSync(`${path}-wal`).size).toBe(0);
    expect(ftsOption(other, 'hashsize')).toBe(1_048_576);
    // Outside a build, each put is its own commit.
    store.put([{ ...(sample[0] as FtsDoc), id: 'after' }]);
    expect(store.buildPending).toBe(false);
    expect(committed()).toBe(BUILD_COMMIT + 9);
    other.close();
    store.close();
  });
});
