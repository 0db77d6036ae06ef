/**
 * The index build's rate taken apart thread by thread (issue 17, B8 "open
 * the saved index of 100000 articles"): `npx jiti bench/build-rate-profile.ts`
 * opens the news library of search-large's parameters (PROFILE_ARTICLES,
 * default 100,000; cached under BENCH_CACHE_DIR as cachedNewsLibrary builds
 * it), waits for its start-up check, deletes its index file and attaches the
 * search index (the app's two-worker rebuild, the built worker when
 * out/main/search-worker.js exists). Every PROFILE_EVERY ms (default 5,000)
 * it prints, per thread of the process, CPU ms and run-queue wait ms in that
 * interval (Linux's /proc/self/task/<tid>/schedstat; threads named by comm,
 * the busiest shown), the index file's and its WAL's size, and the load
 * average; at the end the build's time, articles/s and each thread's total
 * CPU. Linux only. Not part of `npm run bench`.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Library } from '../electron/services/library/library';
import { SEARCH_INDEX_FILE, SearchIndex } from '../electron/services/search/search-index';
import { SEED } from './corpus';
import { cachedNewsLibrary } from './news-library';
import { builtWorker } from './search-helpers';

const ARTICLES = Number(process.env['PROFILE_ARTICLES'] ?? 100_000);
const EVERY = Number(process.env['PROFILE_EVERY'] ?? 5_000);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Each thread's name, CPU ms and run-queue wait ms since it started, by tid. */
function threads(): Map<string, { name: string; cpu: number; wait: number }> {
  const out = new Map<string, { name: string; cpu: number; wait: number }>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const [run = '0', wait = '0'] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'latin1').split(' ');
      const name = readFileSync(`/proc/self/task/${tid}/comm`, 'latin1').trim();
      out.set(tid, {
        name: tid === String(process.pid) ? 'main' : name,
        cpu: Number(run) / 1e6,
        wait: Number(wait) / 1e6,
      });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

const size = (path: string) => {
  try {
    return (statSync(path).size / 1e6).toFixed(0);
  } catch {
    return '-';
  }
};

async function main(): Promise<void> {
  const { dir } = await cachedNewsLibrary({ n: ARTICLES, words: 300, titleSeed: SEED + 7 });
  const library = await Library.open(dir, { dailyBackup: false });
  await library.checkDone;
  const file = join(dir, SEARCH_INDEX_FILE);
  await rm(file, { force: true });
  await rm(`${file}-wal`, { force: true });
  await rm(`${file}-shm`, { force: true });
  console.log(`${ARTICLES} articles in ${dir}; load ${load()}`);
  const start = threads();
  let last = start;
  /** The last reading of every thread seen (the preparing worker ends before the build does). */
  const seen = new Map(start);
  let tick = 0;
  const t0 = performance.now();
  const timer = setInterval(() => {
    const now = threads();
    for (const [tid, t] of now) seen.set(tid, t);
    if (++tick % Math.max(1, Math.round(EVERY / 1000)) !== 0) return;
    const parts = [...now]
      .map(([tid, t]) => ({
        tid,
        name: t.name,
        cpu: t.cpu - (last.get(tid)?.cpu ?? 0),
        wait: t.wait - (last.get(tid)?.wait ?? 0),
      }))
      .filter((t) => t.cpu > 50)
      .sort((a, b) => b.cpu - a.cpu)
      .map((t) => `${t.name}/${t.tid} ${t.cpu.toFixed(0)}+w${t.wait.toFixed(0)}`);
    const s = ((performance.now() - t0) / 1000).toFixed(0);
    console.log(
      `${s}s idx ${size(file)}MB wal ${size(`${file}-wal`)}MB load ${load()} | ${parts.join(' | ')}`,
    );
    last = now;
  }, 1000);
  const entry = builtWorker();
  const search = SearchIndex.attach(library, entry ? { workerEntry: entry } : {});
  await search.ready();
  const ms = performance.now() - t0;
  clearInterval(timer);
  for (const [tid, t] of threads()) seen.set(tid, t);
  const totals = [...seen]
    .map(([tid, t]) => ({
      name: t.name,
      tid,
      cpu: t.cpu - (start.get(tid)?.cpu ?? 0),
      wait: t.wait - (start.get(tid)?.wait ?? 0),
    }))
    .filter((t) => t.cpu > 100)
    .sort((a, b) => b.cpu - a.cpu);
  const all = totals.reduce((sum, t) => sum + t.cpu, 0);
  console.log(
    `built ${search.indexedAtOpen} in ${(ms / 1000).toFixed(1)} s (${Math.round((search.indexedAtOpen * 1000) / ms)} articles/s), CPU ${(all / 1000).toFixed(1)} s, load ${load()}, index ${size(file)} MB`,
  );
  for (const t of totals)
    console.log(
      `  ${t.name}/${t.tid}: cpu ${(t.cpu / 1000).toFixed(1)} s, run-queue wait ${(t.wait / 1000).toFixed(1)} s`,
    );
  await search.close();
  await library.close();
}

void main();
