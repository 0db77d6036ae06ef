/**
 * What the 10k and 100k search benchmarks share: opening a library with its
 * search index attached, cold or as the app does (the worker started with
 * the library's open), with the built worker bundle when `npm run build`
 * made one, so the open is timed as the app runs it; the seeded exact and
 * prefix query sets, and per-query timing.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Library } from '../electron/services/library/library';
import { SearchIndex } from '../electron/services/search/search-index';
import { SearchWorkerClient } from '../electron/services/search/search-worker-client';
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

/**
 * Opens the library in `libDir` as the app does (electron/main.ts): the
 * index's worker started first, beside `Library.open`, and handed to the
 * index attached as soon as the library is open. `listedToReadyMs` is what
 * the index adds once the library's whole list is in memory (the list
 * digest needs it; listing is the library's part, B6): from `library.listed`
 * until `ready()`. `openToReadyMs` is from the worker's start to `ready()`.
 * The library's start-up check, which runs meanwhile as in the app, is
 * awaited after (not timed). Throws when the open did not take the digest
 * path (an unchanged library).
 */
export async function openAsApp(libDir: string): Promise<{
  library: Library;
  search: SearchIndex;
  listedToReadyMs: number;
  openToReadyMs: number;
}> {
  const workerEntry = builtWorker();
  const t0 = performance.now();
  const worker = new SearchWorkerClient(workerEntry);
  const library = await Library.open(libDir, { dailyBackup: false }); // as openIndexed: no backup is measured here
  let listedAt = Number.NaN;
  void library.listed.then(() => (listedAt = performance.now()));
  const search = SearchIndex.attach(library, workerEntry ? { worker, workerEntry } : { worker });
  await search.ready();
  const readyAt = performance.now();
  if (search.lastSync !== 'same') throw new Error('the unchanged library was not known by its digest');
  await library.checkDone;
  return { library, search, listedToReadyMs: readyAt - listedAt, openToReadyMs: readyAt - t0 };
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
