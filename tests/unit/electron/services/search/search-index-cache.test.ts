import { open, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import {
  OLD_INDEX_FILES,
  SEARCH_INDEX_FILE,
  SearchIndex,
} from '../../../../../electron/services/search/search-index';
import { withBlocking } from '../../../../../bench/event-loop';
import { readUtf8, SAMPLE_PATH, useTempDirs } from '../../../helpers';
import { indexedLibrary as indexedLibraryIn } from './indexed-library';
import { mentioning } from './mentioning';
import type { ArticleMeta } from '../../../../../shared/model';

const tempDir = useTempDirs();

/** The sample's paragraphs, one article each, indexed, then closed (indexed-library.ts). */
const indexedLibrary = async () => indexedLibraryIn(await tempDir());

/** Opens the library in `dir` with a search index and waits until it is ready. */
async function reopen(dir: string): Promise<{ library: Library; search: SearchIndex }> {
  const library = await Library.open(dir);
  const search = SearchIndex.attach(library);
  await search.ready();
  return { library, search };
}

describe('the search index file is a cache', () => {
  it('is rebuilt from the article files when the file is garbage', async () => {
    const { dir, count } = await indexedLibrary();
    await writeFile(join(dir, SEARCH_INDEX_FILE), 'not a database '.repeat(500));
    const { library, search } = await reopen(dir);
    expect(search.fresh).toBe('damaged');
    expect(search.indexedAtOpen).toBe(count);
    expect(await search.size()).toBe(count);
    const expected = await mentioning(library, 'الأسرى');
    expect(expected.length).toBeGreaterThan(1);
    expect((await search.matchingIds('الأسرى')).sort()).toEqual(expected);
    await library.close();
  });

  it('is rebuilt when its pages are damaged, and answers as if nothing happened', async () => {
    const { dir, count } = await indexedLibrary();
    const path = join(dir, SEARCH_INDEX_FILE);
    const { size } = await stat(path);
    // Keep the header page, scribble over every other page.
    const handle = await open(path, 'r+');
    await handle.write(Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    await handle.close();
    const { library, search } = await reopen(dir);
    const expected = await mentioning(library, 'الأسرى');
    expect(expected.length).toBeGreaterThan(0);
    expect((await search.matchingIds('الأسرى')).sort()).toEqual(expected);
    expect(search.fresh).toBe('damaged');
    expect(await search.size()).toBe(count);
    await library.close();
  });

  it('indexes again what changed while it was not attached, and drops what left the library', async () => {
    const { dir, count } = await indexedLibrary();
    const plain = await Library.open(dir);
    const [first, second] = plain.allMeta();
    await plain.updateMeta(first?.id ?? '', { title: 'عنوان جديد عن نابلس' });
    await plain.deleteArticle(second?.id ?? '');
    await plain.close();

    const { library, search } = await reopen(dir);
    expect(search.loadedFromDisk).toBe(true);
    expect(search.indexedAtOpen).toBe(1);
    expect(await search.size()).toBe(count - 1);
    expect(await search.matchingIds('نابلس')).toEqual([first?.id]);
    expect(await search.matchingIds(`فقرة`)).not.toContain(second?.id);
    await library.close();
  });

  it('removes the MiniSearch files of earlier versions once it is built', async () => {
    const { dir } = await indexedLibrary();
    for (const name of OLD_INDEX_FILES) await writeFile(join(dir, name), '{"documentCount":0}');
    const { library } = await reopen(dir);
    const names = await readdir(dir);
    expect(names).toContain(SEARCH_INDEX_FILE);
    for (const name of OLD_INDEX_FILES) expect(names).not.toContain(name);
    await library.close();
  });

  it('builds in its worker thread: main keeps turning while the articles are indexed', async () => {
    const dir = join(await tempDir(), 'library');
    const library = await Library.open(dir);
    const sample = await readUtf8(SAMPLE_PATH);
    for (let i = 0; i < 40; i++) await library.addArticle({ title: `نسخة ${i}`, text: `${sample}\n${i}` });
    await library.close();
    const again = await Library.open(dir);
    let ticks = 0;
    const count = setInterval(() => ticks++, 1);
    const { value: search } = await withBlocking(async () => {
      const s = SearchIndex.attach(again);
      await s.ready();
      return s;
    });
    clearInterval(count);
    expect(await search.size()).toBe(again.allMeta().length);
    // Held in one piece on main, the loop would not tick during the build. Ticks are counted, not
    // gaps timed: on a busy machine the OS can pause the process, which says nothing of the worker.
    expect(ticks).toBeGreaterThan(20);
    await again.close();
  });
});

/** index.json of the library in `dir` (closed), as the library wrote it. */
const readIndex = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { articles: ArticleMeta[] };

describe('an unchanged library is known by its digest', () => {
  it('reopens without comparing an article, and answers as before', async () => {
    const { dir, count } = await indexedLibrary();
    const { library, search } = await reopen(dir);
    expect(search.lastSync).toBe('same');
    expect(search.loadedFromDisk).toBe(true);
    expect(search.indexedAtOpen).toBe(0);
    expect(await search.size()).toBe(count);
    expect((await search.matchingIds('الأسرى')).sort()).toEqual(await mentioning(library, 'الأسرى'));
    await library.close();
  });

  it('notices an article added, one retitled and one removed by hand in index.json while the app was closed', async () => {
    const { dir, count } = await indexedLibrary();
    const index = await readIndex(dir);
    const [source, retitled, removed] = index.articles;
    if (!source || !retitled || !removed) throw new Error('the sample library has too few articles');
    // Added by hand: a copy of the first article's file under a new id, listed with a new title.
    const id = '0c0ffee0-0000-4000-8000-000000000001';
    const file = JSON.parse(await readFile(join(dir, 'articles', `${source.id}.json`), 'utf8')) as object;
    await writeFile(join(dir, 'articles', `${id}.json`), JSON.stringify({ ...file, id }));
    const added: ArticleMeta = { ...source, id, title: 'مقال أضيف باليد عن طولكرم' };
    const articles = [
      ...index.articles
        .filter((m) => m.id !== removed.id)
        .map((m) => (m.id === retitled.id ? { ...m, title: 'عنوان عدّل باليد عن قلقيلية' } : m)),
      added,
    ];
    await writeFile(join(dir, 'index.json'), JSON.stringify({ ...index, articles }));

    const { library, search } = await reopen(dir);
    expect(library.getMeta(id)?.title).toBe(added.title);
    expect(search.lastSync).toBe('compared');
    expect(search.indexedAtOpen).toBe(2);
    expect(await search.size()).toBe(count);
    expect(await search.matchingIds('طولكرم')).toEqual([id]);
    expect(await search.matchingIds('قلقيلية')).toEqual([retitled.id]);
    expect(await search.matchingIds(removed.title)).not.toContain(removed.id);
    await library.close();

    // Once synced, the next open is the fast one again.
    const again = await reopen(dir);
    expect(again.search.lastSync).toBe('same');
    expect(await again.search.matchingIds('طولكرم')).toEqual([id]);
    await again.library.close();
  });
});
