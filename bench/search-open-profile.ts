/**
 * B8 "open the saved index", taken apart (issue 17): `npx jiti bench/search-open-profile.ts`
 * times, over PROFILE_RUNS runs each (median, and the load average before and
 * after), the parts of an open of an unchanged library's index: a bare worker
 * thread's start, better-sqlite3's load in a worker, the built worker bundle's
 * start to its first answer, the index file's open and checks (in this thread,
 * step by step), the list digest on main, the verify round trip, and the whole
 * attach → ready as search.bench.ts times it (a fresh start, and one whose
 * worker was started early, as the app now does). Not part of `npm run bench`:
 * a tool for explaining B8's figure. PROFILE_ARTICLES sets the library size
 * (default 10,000; `PROFILE_ARTICLES=100000` for B8's row), built once in
 * PROFILE_DIR (default `<tmp>/hamish-open-profile`). The app path's steps are
 * timed from Library.open's start: listed, the worker's open and verify
 * answered, ready. PROFILE_CPU=1 adds one more app-path open under V8's
 * sampling profiler (this thread: main), from Library.open's start until
 * the index is ready (the start-up check goes on), and prints where its time went
 * (cpu-profile.ts summarize), the .cpuprofile written to the temp folder.
 */

import { existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { Library } from '../electron/services/library/library';
import { digestOfList } from '../electron/services/search/list-digest';
import { SEARCH_INDEX_FILE, SearchIndex } from '../electron/services/search/search-index';
import { SearchWorkerClient } from '../electron/services/search/search-worker-client';
import { SEED } from './corpus';
import { summarize } from './cpu-profile';
import { writeNewsLibrary } from './news-library';
import { median } from './stats';

const ARTICLES = Number(process.env['PROFILE_ARTICLES'] ?? 10_000);
const RUNS = Number(process.env['PROFILE_RUNS'] ?? 9);
const DIR = process.env['PROFILE_DIR'] ?? join(tmpdir(), `hamish-open-profile-${ARTICLES}`);
/** The worker bundle the app ships (`npm run build`); search-helpers.ts names the same file. */
const BUILT_WORKER = join(import.meta.dirname, '..', 'out', 'main', 'search-worker.js');
const load = () => loadavg()[0]?.toFixed(2) ?? '?';

/** Median ms of `RUNS` runs of `fn` (each resolving to its own ms). */
async function part(name: string, fn: () => Promise<number>): Promise<void> {
  const before = load();
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) samples.push(await fn());
  const sorted = samples.map((s) => s.toFixed(1)).join(' ');
  console.log(
    `${name.padEnd(58)} ${median(samples).toFixed(2).padStart(8)} ms  [${sorted}]  load ${before}→${load()}`,
  );
}

/** Adds each (name, ms) of `samples` to `into`'s samples of that name. */
function record(into: Record<string, number[]>, samples: readonly (readonly [string, number])[]): void {
  for (const [name, ms] of samples) (into[name] ??= []).push(ms);
}

/** Prints each name's median and its samples. */
function print(parts: Record<string, number[]>): void {
  for (const [name, samples] of Object.entries(parts))
    console.log(
      `${name.padEnd(58)} ${median(samples).toFixed(2).padStart(8)} ms  [${samples.map((s) => s.toFixed(1)).join(' ')}]`,
    );
}

