/**
 * @vitest-environment node
 * Services that need every article wait for the whole list: a library opened
 * from index.head.json lists its first page before index.json is read, and
 * allMeta() before then reads index.json synchronously on main (seconds at
 * 100,000 articles). The search index's sync and the analysis aggregate's
 * build start at open, so they must wait for `library.listed`. A real
 * library of real Arabic articles in a temp folder, opened twice (the first
 * open writes the head, the second uses it).
 */

import { afterEach, describe, expect, it } from 'vitest';
import { generateArticleText, SEED } from '../../../../../bench/corpus';
import { makeArticle, writeLibrary } from '../../../../../bench/library-fixture';
import { AnalysisAggregate } from '../../../../../electron/services/analysis/analysis-aggregate';
import { Library } from '../../../../../electron/services/library/library';
import { SearchIndex } from '../../../../../electron/services/search/search-index';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const opened: Library[] = [];
afterEach(async () => {
  for (const library of opened.splice(0)) await library.close().catch(() => undefined);
});

/** A library of `n` real-sentence Arabic articles written straight to disk, opened and closed once so its head exists. */
async function libraryWithHead(n: number): Promise<string> {
  const dir = await tempDir();
  const articles = Array.from({ length: n }, (_, i) =>
    makeArticle(`خبر رقم ${i} عن الهدنة`, generateArticleText(30, SEED + 9_000 + i), () => []),
  );
  await writeLibrary(dir, articles);
  const first = await Library.open(dir, { dailyBackup: false });
  await first.listed;
  await first.close();
  return dir;
}

/**
 * Opens `dir` and records, for every allMeta() call, whether the whole list
 * had been loaded by then. `library.listed` is handed out as a gate that
 * opens only once it was asked for (or allMeta() was called) and the real
 * list is loaded: a service that waits for it cannot reach allMeta() early,
 * however quickly the list loads, and one that does not wait is caught
 * however slowly its own start-up runs.
 */
async function openWatched(
  dir: string,
): Promise<{ library: Library; early: () => number; calls: () => number }> {
  const library = await Library.open(dir, { dailyBackup: false });
  opened.push(library);
  const realListed = library.listed;
  let listed = false;
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const openGate = () =>
    void realListed.then(() => {
      listed = true;
      release();
    });
  Object.defineProperty(library, 'listed', {
    get: () => {
      openGate();
      return gate;
    },
  });
  let early = 0;
  let calls = 0;
  const allMeta = library.allMeta;
  Object.defineProperty(library, 'allMeta', {
    value: () => {
      calls++;
      if (!listed) {
        early++;
        openGate();
      }
      return allMeta();
    },
  });
  return { library, early: () => early, calls: () => calls };
}

describe('services started at open wait for the whole list', () => {
  it('the search index syncs only after index.json is loaded, and finds the articles', async () => {
    const dir = await libraryWithHead(120);
    const { library, early, calls } = await openWatched(dir);
    const search = SearchIndex.attach(library);
    await search.ready();
    expect(calls(), 'the sync read the list').toBeGreaterThan(0);
    expect(early(), 'allMeta() before library.listed').toBe(0);
    const found = await search.search('الهدنة');
    expect(found.total).toBe(120);
    await search.close();
  });

  it('the analysis aggregate builds only after index.json is loaded, over every article', async () => {
    const dir = await libraryWithHead(80);
    const { library, early, calls } = await openWatched(dir);
    const aggregate = new AnalysisAggregate(library);
    const rows = await aggregate.current();
    expect(calls()).toBeGreaterThan(0);
    expect(early(), 'allMeta() before library.listed').toBe(0);
    expect(rows.size).toBe(80);
    aggregate.detach();
  });
});
