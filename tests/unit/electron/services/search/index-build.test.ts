/**
 * Building the index of many articles (index-build.ts) on two real worker
 * threads: from `parallelFrom` articles a second worker prepares the batches
 * the index's worker writes, and is closed after; below it the index's worker
 * does everything alone. The prepared batches go from worker to worker
 * (batch-pipe.ts): main receives two counts per batch, never their texts.
 * A library whose index file is damaged or missing is rebuilt through the
 * two workers with the same answers as a plain scan.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { stampOf, type ArticleSource } from '../../../../../electron/services/search/article-text';
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

/** Where the workers read each of `library`'s articles from (ArticleSource). */
const sourcesOf = (library: Library) =>
  library.allMeta().map((meta) => ({
    id: meta.id,
    stamp: stampOf(meta),
    title: meta.title,
    path: library.paths.article(meta.id),
    sha256: meta.textSha256,
  }));

/**
 * `n` sources read from `real`'s files in turn, each under an id of its own
 * (`<real id>-<i>`): a build of hundreds of articles without adding hundreds,
 * one fsync each, to a library first (a test that did took 18 s at load 9).
 */
const copiesOf = (real: readonly ArticleSource[], n: number): ArticleSource[] =>
  Array.from({ length: n }, (_, i) => {
    const source = real[i % real.length] as ArticleSource;
    return { ...source, id: `${source.id}-${i}` };
  });

/** The ids of `sources` and a `sourceOf` for them that counts in `made` the sources it has made. */
function madeOnDemand(sources: readonly ArticleSource[], made = { count: 0 }) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const sourceOf = (id: string) => {
    made.count++;
    return byId.get(id);
  };
  return { ids: sources.map((s) => s.id), sourceOf, made };
}

describe('indexSources', () => {
  it('has a second worker prepare the batches from parallelFrom articles on, and closes it after', async () => {
    const dir = await sampleLibrary(1);
    // (one copy of each paragraph)
    const library = await Library.open(dir);
    const sources = sourcesOf(library);
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
    const few = madeOnDemand(sources.slice(0, 3));
    expect(await indexSources(few.ids, few.sourceOf, { index, startPreparer, parallelFrom: 4 })).toBe(3);
    expect(started).toHaveLength(0);
    // From it on: prepared by a second worker, every article written, that worker ended.
    const all = madeOnDemand(sources);
    expect(await indexSources(all.ids, all.sourceOf, { index, startPreparer, parallelFrom: 4 })).toBe(
      sources.length,
    );
    expect(started).toHaveLength(1);
    await expect(started[0]?.call('size', {})).rejects.toThrow(/stopped/u);
    expect(await index.call('size', {})).toBe(sources.length);
    expect((await index.call('ids', { query: 'نسخة' })).sort()).toEqual(sources.map((s) => s.id).sort());
    await index.close();
    await library.close();
  });

  it('ends a build that failed: what was written is committed and automerge is put back', async () => {
    const dir = await sampleLibrary(1);
    const library = await Library.open(dir);
    const path = join(dir, 'built.sqlite');
    const index = new SearchWorkerClient();
    await index.call('open', { path });
    // The preparing worker fails on the third batch.
    const startPreparer = () => {
      const worker = new SearchWorkerClient();
      const call = worker.call.bind(worker);
      worker.call = (op, request, transfer) =>
        op === 'prepareTo' && (request as { batch: number }).batch === 2
          ? Promise.reject(new Error('the disk went away'))
          : call(op, request, transfer);
      return worker;
    };
    const copies = madeOnDemand(copiesOf(sourcesOf(library), INDEX_BATCH * 3));
    await expect(
      indexSources(copies.ids, copies.sourceOf, { index, startPreparer, parallelFrom: 4 }),
    ).rejects.toThrow('the disk went away');
    // Seen from another connection: the two batches written are committed, the build's settings undone.
    const other = new Database(path, { readonly: true });
    expect(other.prepare('SELECT count(*) FROM docs').pluck().get()).toBe(INDEX_BATCH * 2);
    expect(other.prepare("SELECT v FROM fts_config WHERE k = 'automerge'").pluck().get()).toBe(4);
    other.close();
    await index.close();
    await library.close();
  });
});

/** `client` with every answer main receives from it recorded in `answers` (op and value), as it is. */
function recorded(client: SearchWorkerClient, answers: { op: string; value: unknown }[]): SearchWorkerClient {
  const call = client.call.bind(client);
  client.call = async (op, request, transfer) => {
    const value = await call(op, request, transfer);
    answers.push({ op, value });
    return value;
  };
  return client;
}

