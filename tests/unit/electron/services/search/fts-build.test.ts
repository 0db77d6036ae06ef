/**
 * A build into an empty index (FtsStore.startBuild / endBuild, issue 17's
 * 100k rebuild): FTS5 merges its segments 16 at a time meanwhile, and the
 * build ends with the whole index merged into one segment and automerge back
 * to SQLite's 4. An index that holds articles is left as it is; a build that
 * never ended (the app quit) has its automerge put back at the next open.
 * The searches answer the same as in an index written without a build.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FtsStore, type FtsDoc } from '../../../../../electron/services/search/fts-store';
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

const QUERIES = ['غزة', 'الأسرى', 'والمساعدات', 'فقرة', 'المفاو'];

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

  it('puts automerge back at the next open when a build never ended', async () => {
    const path = join(await tempDir(), 'search-index.sqlite');
    const store = FtsStore.open(path);
    expect(store.startBuild()).toBe(true);
    putInBatches(store, (await sampleDocs()).slice(0, 16));
    store.close(); // the app quit during the build
    const reopened = FtsStore.open(path);
    expect(reopened.fresh).toBeNull();
    expect(reopened.automerge()).toBe(4);
    expect(reopened.size()).toBe(16);
    reopened.close();
  });
});
