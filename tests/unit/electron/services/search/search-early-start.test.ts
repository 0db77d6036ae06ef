/**
 * The search worker started early (issue 17, B8): the app starts the index's
 * thread before the library is open (electron/main.ts) and hands it to the
 * index at attach (SearchIndexOptions.worker), so the thread's start is not
 * waited for after the library is listed. The early thread touches no file
 * before attach; the index opens, syncs and answers through it, ends it at
 * close, and a thread that failed to load its native module before attach
 * fails the index's requests with the same 'native-module' failure as one
 * started at attach.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { SEARCH_INDEX_FILE, SearchIndex } from '../../../../../electron/services/search/search-index';
import { SearchWorkerClient } from '../../../../../electron/services/search/search-worker-client';
import { createServices } from '../../../../../electron/services/services';
import { AppFailure } from '../../../../../shared/result';
import { readUtf8, SAMPLE_PATH, useTempDirs } from '../../../helpers';
import { brokenNativeWorker } from './broken-native-worker';
import { mentioning } from './mentioning';

const tempDir = useTempDirs();

/** The sample's paragraphs of 6+ words (real news Arabic). */
async function paragraphs(): Promise<string[]> {
  return (await readUtf8(SAMPLE_PATH)).split('\n').filter((l) => l.trim().split(' ').length > 5);
}

describe('a search worker started before the library is open', () => {
  it('touches no file before attach, then is the index: it opens, syncs and answers through it, and is ended at close', async () => {
    const dir = join(await tempDir(), 'library');
    const worker = new SearchWorkerClient();
    // One round trip: the thread is up and its modules loaded (no index is open yet).
    await expect(worker.call('size', {})).rejects.toThrow(/not open/u);
    expect(existsSync(dir)).toBe(false);

    const library = await Library.open(dir);
    for (const [i, text] of (await paragraphs()).entries())
      await library.addArticle({ title: `فقرة ${i}`, text, language: 'ar' });
    expect(existsSync(join(dir, SEARCH_INDEX_FILE))).toBe(false);
    const search = SearchIndex.attach(library, { worker });
    await search.ready();
    expect(search.fresh).toBe('missing');
    expect(await search.size()).toBe(library.allMeta().length);
    // The early thread answers for the index itself (the index started no other).
    expect(await worker.call('size', {})).toBe(library.allMeta().length);
    const expected = await mentioning(library, 'الأسرى');
    expect(expected.length).toBeGreaterThan(1);
    expect((await search.matchingIds('الأسرى')).sort()).toEqual(expected);
    await library.close();
    await expect(worker.call('size', {})).rejects.toThrow(/stopped/u);
  });

  it('reopens an unchanged library by its digest through a worker started before Library.open', async () => {
    const dir = join(await tempDir(), 'library');
    const first = await Library.open(dir);
    const built = SearchIndex.attach(first);
    for (const [i, text] of (await paragraphs()).slice(0, 5).entries())
      await first.addArticle({ title: `خبر ${i}`, text, language: 'ar' });
    await built.ready();
    await first.close();

    const worker = new SearchWorkerClient();
    const library = await Library.open(dir);
    const services = createServices(library, { search: { worker } });
    await services.search.ready();
    expect(services.search.loadedFromDisk).toBe(true);
    expect(services.search.lastSync).toBe('same');
    expect(await worker.call('size', {})).toBe(5);
    await library.close();
    await expect(worker.call('size', {})).rejects.toThrow(/stopped/u);
  });

  it('that could not load its native module before attach fails the index with the native-module failure', async () => {
    const dir = await tempDir();
    // Not a shared object: Node's dlopen fails exactly as for a module built for another ABI.
    const entry = await brokenNativeWorker(dir);
    const worker = new SearchWorkerClient(entry);
    // The thread fails and exits before the index is attached: nothing is waiting on it then.
    await new Promise((done) => setTimeout(done, 300));
    const library = await Library.open(join(dir, 'library'));
    await library.addArticle({ title: 'خبر', text: (await paragraphs())[0] ?? '', language: 'ar' });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const search = SearchIndex.attach(library, { worker });
    await search.ready();
    const failure = await search.search('الأسرى').then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('native-module');
    expect(String((failure as AppFailure).params?.['detail'])).toMatch(/better_sqlite3\.node/u);
    // The open's failure was logged with the same cause.
    expect(logged.mock.calls.some(([, error]) => error === failure)).toBe(true);
    logged.mockRestore();
    await library.close();
  });
});