describe('a two-worker build', () => {
  it('sends the prepared batches from worker to worker: main receives two counts per batch, never a text', async () => {
    const dir = await sampleLibrary(1);
    const library = await Library.open(dir);
    const real = sourcesOf(library);
    const sources = copiesOf(real, INDEX_BATCH * 2 + 1);
    const batches = Math.ceil(sources.length / INDEX_BATCH);
    expect(batches).toBe(3);
    const index = new SearchWorkerClient();
    await index.call('open', { path: join(dir, 'piped.sqlite') });
    const answers: { op: string; value: unknown }[] = [];
    recorded(index, answers);
    const { ids, sourceOf } = madeOnDemand(sources);
    const built = await indexSources(ids, sourceOf, {
      index,
      startPreparer: () => recorded(new SearchWorkerClient(), answers),
      parallelFrom: 1,
    });
    expect(built).toBe(sources.length);
    // The build's start into the empty index (true) and its end, the pipe's two ends, then per batch the
    // preparer's count and the index's, then the preparer's close.
    expect(answers).toHaveLength(2 + 2 + 2 * batches + 1);
    expect(answers.filter((a) => a.op === 'build').map((a) => a.value)).toEqual([true, false]);
    expect(answers.filter((a) => a.op === 'pipe')).toHaveLength(2);
    const counts = (op: string) => answers.filter((a) => a.op === op).map((a) => a.value);
    expect(counts('prepareTo')).toEqual([INDEX_BATCH, INDEX_BATCH, sources.length - 2 * INDEX_BATCH]);
    expect(counts('putPiped')).toEqual(counts('prepareTo'));
    expect(answers.every((a) => a.value === null || ['number', 'boolean'].includes(typeof a.value))).toBe(
      true,
    );
    // What crossed main is a few hundred bytes; one prepared batch is hundreds of kB.
    expect(JSON.stringify(answers).length).toBeLessThan(500);
    expect(await index.call('size', {})).toBe(sources.length);
    const mention = new Set(await mentioning(library, 'الأسرى'));
    const expected = sources.filter((_, i) => mention.has(real[i % real.length]?.id ?? '')).map((s) => s.id);
    expect(expected.length).toBeGreaterThan(20);
    expect((await index.call('ids', { query: 'الأسرى' })).sort()).toEqual(expected.sort());
    await index.close();
    await library.close();
  });
});

describe('the sources of a build', () => {
  it('are made batch by batch as the batches are sent, not all at once, and ids no longer listed are left out', async () => {
    const dir = await sampleLibrary(1);
    const library = await Library.open(dir);
    // 810 articles (five batches): the sample's, read again under ids of their own.
    const sources = copiesOf(sourcesOf(library), INDEX_BATCH * 4 + 10);
    const { ids, sourceOf, made } = madeOnDemand(sources);
    const gone = [...ids.slice(0, 5), 'not-listed-1', ...ids.slice(5), 'not-listed-2'];
    const index = new SearchWorkerClient();
    await index.call('open', { path: join(dir, 'on-demand.sqlite') });
    // How many sources had been made when each batch was sent (first to the preparer, then the index's worker).
    const madeAtSend: Record<string, number[]> = {};
    const counting = (client: SearchWorkerClient) => {
      const call = client.call.bind(client);
      client.call = (op, request, transfer) => {
        (madeAtSend[op] ??= []).push(made.count);
        return call(op, request, transfer);
      };
      return client;
    };
    counting(index);
    const two = { index, startPreparer: () => counting(new SearchWorkerClient()), parallelFrom: 1 };
    expect(await indexSources(gone, sourceOf, two)).toBe(sources.length);
    // Batch 0 was sent with its 200 made (of 812); batch 1 then (two are prepared ahead), and so on.
    expect(madeAtSend['prepareTo']?.[0]).toBe(INDEX_BATCH);
    expect(madeAtSend['prepareTo']).toEqual(
      [1, 2, 3, 4, 5].map((b) => Math.min(b * INDEX_BATCH, gone.length)),
    );
    expect(made.count).toBe(gone.length);
    // The index's worker alone, the same way.
    made.count = 0;
    delete madeAtSend['index'];
    await index.call('open', { path: join(dir, 'on-demand-alone.sqlite') });
    expect(await indexSources(gone, sourceOf, { index, startPreparer: two.startPreparer })).toBe(
      sources.length,
    );
    expect(madeAtSend['index']).toEqual([1, 2, 3, 4, 5].map((b) => Math.min(b * INDEX_BATCH, gone.length)));
    expect(await index.call('size', {})).toBe(sources.length);
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
