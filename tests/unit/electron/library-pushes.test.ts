/**
 * @vitest-environment node
 * The 'library-changed' push (electron/library-pushes.ts) over a real library
 * of real Arabic articles in a temp folder: an index.json damaged behind a
 * current index.head.json is rebuilt by the background load after open, and the
 * renderer is told ('reset'); an article whose text file went missing is dropped by
 * the start-up check ('repaired'); the renderer's own changes push nothing. Also the
 * client's check of the payload (shared/ipc-client.ts onLibraryChanged).
 */

import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateArticleText, SEED } from '../../../bench/corpus';
import { makeArticle, writeLibrary } from '../../../bench/library-fixture';
import { pushListChanges } from '../../../electron/library-pushes';
import { indexHeadPathOf, type IndexHead } from '../../../electron/services/library/index-head';
import { Library } from '../../../electron/services/library/library';
import { createApiClient } from '../../../shared/ipc-client';
import { pushChannel, type LibraryChange } from '../../../shared/ipc-contract';
import { DEFAULT_QUERY } from '../../../shared/library-query';
import type { ArticleMeta } from '../../../shared/model';
import { useTempDirs } from '../helpers';

const tempDir = useTempDirs();
const opened: Library[] = [];
afterEach(async () => {
  for (const library of opened.splice(0)) await library.close().catch(() => undefined);
});

const open = async (dir: string) => {
  const library = await Library.open(dir, { dailyBackup: false });
  opened.push(library);
  return library;
};

/** A library of `n` articles written straight to disk, opened and closed once (so index.head.json is current). */
async function libraryOf(n: number): Promise<{ dir: string; metas: ArticleMeta[] }> {
  const dir = await tempDir();
  const articles = Array.from({ length: n }, (_, i) => {
    const a = makeArticle(`خبر رقم ${i} عن المفاوضات`, generateArticleText(30, SEED + 9_000 + i), () => []);
    a.meta.addedAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    return a;
  });
  await writeLibrary(dir, articles);
  const first = await open(dir);
  opened.splice(opened.indexOf(first), 1);
  await first.close();
  return { dir, metas: articles.map((a) => a.meta) };
}

describe('pushListChanges', () => {
  it('tells the renderer when index.json, damaged behind a current head, is rebuilt after open', async () => {
    const { dir, metas } = await libraryOf(12);
    const indexPath = join(dir, 'index.json');
    // One article's entry goes (the head still lists it), and the damage keeps the head current.
    const index = JSON.parse(await readFile(indexPath, 'utf8')) as { articles: ArticleMeta[] };
    const gone = metas[metas.length - 1] as ArticleMeta;
    await rm(join(dir, 'articles', `${gone.id}.json`));
    await writeFile(indexPath, JSON.stringify({ ...index, articles: 'damaged' }));
    const info = await stat(indexPath);
    const head = JSON.parse(await readFile(indexHeadPathOf(indexPath), 'utf8')) as IndexHead;
    const stamp = { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino };
    await writeFile(indexHeadPathOf(indexPath), JSON.stringify({ ...head, stamp }));

    const library = await open(dir);
    const pushes: LibraryChange[] = [];
    pushListChanges(library, (change) => pushes.push(change));
    const page = { ...DEFAULT_QUERY, limit: 50 };
    expect(library.queryArticles(page).items.map((m) => m.id)).toContain(gone.id); // the head's stale page
    await library.checkDone;
    expect(library.startupReport().indexRebuilt).toBe(true);
    expect(library.queryArticles(page).items.map((m) => m.id)).not.toContain(gone.id);
    expect(pushes).toEqual([{ reason: 'reset' }]);
  });

  it('tells the renderer when the start-up check drops an article whose text is gone, and not for its own edits', async () => {
    const { dir, metas } = await libraryOf(6);
    const gone = metas[2] as ArticleMeta;
    await rm(join(dir, 'articles', `${gone.id}.json`));
    const library = await open(dir);
    const pushes: LibraryChange[] = [];
    pushListChanges(library, (change) => pushes.push(change));
    await library.checkDone;
    expect(library.allMeta().map((m) => m.id)).not.toContain(gone.id);
    expect(pushes).toEqual([{ reason: 'repaired' }]);
    // A change the renderer asked for is answered to it already: no push.
    await library.trashArticle((metas[0] as ArticleMeta).id);
    await library.updateMeta((metas[1] as ArticleMeta).id, { title: 'عنوان جديد' });
    expect(pushes).toEqual([{ reason: 'repaired' }]);
  });
});

describe('onLibraryChanged (the renderer side of the push)', () => {
  it('passes a known reason and drops anything else', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const client = createApiClient(
      () => Promise.resolve(undefined),
      (channel, listener) => {
        listeners.set(channel, listener);
        return () => listeners.delete(channel);
      },
    );
    const heard: LibraryChange[] = [];
    const stop = client.onLibraryChanged((change) => heard.push(change));
    const send = listeners.get(pushChannel('library-changed'));
    expect(send).toBeDefined();
    for (const payload of [
      { reason: 'reset' },
      null,
      'reset',
      { reason: 'everything' },
      {},
      { reason: 'repaired', x: 1 },
    ])
      send?.(payload);
    expect(heard).toEqual([{ reason: 'reset' }, { reason: 'repaired' }]);
    stop();
    expect(listeners.size).toBe(0);
  });
});
