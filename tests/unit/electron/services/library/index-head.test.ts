/**
 * @vitest-environment node
 * index.head.json (index-head.ts, index-load.ts): a real library of real
 * Arabic articles in a temp folder. The first open writes the head; the
 * next lists its first page from the head alone and reads index.json after;
 * a head that is stale, damaged or beside a journal is not used; an
 * index.json damaged behind a current head is found by the background load,
 * quarantined and rebuilt (never trusted); every whole index write keeps the
 * head equal to the first page of index.json, and its list digest equal
 * to that of index.json's live articles; a head of version 1, or with a
 * digest changed behind its checksum, is not trusted.
 */

import { createHash } from 'node:crypto';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateArticleText, SEED } from '../../../../../bench/corpus';
import { makeArticle, writeLibrary } from '../../../../../bench/library-fixture';
import {
  HEAD_QUERY,
  indexHeadPathOf,
  readIndexHead,
  type IndexHead,
} from '../../../../../electron/services/library/index-head';
import { Library } from '../../../../../electron/services/library/library';
import { digestOfList } from '../../../../../electron/services/search/list-digest';
import { DEFAULT_QUERY, queryArticles } from '../../../../../shared/library-query';
import type { ArticleMeta } from '../../../../../shared/model';
import { failureCode, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const opened: Library[] = [];
afterEach(async () => {
  for (const library of opened.splice(0)) await library.close().catch(() => undefined);
});

const open = async (dir: string, readOnly = false) => {
  const library = await Library.open(dir, {
    dailyBackup: false,
    ...(readOnly ? { access: 'read-only' } : {}),
  });
  opened.push(library);
  return library;
};
const close = async (library: Library) => {
  opened.splice(opened.indexOf(library), 1);
  await library.close();
};

const firstPage = { ...DEFAULT_QUERY, limit: 50 };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A library of `n` articles (distinct addedAt, so the newest-first order is total), written straight to disk. */
async function libraryOf(n: number): Promise<{ dir: string; metas: ArticleMeta[] }> {
  const dir = await tempDir();
  const articles = Array.from({ length: n }, (_, i) => {
    const a = makeArticle(
      `خبر رقم ${i} عن تبادل الأسرى`,
      generateArticleText(40, SEED + 7_000 + i),
      () => [],
    );
    a.meta.addedAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    a.meta.source = i % 3 === 0 ? 'الجزيرة' : 'بي بي سي';
    return a;
  });
  await writeLibrary(dir, articles);
  return { dir, metas: articles.map((a) => a.meta) };
}

const indexOnDisk = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { articles: ArticleMeta[] };
const headOnDisk = async (dir: string) =>
  JSON.parse(await readFile(indexHeadPathOf(join(dir, 'index.json')), 'utf8')) as IndexHead;

/** The head's checksum as index-head.ts computes it (page, then digest, as JSON). */
const sumOf = (head: Pick<IndexHead, 'page' | 'digest'>) =>
  sha256(JSON.stringify(head.page) + JSON.stringify(head.digest));

/** The head's page and digest are those of index.json as it is on disk (first page by queryArticles, live articles' digest). */
async function expectHeadMatchesIndex(dir: string): Promise<void> {
  const head = await readIndexHead(join(dir, 'index.json'));
  expect(head, 'a current head').not.toBeNull();
  const { articles } = await indexOnDisk(dir);
  expect(head?.page).toEqual(queryArticles(articles, HEAD_QUERY));
  expect(head?.digest).toEqual(await digestOfList(articles, () => Promise.resolve()));
}

describe('index.head.json', () => {
  it('is written at the first open and lists the next open’s first page before index.json is read', async () => {
    const { dir, metas } = await libraryOf(120);
    await close(await open(dir)); // no head yet: the full way, then the head is written
    await expectHeadMatchesIndex(dir);

    const library = await open(dir);
    const page = library.queryArticles(firstPage);
    const newest = [...metas].reverse().slice(0, 50);
    expect(page.items.map((m) => m.id)).toEqual(newest.map((m) => m.id));
    expect(page.total).toBe(120);
    expect(page.sources).toEqual(queryArticles(metas, firstPage).sources);
    // The page is a copy: changing it changes nothing listed.
    (page.items[0] as ArticleMeta).title = 'غيره';
    expect(library.queryArticles(firstPage).items[0]?.title).toBe(newest[0]?.title);
    await library.checkDone;
    expect(library.startupReport()).toMatchObject({ indexRebuilt: false, quarantined: [], complete: true });
    expect(library.allMeta()).toHaveLength(120);
  });

  it('answers any other query, and a page beyond the head, from the whole index', async () => {
    const { dir, metas } = await libraryOf(150);
    await close(await open(dir));
    const library = await open(dir);
    const beyond = { ...DEFAULT_QUERY, offset: 100, limit: 50 };
    expect(library.queryArticles(beyond)).toEqual(queryArticles(metas, beyond));
    const filtered = { ...firstPage, filter: { source: 'الجزيرة' } };
    expect(library.queryArticles(filtered)).toEqual(queryArticles(metas, filtered));
  });

  it('is not used when stale, damaged or beside an index.journal, and is then rewritten', async () => {
    const { dir, metas } = await libraryOf(30);
    await close(await open(dir));
    const headPath = indexHeadPathOf(join(dir, 'index.json'));
    const good = await headOnDisk(dir);
    const page = { ...good.page, items: good.page.items.map((m) => ({ ...m, title: 'عنوان قديم' })) };
    // A head written for that page (its own checksum): trusted only while index.json keeps the stamp.
    const lying: IndexHead = { ...good, page, sum: sumOf({ page, digest: good.digest }) };

    // Stale: index.json was rewritten since (another stamp).
    await writeFile(headPath, JSON.stringify({ ...lying, stamp: { ...good.stamp, mtimeMs: 1 } }));
    let library = await open(dir);
    expect(library.queryArticles(firstPage).items[0]?.title).toBe(metas.at(-1)?.title);
    await close(library);
    await expectHeadMatchesIndex(dir);

    // Damaged: not JSON.
    await writeFile(headPath, '{"version":1,"sta');
    library = await open(dir);
    expect(library.queryArticles(firstPage).items[0]?.title).toBe(metas.at(-1)?.title);
    await close(library);
    await expectHeadMatchesIndex(dir);

    // Damaged in place: one title changed, stamp and checksum kept.
    await writeFile(headPath, JSON.stringify({ ...lying, sum: good.sum }));
    expect(await readIndexHead(join(dir, 'index.json'))).toBeNull();

    // Current stamp, but a journal waits: its articles are listed, so the head is not the first page.
    await writeFile(headPath, JSON.stringify(lying));
    await writeFile(join(dir, 'index.journal'), '');
    expect(await readIndexHead(join(dir, 'index.json'))).toBeNull();
    await rm(join(dir, 'index.journal'));
    expect((await readIndexHead(join(dir, 'index.json')))?.page.items[0]?.title).toBe('عنوان قديم');
  });

  it('never trusts an index.json damaged behind a current head: quarantined and rebuilt after open', async () => {
    const { dir, metas } = await libraryOf(40);
    await close(await open(dir));
    const indexPath = join(dir, 'index.json');
    // Damage that keeps the head current (bit rot, an editor keeping the stamp): re-stamp the head.
    await writeFile(indexPath, (await readFile(indexPath, 'utf8')).replace('"articles"', '"artikles"'));
    const info = await stat(indexPath);
    const head = await headOnDisk(dir);
    const stamp = { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino };
    await writeFile(indexHeadPathOf(indexPath), JSON.stringify({ ...head, stamp }));

    const library = await open(dir);
    const events: string[] = [];
    library.onChange((event) => void events.push(event.kind));
    expect(library.queryArticles(firstPage).total).toBe(40); // the head's page, before index.json is read
    // Anything needing the whole list before the background load rebuilt it is refused, not answered from damage.
    expect(() => library.allMeta()).toThrow(/being rebuilt/);
    expect(await failureCode(library.trashArticle(metas[0]?.id ?? ''))).toBe('storage-failed');
    await library.listed; // the whole list, rebuilt from the article files
    expect(library.allMeta()).toHaveLength(40);
    expect(library.listDigestAtOpen(), 'a rebuilt list is not the one the head described').toBeNull();
    await library.checkDone;
    const report = library.startupReport();
    expect(report.indexRebuilt).toBe(true);
    expect(report.quarantined.map((q) => q.kind)).toEqual(['index']);
    expect(events).toContain('reset');
    expect(new Set(library.allMeta().map((m) => m.id))).toEqual(new Set(metas.map((m) => m.id)));
    await close(library);
    await expectHeadMatchesIndex(dir);
  });

  it('follows every whole write of the index (trash, metadata edit, counts at close)', async () => {
    const { dir, metas } = await libraryOf(20);
    const library = await open(dir);
    const newest = metas.at(-1) as ArticleMeta;
    await library.trashArticle(newest.id);
    await expectHeadMatchesIndex(dir);
    expect((await headOnDisk(dir)).page.items.map((m) => m.id)).not.toContain(newest.id);
    await library.updateMeta(metas[5]?.id ?? '', { title: 'عنوان جديد للخبر' });
    await expectHeadMatchesIndex(dir);
    await close(library);
    await expectHeadMatchesIndex(dir);
    const again = await open(dir);
    expect(again.queryArticles(firstPage).total).toBe(19);
  });

  it('carries the list digest of index.json (version 2): offered while the list is as it described, refused when forged or of version 1', async () => {
    const { dir, metas } = await libraryOf(30);
    await close(await open(dir));
    const indexPath = join(dir, 'index.json');
    const good = await headOnDisk(dir);
    expect(good.version).toBe(2);
    const live = await digestOfList(metas, () => Promise.resolve());
    expect(good.digest).toEqual(live);

    let library = await open(dir);
    expect(library.listDigestAtOpen(), 'before index.json is read').toEqual(live);
    await library.listed;
    expect(library.listDigestAtOpen(), 'read, unchanged').toEqual(live);
    await library.updateMeta(metas[3]?.id ?? '', { title: 'عنوان بعد الفتح' });
    expect(library.listDigestAtOpen(), 'changed since').toBeNull();
    await close(library);
    library = await open(dir, true);
    expect(library.listDigestAtOpen(), 'read-only: another process may rewrite index.json').toBeNull();
    await close(library);

    const current = await headOnDisk(dir);
    const forged = { ...current.digest, a: (current.digest.a + 1) >>> 0 };
    await writeFile(indexHeadPathOf(indexPath), JSON.stringify({ ...current, digest: forged }));
    expect(await readIndexHead(indexPath), 'digest changed behind the checksum').toBeNull();
    const v1 = { ...current, version: 1, sum: sha256(JSON.stringify(current.page)), digest: undefined };
    await writeFile(indexHeadPathOf(indexPath), JSON.stringify(v1)); // (undefined: no digest field)
    expect(await readIndexHead(indexPath), 'a version 1 head').toBeNull();
    library = await open(dir);
    expect(library.listDigestAtOpen()).toBeNull();
    await library.listed;
    expect(library.allMeta()).toHaveLength(30);
    await close(library);
    await expectHeadMatchesIndex(dir); // rewritten as version 2
  });

  it('is read, never written, by a read-only open', async () => {
    const { dir, metas } = await libraryOf(25);
    const headPath = indexHeadPathOf(join(dir, 'index.json'));
    const library = await open(dir, true);
    expect(library.queryArticles(firstPage).items[0]?.id).toBe(metas.at(-1)?.id);
    await library.checkDone;
    await expect(stat(headPath)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