/** Ms from `new Worker` until the thread's first message. */
function workerUntilMessage(make: () => Worker): Promise<number> {
  const t0 = performance.now();
  const worker = make();
  return new Promise((resolve, reject) => {
    worker.once('message', () => {
      resolve(performance.now() - t0);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');

async function main(): Promise<void> {
  if (!existsSync(join(DIR, 'index.json')))
    await writeNewsLibrary(DIR, { n: ARTICLES, words: 300, titleSeed: SEED + 7 });
  const library = await Library.open(DIR, { dailyBackup: false });
  await library.checkDone;
  const entry = existsSync(BUILT_WORKER) ? BUILT_WORKER : undefined;
  const first = SearchIndex.attach(library, entry ? { workerEntry: entry } : {});
  await first.ready();
  await first.close();
  console.log(`${ARTICLES} articles, ${RUNS} runs, worker ${entry ?? 'from sources (jiti)'}`);

  await part('bare worker thread: new Worker → first message', () =>
    workerUntilMessage(
      () => new Worker('require("node:worker_threads").parentPort.postMessage(0)', { eval: true }),
    ),
  );
  await part('worker + require(better-sqlite3) → first message', () =>
    workerUntilMessage(
      () =>
        new Worker(
          `require(${JSON.stringify(sqlite)}); require("node:worker_threads").parentPort.postMessage(0)`,
          {
            eval: true,
          },
        ),
    ),
  );
  const path = join(DIR, SEARCH_INDEX_FILE);
  const steps: Record<string, number[]> = {};
  const step = <T>(name: string, fn: () => T): T => {
    const t0 = performance.now();
    const value = fn();
    (steps[name] ??= []).push(performance.now() - t0);
    return value;
  };
  for (let r = 0; r < RUNS; r++) {
    const db = step('db: new Database (fileMustExist)', () => new Database(path, { fileMustExist: true }));
    step('db: pragma user_version', () => db.pragma('user_version', { simple: true }));
    step('db: docs root', () => db.prepare('SELECT rowid FROM docs LIMIT 1').get());
    step('db: dupkeys root', () => db.prepare('SELECT rowid FROM dupkeys LIMIT 1').get());
    step('db: fts MATCH "a"', () =>
      db.prepare('SELECT rowid FROM fts WHERE fts MATCH \'"a"\' LIMIT 1').get(),
    );
    step('db: digest row', () => db.prepare('SELECT count, a, b FROM listdigest WHERE one = 1').get());
    step('db: journal_mode WAL + synchronous', () => {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    });
    step('db: close', () => db.close());
  }
  for (const [name, samples] of Object.entries(steps))
    console.log(`  ${name.padEnd(56)} ${median(samples).toFixed(2).padStart(8)} ms`);

  const all = library.allMeta();
  await part('list digest on main (slices, setImmediate between)', async () => {
    const t0 = performance.now();
    await digestOfList(all, () => new Promise((resolve) => setImmediate(resolve)));
    return performance.now() - t0;
  });
  const digest = await digestOfList(all, () => Promise.resolve());

  const phases: Record<string, number[]> = {};
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const client = new SearchWorkerClient(entry);
    await client.call('size', {}).catch(() => undefined); // "not open": the first round trip
    const t1 = performance.now();
    await client.call('open', { path });
    const t2 = performance.now();
    await client.call('verify', { digest });
    const t3 = performance.now();
    await client.call('size', {});
    const t4 = performance.now();
    await client.close();
    record(phases, [
      ['worker: start + bundle load + first round trip', t1 - t0],
      ['worker: open request (open + checks)', t2 - t1],
      ['worker: verify request', t3 - t2],
      ['worker: a further round trip (size)', t4 - t3],
    ]);
  }
  print(phases);

  await part('attach → ready (as search.bench.ts)', async () => {
    const t0 = performance.now();
    const search = SearchIndex.attach(library, entry ? { workerEntry: entry } : {});
    await search.ready();
    const ms = performance.now() - t0;
    if (search.lastSync !== 'same') throw new Error('not the digest path');
    await search.close();
    return ms;
  });
  await library.close();

  // The app's path: the worker started with the library's open (electron/main.ts), the index attached once it is open.
  const app: Record<string, number[]> = {};
  for (let r = 0; r < RUNS; r++) record(app, await appPath(entry));
  print(app);
  if (process.env['PROFILE_CPU'] === '1') await profiled((stop) => appPath(entry, stop));
}

/** One open as the app makes it, each step's ms from Library.open's start (listed, the worker's answers, ready); `atReady` runs once ready (before the start-up check is awaited). */
async function appPath(
  entry: string | undefined,
  atReady?: () => Promise<void>,
): Promise<[string, number][]> {
  const t0 = performance.now();
  const worker = new SearchWorkerClient(entry);
  const answered: Record<string, number> = {};
  const call = worker.call.bind(worker);
  worker.call = (kind, request) => {
    const reply = call(kind, request);
    void reply.then(() => (answered[kind] ??= performance.now() - t0)).catch(() => undefined);
    return reply;
  };
  const opened = await Library.open(DIR, { dailyBackup: false });
  const t1 = performance.now();
  const fromHead = opened.listDigestAtOpen() !== null;
  const search = SearchIndex.attach(opened, { worker });
  let listedAt = 0;
  void opened.listed.then(() => (listedAt = performance.now()));
  await search.ready();
  const t2 = performance.now();
  await atReady?.();
  if (search.lastSync !== 'same') throw new Error('not the digest path');
  await opened.checkDone;
  await opened.close();
  return [
    [`app path: Library.open (worker starting meanwhile)${fromHead ? '' : ' [no head digest]'}`, t1 - t0],
    ['app path: Library.open start → listed', listedAt - t0],
    ['app path: Library.open start → worker open answered', answered['open'] ?? NaN],
    ['app path: Library.open start → verify answered', answered['verify'] ?? NaN],
    ['app path: listed → index ready (B8 row)', t2 - listedAt],
    ['app path: Library.open start → index ready', t2 - t0],
  ];
}

/** Runs `fn` under V8's sampling profiler (main thread) until it calls `stop`, prints the summary and writes the .cpuprofile. */
async function profiled(fn: (stop: () => Promise<void>) => Promise<unknown>): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  let stopped: Promise<{ profile: unknown }> | undefined;
  const steps = await fn(async () => {
    stopped = session.post('Profiler.stop');
    await stopped;
  });
  const { profile } = await (stopped ?? session.post('Profiler.stop'));
  session.disconnect();
  const file = join(tmpdir(), `search-open-${ARTICLES}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  console.log(`\nCPU profile of one more app-path open (main thread; ${file}):`, steps);
  console.log(summarize(profile as Parameters<typeof summarize>[0], 20));
}

await main();
