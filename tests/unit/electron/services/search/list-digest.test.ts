import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../../../shared/model';
import { stampOf } from '../../../../../electron/services/search/article-text';
import { FTS_VERSION, FtsStore } from '../../../../../electron/services/search/fts-store';
import {
  digestOfList,
  EMPTY_DIGEST,
  sameDigest,
  withPair,
  type ListDigest,
} from '../../../../../electron/services/search/list-digest';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

const DOCS = [
  { id: 'a', stamp: 's1', title: 'الأسرى', text: 'وطالب الوفد بالإفراج عن الأسرى المرضى.' },
  { id: 'b', stamp: 's2', title: 'غزة', text: 'وصلت المساعدات إلى غزة صباح اليوم.' },
];

/** The digest of `pairs` computed from nothing, in the order given. */
const digestOf = (pairs: Iterable<[string, string]>): ListDigest => {
  let digest = EMPTY_DIGEST;
  for (const [id, stamp] of pairs) digest = withPair(digest, id, stamp);
  return digest;
};

/** A listed article's metadata: what the digest reads of it (id, text hash, title, URL, trash). */
const meta = (i: number, deletedAt?: string): ArticleMeta =>
  ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: `خبر رقم ${i} عن الأسرى`,
    textSha256: String(i).padStart(64, 'a'),
    ...(i % 3 === 0 ? { url: `https://example.org/news/${i}` } : {}),
    ...(deletedAt ? { deletedAt } : {}),
  }) as ArticleMeta;

describe('the digest of a list of (id, stamp) pairs', () => {
  it('does not depend on order, and a pair taken out leaves the digest it was added to', () => {
    const pairs: [string, string][] = [
      ['a', 'نص\u0000عنوان\u0000'],
      ['b', 'x\u0000y\u0000https://example.org'],
      ['c', ''],
    ];
    const forward = digestOf(pairs);
    expect(sameDigest(forward, digestOf([...pairs].reverse()))).toBe(true);
    expect(forward.count).toBe(3);
    const back = withPair(
      withPair(withPair(forward, 'c', '', -1), 'a', 'نص\u0000عنوان\u0000', -1),
      'b',
      'x\u0000y\u0000https://example.org',
      -1,
    );
    expect(back).toEqual(EMPTY_DIGEST);
  });

  it('changes with any one pair: a stamp edited, an id changed, the split between id and stamp moved', () => {
    const base = digestOf([
      ['id-1', 'stamp'],
      ['id-2', 'other'],
    ]);
    const variants: [string, string][][] = [
      [
        ['id-1', 'stamP'],
        ['id-2', 'other'],
      ],
      [
        ['id-3', 'stamp'],
        ['id-2', 'other'],
      ],
      [
        ['id-1s', 'tamp'],
        ['id-2', 'other'],
      ],
      [
        ['id-1', 'stamp'],
        ['id-2', 'other'],
        ['id-4', ''],
      ],
    ];
    for (const pairs of variants) expect(sameDigest(base, digestOf(pairs))).toBe(false);
  });

  it('is computed from a library list in slices, leaving trashed articles out', async () => {
    const metas = Array.from({ length: 12_001 }, (_, i) =>
      meta(i, i % 1000 === 7 ? '2026-01-01' : undefined),
    );
    let pauses = 0;
    const digest = await digestOfList(metas, () => {
      pauses++;
      return Promise.resolve();
    });
    const live = metas.filter((m) => !m.deletedAt);
    expect(live.length).toBe(12_001 - 12);
    expect(digest).toEqual(digestOf(live.map((m): [string, string] => [m.id, stampOf(m)])));
    expect(pauses).toBe(12); // thirteen slices of 1,000: a pause between two, none after the last
  });
});

describe('the index file keeps its digest', () => {
  it('in step with its rows through puts, replacements and removals, and across a reopen', async () => {
    const path = join(await tempDir(), 'search-index.sqlite');
    const store = FtsStore.open(path);
    expect(store.digest()).toEqual(EMPTY_DIGEST);
    store.put(DOCS);
    store.put([{ id: 'a', stamp: 's3', title: 'نابلس', text: 'أفرج عن المعتقلين في نابلس.' }]);
    store.remove(['b', 'not-indexed']);
    store.put([{ id: 'c', stamp: 's4', title: 'رام الله', text: 'اجتماع في رام الله.' }]);
    const expected = digestOf(store.stamps());
    expect(store.stamps()).toEqual(
      new Map([
        ['a', 's3'],
        ['c', 's4'],
      ]),
    );
    expect(store.digest()).toEqual(expected);
    store.close();
    const again = FtsStore.open(path);
    expect(again.fresh).toBeNull();
    expect(again.digest()).toEqual(expected);
    again.close();
  });

  it('as it was when a transaction rolls back', async () => {
    const store = FtsStore.open(join(await tempDir(), 'search-index.sqlite'));
    store.put(DOCS);
    const before = store.digest();
    // The second document has no text: indexing it throws after the first was written in the transaction.
    const broken = [
      { id: 'd', stamp: 's5', title: 'الخليل', text: 'مسيرة في الخليل.' },
      { id: 'e', stamp: 's6', title: 'جنين', text: undefined as unknown as string },
    ];
    expect(() => store.put(broken)).toThrow();
    expect(store.digest()).toEqual(before);
    expect(store.stamps()).toEqual(
      new Map([
        ['a', 's1'],
        ['b', 's2'],
      ]),
    );
    store.close();
  });

  it('migrates a version-5 file (no digest) in place: rows kept, digest computed from them', async () => {
    const path = join(await tempDir(), 'search-index.sqlite');
    const store = FtsStore.open(path);
    store.put(DOCS);
    const expected = store.digest();
    store.close();
    const db = new Database(path);
    db.exec('DROP TABLE listdigest');
    db.pragma('user_version = 5');
    db.close();

    const migrated = FtsStore.open(path);
    expect(migrated.fresh).toBeNull();
    expect(migrated.size()).toBe(2);
    expect(migrated.digest()).toEqual(expected);
    expect(migrated.matchingIds('الأسرى')).toEqual(['a']);
    migrated.close();
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(FTS_VERSION);
    check.close();
  });

  it('starts over when a current file has lost its digest row (never trusted)', async () => {
    const path = join(await tempDir(), 'search-index.sqlite');
    const store = FtsStore.open(path);
    store.put(DOCS);
    store.close();
    const db = new Database(path);
    db.exec('DELETE FROM listdigest');
    db.close();
    const reopened = FtsStore.open(path);
    expect(reopened.fresh).toBe('damaged');
    expect(reopened.size()).toBe(0);
    reopened.close();
  });
});
