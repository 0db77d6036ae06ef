/**
 * @vitest-environment node
 * The search index's open by the library's head digest (head-check.ts,
 * issue 17 B8): a real library of the sample's Arabic paragraphs in a temp
 * folder and a real worker thread. Reopened unchanged from its
 * index.head.json, the index is ready without main computing the list
 * digest of the whole library (calls counted, not timed); a library changed
 * after the head was read (before the index was attached, so no event told
 * it, or while it opened) still ends with the index in step.
 */

import { describe, expect, it, vi } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import * as listDigest from '../../../../../electron/services/search/list-digest';
import { SearchIndex } from '../../../../../electron/services/search/search-index';
import { useTempDirs } from '../../../helpers';
import { indexedLibrary as indexedLibraryIn } from './indexed-library';

vi.mock('../../../../../electron/services/search/list-digest', async (importOriginal) => {
  const actual = await importOriginal<typeof listDigest>();
  return { ...actual, digestOfList: vi.fn(actual.digestOfList) };
});

const tempDir = useTempDirs();

/** The sample's paragraphs, one article each, indexed, then closed (indexed-library.ts). */
const indexedLibrary = async () => indexedLibraryIn(await tempDir());

const digestCalls = () => vi.mocked(listDigest.digestOfList).mock.calls.length;

describe('the search index opened by the head’s list digest', () => {
  it('is ready without hashing the whole list on main when the library is as its head described', async () => {
    const { dir, count } = await indexedLibrary();
    const library = await Library.open(dir, { dailyBackup: false });
    expect(library.listDigestAtOpen()?.count).toBe(count);
    const allMeta = vi.spyOn(library, 'allMeta');
    const before = digestCalls();
    const search = SearchIndex.attach(library);
    await search.ready();
    expect(search.lastSync).toBe('same');
    expect(digestCalls() - before, 'list digests computed on main').toBe(0);
    expect(allMeta).not.toHaveBeenCalled();
    expect(await search.size()).toBe(count);
    await library.close();
  });

  it('compares the whole list when the library changed after its head was read, and ends in step', async () => {
    const { dir, count } = await indexedLibrary();
    // Edited before the index is attached: no event tells it, only the list does.
    let library = await Library.open(dir, { dailyBackup: false });
    const [first] = library.allMeta();
    await library.updateMeta(first?.id ?? '', { title: 'عنوان جديد عن نابلس' });
    expect(library.listDigestAtOpen()).toBeNull();
    let search = SearchIndex.attach(library);
    await search.ready();
    expect(search.lastSync).toBe('compared');
    expect(search.indexedAtOpen).toBe(1);
    expect((await search.search('نابلس')).results.map((r) => r.meta.id)).toContain(first?.id);
    await library.close();

    // Added while the index opens (before the list is read whole): the index holds it once ready.
    library = await Library.open(dir, { dailyBackup: false });
    search = SearchIndex.attach(library);
    const added = await library.addArticle({
      title: 'خبر أضيف أثناء الفتح',
      text: 'وصل وفد طوباس.',
      language: 'ar',
    });
    await search.ready();
    expect(await search.size()).toBe(count + 1);
    expect((await search.search('طوباس')).results.map((r) => r.meta.id)).toEqual([added.id]);
    await library.close();
  });
});
