import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FTS_VERSION, FtsStore } from '../../../../../electron/services/search/fts-store';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

const DOCS = [
  { id: 'a', stamp: 's1', title: 'الأسرى', text: 'وطالب الوفد بالإفراج عن الأسرى المرضى.' },
  { id: 'b', stamp: 's2', title: 'غزة', text: 'وصلت المساعدات إلى غزة صباح اليوم.' },
];

/** The path of an index file holding DOCS, closed. */
async function savedIndex(): Promise<string> {
  const path = join(await tempDir(), 'search-index.sqlite');
  const store = FtsStore.open(path);
  store.put(DOCS);
  store.close();
  return path;
}

describe('FtsStore', () => {
  it('creates a missing file, then reads it back as it was', async () => {
    const path = join(await tempDir(), 'search-index.sqlite');
    const first = FtsStore.open(path);
    expect(first.fresh).toBe('missing');
    first.put(DOCS);
    first.close();
    const again = FtsStore.open(path);
    expect(again.fresh).toBeNull();
    expect(again.size()).toBe(2);
    expect(again.stamps()).toEqual(
      new Map([
        ['a', 's1'],
        ['b', 's2'],
      ]),
    );
    expect(again.matchingIds('والاسري')).toEqual(['a']);
    again.close();
  });

  it('starts over when the file is not a database (damaged), never trusting it', async () => {
    const path = await savedIndex();
    await writeFile(path, 'SQLite format 3\u0000'.padEnd(4096, '\u00ff'));
    const reopened = FtsStore.open(path);
    expect(reopened.fresh).toBe('damaged');
    expect(reopened.size()).toBe(0);
    reopened.put(DOCS.slice(0, 1));
    expect(reopened.matchingIds('المرضى')).toEqual(['a']);
    reopened.close();
  });

  it('starts over when the file is an index of another version', async () => {
    const path = await savedIndex();
    const db = new Database(path);
    // Version 5 is migrated in place (list-digest.test.ts); 4 and older are rebuilt.
    db.pragma(`user_version = ${FTS_VERSION - 2}`);
    db.close();
    const reopened = FtsStore.open(path);
    expect(reopened.fresh).toBe('older');
    expect(reopened.size()).toBe(0);
    reopened.close();
  });

  it('replaces an article put twice and removes one, leaving no trace of the old words', async () => {
    const store = FtsStore.open(join(await tempDir(), 'search-index.sqlite'));
    store.put(DOCS);
    store.put([{ id: 'a', stamp: 's3', title: 'نابلس', text: 'أفرج عن المعتقلين في نابلس.' }]);
    expect(store.size()).toBe(2);
    expect(store.matchingIds('الأسرى')).toEqual([]);
    expect(store.matchingIds('نابلس')).toEqual(['a']);
    store.remove(['a', 'not-there']);
    expect(store.matchingIds('نابلس')).toEqual([]);
    expect(store.size()).toBe(1);
    store.close();
  });

  it('counts every match but ranks only the asked number, title words weighted above text words', async () => {
    const store = FtsStore.open(join(await tempDir(), 'search-index.sqlite'));
    const docs = Array.from({ length: 12 }, (_, i) => ({
      id: `d${i}`,
      stamp: 's',
      title: i === 7 ? 'غزة اليوم' : `خبر ${i}`,
      text: 'وصلت المساعدات إلى غزة صباح اليوم.',
    }));
    store.put(docs);
    const { total, hits } = store.search('غزه', 5);
    expect(total).toBe(12);
    expect(hits).toHaveLength(5);
    expect(hits[0]?.id).toBe('d7');
    expect(hits.every((h, i) => i === 0 || (hits[i - 1]?.score ?? 0) >= h.score)).toBe(true);
    expect(store.search('  ، ', 5)).toEqual({ total: 0, hits: [] });
    store.close();
  });

  it('ranks by BM25 inside SQLite among the newest `pool` matches only, still counting them all, and carries each stamp', async () => {
    const store = FtsStore.open(join(await tempDir(), 'search-index.sqlite'));
    // The best match by far (the word in its title and three times in its text) is the oldest row.
    store.put([
      {
        id: 'old',
        stamp: 'h\u0000الأسرى أولاً\u0000',
        title: 'الأسرى أولاً',
        text: 'الأسرى والأسرى وبالأسرى.',
      },
    ]);
    store.put(
      Array.from({ length: 40 }, (_, i) => ({
        id: `n${i}`,
        stamp: `h\u0000خبر ${i}\u0000`,
        title: `خبر ${i}`,
        text: `وصلت المساعدات إلى غزة صباح اليوم وتحدث الوفد عن الأسرى في اليوم ${i}.`,
      })),
    );
    const all = store.search('الأسرى', 5);
    expect(all.total).toBe(41);
    expect(all.hits[0]).toMatchObject({ id: 'old', stamp: 'h\u0000الأسرى أولاً\u0000' });
    const pooled = store.search('الأسرى', 5, 10);
    expect(pooled.total).toBe(41);
    expect(pooled.hits).toHaveLength(5);
    // Only the ten newest rows (n30–n39) were ranked.
    expect(pooled.hits.every((h) => /^n(3\d)$/u.test(h.id))).toBe(true);
    store.close();
  });

  it('finds a number written after a proclitic (الـ36, بـ2024) by the number alone, in any digits', async () => {
    const store = FtsStore.open(join(await tempDir(), 'search-index.sqlite'));
    store.put([
      { id: 'a', stamp: 's', title: 'الدورة', text: 'انطلقت الدورة الـ36 للمعرض بـ2024 زائر.' },
      { id: 'b', stamp: 's', title: 'أخرى', text: 'قرأ الطالب 360 صفحة و1360 سطراً.' },
    ]);
    expect(store.matchingIds('36')).toEqual(['a']);
    expect(store.matchingIds('٣٦')).toEqual(['a']);
    expect(store.matchingIds('2024')).toEqual(['a']);
    expect(store.matchingIds('1360')).toEqual(['b']);
    // A word of letters then digits that is no proclitic keeps its whole form only.
    store.put([{ id: 'c', stamp: 's', title: 'رمز', text: 'الرمز ABC36 ورمز كتب36.' }]);
    expect(store.matchingIds('36')).toEqual(['a']);
    store.close();
  });
});
