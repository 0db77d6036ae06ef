/**
 * Building the index of many articles (index-build.ts) on two real worker
 * threads: from `parallelFrom` articles a second worker prepares the batches
 * the index's worker writes, and is closed after; below it the index's worker
 * does everything alone. A library whose index file is damaged or missing is
 * rebuilt through the two workers with the same answers as a plain scan.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { stampOf } from '../../../../../electron/services/search/article-text';
import { indexSources, INDEX_BATCH } from '../../../../../electron/services/search/index-build';
import { SEARCH_INDEX_FILE, SearchIndex } from '../../../../../electron/services/search/search-index';
import { SearchWorkerClient } from '../../../../../electron/services/search/search-worker-client';
import { readUtf8, SAMPLE_PATH, useTempDirs } from '../../../helpers';
import { mentioning } from './mentioning';

const tempDir = useTempDirs();

/** A closed library of at least `atLeast` articles: the sample's paragraphs (real news Arabic), copied as often as needed. */
async function sampleLibrary(atLeast: number): Promise<string> {
  const dir = join(await tempDir(), 'library');
  const library = await Library.open(dir);
  const lines = (await readUtf8(SAMPLE_PATH)).split('\n').filter((l) => l.trim().split(' ').length > 5);
  for (let c = 0; c < Math.ceil(atLeast / lines.length); c++)
    for (const [i, text] of lines.entries())
      await library.addArticle({ title: `فقرة ${i} نسخة ${c}`, text: `${text} (${c})`, language: 'ar' });
  await library.close();
  return dir;
}

describe('indexSources', () => {
  it('has a second worker prepare the batches from parallelFrom articles on, and closes it after', async () => {
    const dir = await sampleLibrary(1);
    // (one copy of each paragraph)
    const library = await Library.open(dir);
    const sources = library.allMeta().map((meta) => ({
      id: meta.id,
      stamp: stampOf(meta),
      title: meta.title,
      path: library.paths.article(meta.id),
      sha256: meta.textSha256,
    }));
    expect(sources.length).toBeGreaterThan(5);
    const index = new SearchWorkerClient();
    await index.call('open', { path: join(dir, 'built.sqlite') });
    const started: SearchWorkerClient[] = [];
    const startPreparer = () => {
      const worker = new SearchWorkerClient();
      started.push(worker);
      return worker;
    };

    // Below the threshold: the index's worker alone.
    expect(await indexSources(sources.slice(0, 3), { index, startPreparer, parallelFrom: 4 })).toBe(3);
    expect(started).toHaveLength(0);
    // From it on: prepared by a second worker, every article written, that worker ended.
    expect(await indexSources(sources, { index, startPreparer, parallelFrom: 4 })).toBe(sources.length);
    expect(started).toHaveLength(1);
    await expect(started[0]?.call('size', {})).rejects.toThrow(/stopped/u);
    expect(await index.call('size', {})).toBe(sources.length);
    expect((await index.call('ids', { query: 'نسخة' })).sort()).toEqual(sources.map((s) => s.id).sort());
    await index.close();
    await library.close();
  });
});

describe('a rebuild through two workers', () => {
  it('rebuilds a garbage index file from the article files, in several batches, answering as a scan does', async () => {
    const dir = await sampleLibrary(INDEX_BATCH + 1);
    await writeFile(join(dir, SEARCH_INDEX_FILE), 'not a database '.repeat(500));
    const library = await Library.open(dir);
    const count = library.allMeta().length;
    expect(count).toBeGreaterThan(INDEX_BATCH);
    const search = SearchIndex.attach(library, { parallelFrom: 1 });
    await search.ready();
    expect(search.fresh).toBe('damaged');
    expect(search.indexedAtOpen).toBe(count);
    expect(await search.size()).toBe(count);
    const expected = await mentioning(library, 'الأسرى');
    expect(expected.length).toBeGreaterThan(20);
    expect((await search.matchingIds('الأسرى')).sort()).toEqual(expected);
    await library.close();
  });
});
