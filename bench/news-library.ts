/**
 * News libraries on disk for the 10k/100k benchmarks: `writeNewsLibrary`
 * streams the articles of `newsArticleStream` to files (only the metadata
 * kept), and `cachedNewsLibrary` keeps
 * one built library per set of parameters under a cache folder, so a
 * 100,000-article library (and the search index a benchmark adds to it) is
 * generated once, not every run.
 */

import { existsSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleMeta } from '../shared/model';
import { DEFAULT_TAXONOMY } from '../shared/taxonomy';
import { benchCacheRoot, cachedFixture, fixtureKey } from './fixture-cache';
import { newsArticleStream, type FixtureArticle } from './library-fixture';

/** Parameters of a news library: `n` articles of about `words` words, titles from `titleSeed`. */
export interface NewsLibraryParams {
  n: number;
  words: number;
  titleSeed: number;
}

/**
 * Writes the news library of `params` into `dir` (created), streaming: each
 * article's text and (empty) annotations file as it is generated, then
 * index.json. `onArticle` sees every article as it goes (e.g. to keep a
 * sample in memory). The small files are written synchronously: 3,000
 * articles took 2.2 s against 6.4–14.9 s with 32 fs/promises writes in
 * flight (each an open, a write and a close through libuv's pool) at load
 * ~21; generating the texts alone took 0.8 s.
 */
export async function writeNewsLibrary(
  dir: string,
  params: NewsLibraryParams,
  onArticle?: (a: FixtureArticle, i: number) => void,
): Promise<void> {
  await mkdir(join(dir, 'articles'), { recursive: true });
  await mkdir(join(dir, 'annotations'), { recursive: true });
  await writeFile(join(dir, 'taxonomy.json'), JSON.stringify(DEFAULT_TAXONOMY));
  const metas: ArticleMeta[] = [];
  let i = 0;
  for (const a of newsArticleStream(params.n, params.words, params.titleSeed)) {
    onArticle?.(a, i++);
    metas.push(a.meta);
    const id = a.meta.id;
    writeFileSync(
      join(dir, 'articles', `${id}.json`),
      JSON.stringify({ version: 1, id, text: a.text, blocks: a.blocks }),
    );
    writeFileSync(
      join(dir, 'annotations', `${id}.json`),
      JSON.stringify({ version: 1, articleId: id, annotations: [] }),
    );
  }
  await writeFile(join(dir, 'index.json'), JSON.stringify({ version: 1, seeded: true, articles: metas }));
}

/**
 * Cache key (fixture-cache.ts fixtureKey): `news-<n>-<words>-<titleSeed>-`
 * and a hash of the generator's sources (a change to them makes a new
 * library) and of this checkout's folder: opening a library may migrate or
 * add files, so checkouts running other library code (other worktrees)
 * never share one.
 */
export function newsLibraryKey(params: NewsLibraryParams): string {
  const { n, words, titleSeed } = params;
  return fixtureKey('news', { n, words, titleSeed }, [
    'corpus.ts',
    'news-text.ts',
    'library-fixture.ts',
    'news-library.ts',
  ]);
}

/**
 * The folder of the news library of `params`, built on first use under
 * BENCH_CACHE_DIR (default `<tmp>/hamish-bench-cache`) and reused after
 * (fixture-cache.ts cachedFixture): built in a side folder and renamed into
 * place when complete, so an interrupted build is never reused, and rebuilt
 * when its index.json is missing. Callers may add derived files (a search
 * index) but must leave the articles as they found them.
 */
export function cachedNewsLibrary(params: NewsLibraryParams): Promise<{ dir: string; built: boolean }> {
  return cachedFixture(
    newsLibraryKey(params),
    (dir) => writeNewsLibrary(dir, params),
    benchCacheRoot(),
    (dir) => existsSync(join(dir, 'index.json')),
  );
}
