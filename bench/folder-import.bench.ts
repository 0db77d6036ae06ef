/**
 * B11 (issue 17's table): a folder import of 1,000 plain-text articles (~800
 * words each, real Arabic sentences) into an empty library and into one of
 * 10,000 articles, with the search index attached as every host attaches it
 * (issue 17, "imports commit in batches"), through the services' ImportRunner as
 * the app and the CLI run it (duplicates looked up in the search worker).
 * Reported, as medians and p95 over the runs: the whole import until the
 * search index holds every article, the time per article, and the longest
 * block of main's event loop (a setImmediate probe, as B16 measures it).
 *
 * Baseline, measured in the same run (before each import, so both see the
 * same machine load): a durable copy of the same files, the disk work any
 * import must do at least: each file read, written to a new file and
 * fsynced (16 in flight, as the import writes), the folder fsynced once per
 * 200. The ratio says how much the import costs over that floor; it is the
 * same floor for both library sizes, so a ratio that grows with the
 * library is work that grows with it. The 10k library and its search
 * index come from the bench cache (built by the first run only) and are
 * copied for each run with their files' mtimes (fixture-cache.ts
 * copyFixture), so the copy opens as a warm start does: the index is
 * loaded, not rebuilt, and the check trusts its stamps. BENCH_SMALL=1 runs 40 articles into
 * empty and 400-article libraries (a smoke run).
 */

import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { Library } from '../electron/services/library/library';
import { fsyncDirectory } from '../electron/services/storage/atomic-write';
import { createServices } from '../electron/services/services';
import { generateArticleText, SEED } from './corpus';
import { withBlocking } from './event-loop';
import { copyFixture } from './fixture-cache';
import { cachedNewsLibrary } from './news-library';
import { machine, median, report, row, type Row } from './stats';

const SMALL = process.env['BENCH_SMALL'] === '1';
const FILES = SMALL ? 40 : 1_000;
const BIG_LIBRARY = SMALL ? 400 : 10_000;
const WORDS = SMALL ? 200 : 800;
const RUNS = Number(process.env['BENCH_RUNS'] ?? (SMALL ? 1 : 3));
const sized = (label: string) => (SMALL ? `${label} [BENCH_SMALL]` : label);
const rows: Row[] = [];
let dir: string;
let folder: string;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dir = await mkdtemp(join(tmpdir(), 'hamish-bench-folder-import-'));
  folder = join(dir, 'folder');
  await mkdir(folder);
  for (let i = 0; i < FILES; i++) {
    // Distinct texts (another seed each), so that none is taken for a duplicate.
    const text = generateArticleText(WORDS, SEED + 50_000 + i);
    await writeFile(join(folder, `article-${String(i).padStart(4, '0')}.txt`), text);
  }
});

test.afterAll(async () => {
  report(SMALL ? 'folder-import-small' : 'folder-import', rows, machine({ files: String(FILES) }));
  await rm(dir, { recursive: true, force: true });
});

/**
 * The library of `n` generated news articles (none of the folder's texts)
 * that each run copies and imports into: the cached one (news-library.ts,
 * generated on the first run only), with its search index built inside it on
 * first use and loaded after (an index of an older version is rebuilt there,
 * once). Before, it was generated and indexed on every run (most of the 2.2
 * minutes the 10k test took besides its three imports).
 */
async function templateOf(n: number): Promise<string> {
  const { dir: libDir } = await cachedNewsLibrary({ n, words: WORDS, titleSeed: SEED + 9 });
  const library = await Library.open(libDir, { dailyBackup: false });
  const { search } = createServices(library);
  await library.checkDone;
  await search.ready();
  await library.close();
  return libDir;
}

/** The baseline: the files of `names` copied durably into `to` (see the module comment); resolves to ms. */
async function durableCopy(names: readonly string[], to: string): Promise<number> {
  await mkdir(to);
  const t0 = performance.now();
  const copyOne = async (name: string, i: number) => {
    const handle = await open(join(to, `${i}.json`), 'wx');
    try {
      await handle.writeFile(JSON.stringify({ text: await readFile(name, 'utf8') }));
      await handle.sync();
    } finally {
      await handle.close();
    }
  };
  for (let at = 0; at < names.length; at += 200) {
    const chunk = names.slice(at, at + 200);
    for (let i = 0; i < chunk.length; i += 16)
      await Promise.all(chunk.slice(i, i + 16).map((name, j) => copyOne(name, at + i + j)));
    await fsyncDirectory(to);
  }
  const ms = performance.now() - t0;
  await rm(to, { recursive: true, force: true });
  return ms;
}

for (const size of [0, BIG_LIBRARY]) {
  test(`B11: import ${FILES} articles from a folder into a library of ${size}`, async () => {
    test.setTimeout(3_600_000);
    const whole: number[] = [];
    const blocked: number[] = [];
    const perArticle: number[] = [];
    const floor: number[] = [];
    const template = size > 0 ? await templateOf(size) : '';
    const names = (await readdir(folder)).sort().map((n) => join(folder, n));
    for (let r = 0; r < RUNS; r++) {
      floor.push(await durableCopy(names, join(dir, `copy-${size}-${r}`)));
      const libDir = join(dir, `lib-${size}-${r}`);
      if (size > 0) await copyFixture(template, libDir);
      const library = await Library.open(libDir, { dailyBackup: false });
      const services = createServices(library);
      await library.checkDone;
      await services.search.ready();
      const { value, ms, blockedMs } = await withBlocking(async () => {
        const result = await services.imports.importPaths(names);
        await services.search.flush();
        return result;
      });
      if (value.added.length !== FILES) throw new Error(`${value.added.length} of ${FILES} added`);
      whole.push(ms);
      blocked.push(blockedMs);
      perArticle.push(ms / FILES);
      await library.close();
      await rm(libDir, { recursive: true, force: true });
    }
    const scenario = sized(`import ${FILES} articles into a library of ${size}`);
    const baseline = { name: 'durable copy of the files', median: median(floor) };
    const perFile = { name: 'durable copy, per file', median: median(floor) / FILES };
    rows.push(
      row('B11', scenario, 'whole import, search index included', whole, { target: '≤ 10 s', baseline }),
      row('B11', scenario, 'time per article', perArticle, { baseline: perFile }),
      row('B11', scenario, 'longest event-loop block', blocked, { target: '≤ 50 ms' }),
      row('B11', scenario, 'baseline: durable copy of the files', floor),
    );
  });
}
