/**
 * News libraries on disk for the 10k/100k benchmarks: `writeNewsLibrary`
 * streams the articles of `newsArticleStream` to files (only the metadata
 * kept), and `cachedNewsLibrary` keeps
 * one built library per set of parameters under a cache folder, so a
 * 100,000-article library (and the search index a benchmark adds to it) is
 * generated once, not every run, with the check stamps its files' first
 * check would leave (`stampNewsLibrary`).
 */

import { existsSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { CHECK_STAMPS_FILE, RACY_MS } from '../electron/services/library/check/check-stamps';
import { encodeStamps, type Stamp } from '../electron/services/library/check/stamps-file';
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
 * Writes the check stamps (check-stamps.ts) of the news library in `dir`
 * just written with the articles `ids`: each article and annotations file
 * with its size and mtime, as the library's first background check would
 * record them once it had read and hashed them all. The generator wrote
 * every file and index.json together, so they agree by construction; the
 * first open then checks as a warm start does (stats only), not the 34–57 s
 * cold check of 100,000 articles (library-open.bench.ts) nor 12.7 s at
 * 10,000 (folder-import.bench.ts), which measure neither. Waits until the
 * newest file is RACY_MS old, so no stamp is "racy" (never trusted).
 */
export async function stampNewsLibrary(dir: string, ids: readonly string[]): Promise<void> {
  const stats = ids.flatMap((id) =>
    (['articles', 'annotations'] as const).map((kind) => {
      const file = `${kind}/${id}.json`;
      return { file, stat: statSync(join(dir, file)) };
    }),
  );
  const newest = stats.reduce((max, { stat }) => Math.max(max, stat.mtimeMs), 0);
  await delay(Math.max(0, newest + RACY_MS + 5 - Date.now()));
  const now = Date.now();
  const stamps = new Map<string, Stamp>(
    stats.map(({ file, stat }) => [file, [stat.size, stat.mtimeMs, now]]),
  );
  await writeFile(join(dir, CHECK_STAMPS_FILE), Buffer.concat(await encodeStamps(stamps)));
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
    async (dir) => {
      const ids: string[] = [];
      await writeNewsLibrary(dir, params, (a) => ids.push(a.meta.id));
      await stampNewsLibrary(dir, ids);
    },
    benchCacheRoot(),
    (dir) => existsSync(join(dir, 'index.json')),
  );
}
