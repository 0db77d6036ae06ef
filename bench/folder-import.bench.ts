/**
 * B14: a folder import of 1,000 plain-text articles (~800 words each, real
 * Arabic sentences) into an empty library and into one of 10,000 articles,
 * with the search index attached as every host attaches it (issue 17,
 * "imports commit in batches"; the table calls this scenario B11,
 * an id the merge bench already had). Reported: the whole import until the
 * search index holds every article, the time per article, and the longest
 * block of main's event loop. BENCH_SMALL=1 runs 40 articles into empty and
 * 400-article libraries (a smoke run).
 */

import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { Library } from '../electron/services/library/library';
import { importFiles } from '../electron/services/import/import-batch';
import { createServices } from '../electron/services/services';
import { generateArticleText, SEED } from './corpus';
import { withBlocking } from './event-loop';
import { newsArticles, writeLibrary } from './library-fixture';
import { machine, report, row, type Row } from './stats';

const SMALL = process.env['BENCH_SMALL'] === '1';
const FILES = SMALL ? 40 : 1_000;
const BIG_LIBRARY = SMALL ? 400 : 10_000;
const WORDS = SMALL ? 200 : 800;
const RUNS = Number(process.env['BENCH_RUNS'] ?? (SMALL ? 1 : 2));
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

/** A library of `n` generated articles (none of the folder's texts) in `libDir`. */
const libraryOf = (libDir: string, n: number) => writeLibrary(libDir, newsArticles(n, WORDS, SEED + 9));

for (const size of [0, BIG_LIBRARY]) {
  test(`B14: import ${FILES} articles from a folder into a library of ${size}`, async () => {
    test.setTimeout(3_600_000);
    const whole: number[] = [];
    const blocked: number[] = [];
    const perArticle: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const libDir = join(dir, `lib-${size}-${r}`);
      if (size > 0) await libraryOf(libDir, size);
      const library = await Library.open(libDir, { dailyBackup: false });
      const { search } = createServices(library);
      await library.checkDone;
      await search.ready();
      const names = (await readdir(folder)).sort().map((n) => join(folder, n));
      const { value, ms, blockedMs } = await withBlocking(async () => {
        const result = await importFiles(library, names);
        await search.flush();
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
    rows.push(
      row('B14', scenario, 'whole import, search index included', whole, { target: '≤ 10 s' }),
      row('B14', scenario, 'time per article', perArticle),
      row('B14', scenario, 'longest event-loop block', blocked, { target: '≤ 50 ms' }),
    );
  });
}
