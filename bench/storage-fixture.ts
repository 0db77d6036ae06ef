/**
 * B6's fixture (storage.bench.ts): a library of n short articles (60 words,
 * no annotations) and the baseline's one big file holding every article, kept
 * between runs in the bench cache (fixture-cache.ts) instead of regenerated.
 * B6 times a library's first start (no check stamps, daily backup due), so
 * the cached library is brought back to "never opened" before each run: what
 * an open adds (check stamps, index.head.json, backups/) is removed, and a
 * library holding anything else, or whose index.json changed, is rebuilt.
 */

import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHECK_STAMPS_FILE } from '../electron/services/library/check/check-stamps';
import { generateArticleText } from './corpus';
import { cachedFixture, fixtureKey } from './fixture-cache';
import { makeArticle, writeLibrary } from './library-fixture';

/** What an open of a library adds to its folder: removed to make it a first start again (backups.ts, index-head.ts). */
const ADDED_BY_OPEN = [CHECK_STAMPS_FILE, 'index.head.json', 'backups'];
/** What writeLibrary writes: all a never-opened library holds. */
const WRITTEN = ['annotations', 'articles', 'index.json', 'taxonomy.json'];
/** The index.json written at build time (size and mtime), beside the library: a changed one means an open migrated it. */
const MARK = 'built.json';

/** Writes the fixture into `dir`: the library in `library/`, the baseline's file `everything.json`, and the mark. */
export async function writeB6Fixture(dir: string, n: number): Promise<void> {
  const articles = Array.from({ length: n }, (_, i) =>
    makeArticle(`مقال رقم ${i} عن تبادل الأسرى`, generateArticleText(60, i), () => []),
  );
  const libDir = join(dir, 'library');
  // Article files too: the background check verifies every article the index lists.
  await writeLibrary(libDir, articles);
  // The baseline: one big file with every article, its (longer) text and annotations. The text is the
  // same for every article (seed 1), so it is generated once.
  const fat = generateArticleText(600, 1);
  await writeFile(
    join(dir, 'everything.json'),
    JSON.stringify({ articles: articles.map((a) => ({ ...a, text: fat })) }),
  );
  const index = await stat(join(libDir, 'index.json'));
  await writeFile(join(dir, MARK), JSON.stringify({ size: index.size, mtimeMs: index.mtimeMs }));
}

/**
 * Makes the library of the fixture in `dir` never opened again: removes what
 * an open adds. Resolves to false, changing nothing else, when the library is
 * not as writeB6Fixture left it (another top-level entry, not n files in
 * articles/ or annotations/, index.json not the one written): then the
 * fixture must be rebuilt.
 */
export async function resetToUnopened(dir: string, n: number): Promise<boolean> {
  const libDir = join(dir, 'library');
  const entries = await readdir(libDir).catch(() => [] as string[]);
  const extra = entries.filter((e) => !WRITTEN.includes(e) && !ADDED_BY_OPEN.includes(e));
  if (extra.length > 0 || WRITTEN.some((e) => !entries.includes(e))) return false;
  for (const sub of ['articles', 'annotations'])
    if ((await readdir(join(libDir, sub))).length !== n) return false;
  const mark = JSON.parse(await readFile(join(dir, MARK), 'utf8').catch(() => '{}')) as {
    size?: number;
    mtimeMs?: number;
  };
  const index = await stat(join(libDir, 'index.json'));
  if (index.size !== mark.size || index.mtimeMs !== mark.mtimeMs) return false;
  for (const e of ADDED_BY_OPEN) await rm(join(libDir, e), { recursive: true, force: true });
  return true;
}

/**
 * B6's fixture for `n` articles, from the cache (built on first use, rebuilt
 * when resetToUnopened finds it changed), its library never opened:
 * `library` the library folder, `baseline` the one big file, `built` whether
 * it was generated in this call.
 */
export async function b6Fixture(n: number): Promise<{ library: string; baseline: string; built: boolean }> {
  const key = fixtureKey('storage-b6', { n }, [
    'corpus.ts',
    'library-fixture.ts',
    'fixture-cache.ts',
    'storage-fixture.ts',
  ]);
  let cached = await cachedFixture(key, (dir) => writeB6Fixture(dir, n));
  if (!(await resetToUnopened(cached.dir, n))) {
    await rm(cached.dir, { recursive: true, force: true });
    cached = await cachedFixture(key, (dir) => writeB6Fixture(dir, n));
  }
  return {
    library: join(cached.dir, 'library'),
    baseline: join(cached.dir, 'everything.json'),
    built: cached.built,
  };
}
