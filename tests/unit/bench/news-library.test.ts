/** The streamed news library and its cache: the same ids every run, built once, never reused half-built. */

import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/services/library/library';
import { CheckStamps } from '../../../electron/services/library/check/check-stamps';
import { DEFAULT_QUERY } from '../../../shared/library-query';
import { newsArticles } from '../../../bench/library-fixture';
import { cachedNewsLibrary, newsLibraryKey, writeNewsLibrary } from '../../../bench/news-library';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-news-library-'));
});
afterEach(async () => {
  delete process.env['BENCH_CACHE_DIR'];
  await rm(dir, { recursive: true, force: true });
});

describe('news library', () => {
  it('writes every article file and an index listing them, ids fixed by the seed', async () => {
    const params = { n: 25, words: 60, titleSeed: 9 };
    await writeNewsLibrary(join(dir, 'lib'), params);
    const index = JSON.parse(await readFile(join(dir, 'lib', 'index.json'), 'utf8')) as {
      articles: { id: string; title: string }[];
    };
    const expected = newsArticles(25, 60, 9);
    expect(index.articles.map((a) => a.id)).toEqual(expected.map((a) => a.meta.id));
    expect(index.articles[3]?.title).toBe(expected[3]?.meta.title);
    expect((await readdir(join(dir, 'lib', 'articles'))).length).toBe(25);
    const file = JSON.parse(
      await readFile(join(dir, 'lib', 'articles', `${expected[7]?.meta.id}.json`), 'utf8'),
    ) as { text: string };
    expect(file.text).toBe(expected[7]?.text);
  });

  it('builds a cached library once and reuses it; other parameters get another folder', async () => {
    process.env['BENCH_CACHE_DIR'] = dir;
    const params = { n: 10, words: 40, titleSeed: 3 };
    const first = await cachedNewsLibrary(params);
    expect(first.built).toBe(true);
    const again = await cachedNewsLibrary(params);
    expect(again).toEqual({ dir: first.dir, built: false });
    expect(newsLibraryKey({ ...params, n: 11 })).not.toBe(newsLibraryKey(params));
    expect(newsLibraryKey(params)).toBe(newsLibraryKey({ ...params }));
    expect((await readdir(dir)).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('does not reuse a build that never finished', async () => {
    process.env['BENCH_CACHE_DIR'] = dir;
    const params = { n: 5, words: 40, titleSeed: 4 };
    const { dir: lib } = await cachedNewsLibrary(params);
    await rm(join(lib, 'index.json'));
    const rebuilt = await cachedNewsLibrary(params);
    expect(rebuilt.built).toBe(true);
    expect(existsSync(join(lib, 'index.json'))).toBe(true);
  });

  it('leaves the check stamps of every file, trusted, so the first open checks as a warm one', async () => {
    process.env['BENCH_CACHE_DIR'] = dir;
    const { dir: lib } = await cachedNewsLibrary({ n: 6, words: 40, titleSeed: 5 });
    const stamps = await CheckStamps.load(lib);
    const ids = newsArticles(6, 40, 5).map((a) => a.meta.id);
    for (const id of ids)
      for (const kind of ['articles', 'annotations'])
        expect(stamps.isFresh(`${kind}/${id}.json`, await stat(join(lib, kind, `${id}.json`)))).toBe(true);
    // The library agrees with them: its check finds nothing to set aside and keeps every article.
    const library = await Library.open(lib, { dailyBackup: false });
    await library.checkDone;
    expect(library.queryArticles(DEFAULT_QUERY).total).toBe(6);
    await library.close();
    expect(existsSync(join(lib, 'quarantine'))).toBe(false);
  });
});
