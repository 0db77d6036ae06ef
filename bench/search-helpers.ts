/**
 * What the 10k and 100k search benchmarks share: opening a library with its
 * search index attached (with the built worker bundle
 * when `npm run build` made one, so the open is timed as the app runs it),
 * the seeded exact and prefix query sets, and per-query timing.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Library } from '../electron/services/library/library';
import { SearchIndex } from '../electron/services/search/search-index';
import { prng } from './corpus';
import { withBlocking } from './event-loop';
import { vocabulary } from './search-variants';

/** The search worker as the app ships it (built by `npm run build`, which `npm run bench` runs first). */
export const BUILT_WORKER = join(import.meta.dirname, '..', 'out', 'main', 'search-worker.js');

/** The built worker's path when it exists, else undefined (the worker then runs from sources through jiti). */
export const builtWorker = (): string | undefined => (existsSync(BUILT_WORKER) ? BUILT_WORKER : undefined);

/**
 * Attaches a search index to `library` and waits until it is ready: the time
 * and the longest event-loop block meanwhile. The index alone, not the whole
 * service composition: createServices also warms the analysis aggregate once
 * the start-up check is over, which stat()s every annotation file on main
 * (~490 ms blocked at 10k articles in a profile), and that is not the search
 * index's block.
 */
export async function attachSearch(
  library: Library,
): Promise<{ search: SearchIndex; ms: number; blockedMs: number }> {
  const workerEntry = builtWorker();
  const {
    value: search,
    ms,
    blockedMs,
  } = await withBlocking(async () => {
    const s = SearchIndex.attach(library, workerEntry ? { workerEntry } : {});
    await s.ready();
    return s;
  });
  return { search, ms, blockedMs };
}

/**
 * Opens the library in `libDir` (no daily backup), lets its start-up check
 * finish (not timed), then attaches the search index. The backup is left out
 * because nothing here measures it and it copies the whole library once a
 * day: 100,000 articles are 200,000 files, minutes of a bench run (B6's own
 * "first start" row at 10k is where a backup is timed).
 */
export async function openIndexed(
  libDir: string,
): Promise<{ library: Library; search: SearchIndex; ms: number; blockedMs: number }> {
  const library = await Library.open(libDir, { dailyBackup: false });
  // The library's own start-up check reads every article file on main: let it finish, so what is
  // measured is the search index's part alone.
  await library.checkDone;
  return { library, ...(await attachSearch(library)) };
}

/** `count` exact words and `count` prefixes (4–5 letters of words of 6+) picked from `texts`' vocabulary by `seed`. */
export function querySets(texts: readonly string[], count: number, seed: number) {
  const random = prng(seed);
  const vocab = vocabulary(texts);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? '';
  const exact = Array.from({ length: count }, () => pick(vocab));
  const long = vocab.filter((w) => [...w].length >= 6);
  const prefix = Array.from({ length: count }, () =>
    [...pick(long)].slice(0, 4 + Math.floor(random() * 2)).join(''),
  );
  return { vocab, exact, prefix };
}

/** Per-query milliseconds of `run` over `queries`, after one warm-up pass over a few. */
export async function perQuery(queries: readonly string[], run: (q: string) => unknown): Promise<number[]> {
  for (const q of queries.slice(0, 10)) await run(q);
  const samples: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    await run(q);
    samples.push(performance.now() - t0);
  }
  return samples;
}
