/**
 * B8 "longest main block during a 10k rebuild", taken apart (issue 17):
 * `npx jiti bench/build-block-profile.ts` deletes the index file of a
 * library of PROFILE_ARTICLES (default 10,000) and attaches the search
 * index, as search.bench.ts's B8 build row does, PROFILE_RUNS times (default
 * 3). Meanwhile a probe turns main's event loop and, for the PROFILE_TOP
 * longest gaps between two turns (what search.bench.ts reports is the
 * longest of them), says what filled it: main's own CPU time and its wait
 * for a CPU (run-queue wait), both from Linux's
 * /proc/self/task/<tid>/schedstat (ns: time on CPU, time runnable but
 * waiting), and the GC pauses of main's heap overlapping it
 * (PerformanceObserver 'gc'). Also per run: the build's time, turns, GC count,
 * longest and total GC, and the load average before and after.
 *
 * PROFILE_PROBE=immediate (default: the bench's own probe, event-loop.ts)
 * turns by setImmediate, so main is always runnable: on 2 cores it is a
 * third busy thread beside the two workers. PROFILE_PROBE=timer turns by
 * setTimeout(1) and sleeps between, so its gaps are what an IPC message
 * would wait, without the probe's own demand for a CPU. PROFILE_CPU=1 adds
 * a V8 CPU profile of main over the last run (summary as bench/cpu-profile.ts
 * prints it). Linux only (schedstat). Not part of `npm run bench`.
 */

import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, constants, performance } from 'node:perf_hooks';
import { Library } from '../electron/services/library/library';
import { SEARCH_INDEX_FILE, SearchIndex } from '../electron/services/search/search-index';
import { SEED } from './corpus';
import { summarize } from './cpu-profile';
import { writeNewsLibrary } from './news-library';
import { builtWorker } from './search-helpers';

const ARTICLES = Number(process.env['PROFILE_ARTICLES'] ?? 10_000);
const RUNS = Number(process.env['PROFILE_RUNS'] ?? 3);
const TOP = Number(process.env['PROFILE_TOP'] ?? 5);
const PROBE = process.env['PROFILE_PROBE'] === 'timer' ? 'timer' : 'immediate';
const CPU = process.env['PROFILE_CPU'] === '1';
const DIR = process.env['PROFILE_DIR'] ?? join(tmpdir(), `hamish-open-profile-${ARTICLES}`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Main thread's schedstat (its tid is the process id): ms on CPU and ms runnable but waiting, since it started. */
function schedReader(): { read: () => [number, number]; close: () => void } {
  const fd = openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
  const buf = Buffer.alloc(128);
  return {
    read: () => {
      const n = readSync(fd, buf, 0, buf.length, 0);
      const [run = '0', wait = '0'] = buf.toString('latin1', 0, n).split(' ');
      return [Number(run) / 1e6, Number(wait) / 1e6];
    },
    close: () => closeSync(fd),
  };
}

/** One gap between two turns of main's loop (ms; times on performance.now()'s clock). */
interface Gap {
  start: number;
  ms: number;
  cpu: number;
  wait: number;
}

/** A GC pause of main's heap (ms; start on performance.now()'s clock). */
interface GcPause {
  start: number;
  ms: number;
  kind: string;
}

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

/** The `TOP` gaps of `gaps` by `key`, longest first (a build turns the loop hundreds of thousands of times). */
const topBy = (gaps: Gap[], key: 'ms' | 'cpu'): Gap[] => gaps.sort((a, b) => b[key] - a[key]).slice(0, TOP);

/** What the probe saw during `work`: the TOP gaps by length and by main's CPU in them, the turns, the GC pauses, main's CPU and wait in all. */
interface Probed {
  byLength: Gap[];
  byCpu: Gap[];
  turns: number;
  gc: GcPause[];
  cpu: number;
  wait: number;
}

/** Runs `work` with the probe turning main's loop (PROBE) and GC pauses observed. */
async function probed(work: () => Promise<void>): Promise<Probed> {
  const sched = schedReader();
  const gc: GcPause[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
      gc.push({ start: e.startTime, ms: e.duration, kind: GC_KINDS[kind] ?? String(kind) });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  let byLength: Gap[] = [];
  let byCpu: Gap[] = [];
  let turns = 0;
  let running = true;
  let last = performance.now();
  const [cpu0, wait0] = sched.read();
  let [cpuAt, waitAt] = [cpu0, wait0];
  const tick = () => {
    const now = performance.now();
    const [cpu, wait] = sched.read();
    const gap = { start: last, ms: now - last, cpu: cpu - cpuAt, wait: wait - waitAt };
    byLength.push(gap);
    byCpu.push(gap);
    if (byLength.length > TOP * 4) byLength = topBy(byLength, 'ms');
    if (byCpu.length > TOP * 4) byCpu = topBy(byCpu, 'cpu');
    [last, cpuAt, waitAt] = [now, cpu, wait];
    turns++;
    if (!running) return;
    if (PROBE === 'timer') setTimeout(tick, 1);
    else setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  running = false;
  await new Promise((resolve) => setTimeout(resolve, 20)); // the last turn, and the observer's last entries
  observer.disconnect();
  const [cpu1, wait1] = sched.read();
  sched.close();
  return {
    byLength: topBy(byLength, 'ms'),
    byCpu: topBy(byCpu, 'cpu'),
    turns,
    gc,
    cpu: cpu1 - cpu0,
    wait: wait1 - wait0,
  };
}

/** Prints `gaps`, each with main's CPU, its wait for a CPU, the rest (off CPU: asleep, or schedstat's coarser clock) and the GC pauses overlapping it. */
function printGaps(title: string, gaps: readonly Gap[], gc: readonly GcPause[]): void {
  console.log(`  ${title}`);
  for (const gap of gaps) {
    const inGap = gc.filter((g) => g.start < gap.start + gap.ms && g.start + g.ms > gap.start);
    const gcText = inGap.map((g) => `${g.kind} ${f1(g.ms)}`).join(', ') || 'none';
    console.log(
      `    gap ${f1(gap.ms).padStart(6)} ms at ${f1(gap.start / 1000)} s: main CPU ${f1(gap.cpu)}, ` +
        `run-queue wait ${f1(gap.wait)}, rest ${f1(gap.ms - gap.cpu - gap.wait)}; GC: ${gcText}`,
    );
  }
}

/** Deletes the index file and attaches the index; resolves to the build's ms once it is ready. */
async function rebuild(library: Library, entry: string | undefined): Promise<number> {
  await rm(join(DIR, SEARCH_INDEX_FILE), { force: true });
  const t0 = performance.now();
  const search = SearchIndex.attach(library, entry ? { workerEntry: entry } : {});
  await search.ready();
  const ms = performance.now() - t0;
  if (search.loadedFromDisk || (await search.size()) !== ARTICLES) throw new Error('build incomplete');
  await search.close();
  return ms;
}

const f1 = (ms: number) => ms.toFixed(1);

async function main(): Promise<void> {
  if (!existsSync(join(DIR, 'index.json')))
    await writeNewsLibrary(DIR, { n: ARTICLES, words: 300, titleSeed: SEED + 7 });
  const library = await Library.open(DIR, { dailyBackup: false });
  await library.checkDone;
  const entry = builtWorker();
  console.log(`${ARTICLES} articles, ${RUNS} runs, probe ${PROBE}, worker ${entry ?? 'from sources (jiti)'}`);
  const session = CPU ? new Session() : undefined;
  session?.connect();
  for (let r = 0; r < RUNS; r++) {
    const profiling = session && r === RUNS - 1;
    if (profiling) {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 100 });
      await session.post('Profiler.start');
    }
    const before = load();
    let ms = 0;
    const seen = await probed(async () => {
      ms = await rebuild(library, entry);
    });
    const { gc } = seen;
    const scavenges = gc.filter((g) => g.kind === 'scavenge');
    const longest = (pauses: readonly GcPause[]) => f1(Math.max(0, ...pauses.map((g) => g.ms)));
    console.log(
      `run ${r + 1}: build ${f1(ms)} ms, ${seen.turns} turns, longest gap ${f1(seen.byLength[0]?.ms ?? 0)} ms, ` +
        `most main CPU in one gap ${f1(seen.byCpu[0]?.cpu ?? 0)} ms; main CPU ${f1(seen.cpu)} ms in all, ` +
        `run-queue wait ${f1(seen.wait)} ms; ${scavenges.length} scavenges (longest ${longest(scavenges)} ms, ` +
        `total ${f1(scavenges.reduce((sum, g) => sum + g.ms, 0))} ms), other GC: ` +
        `${
          gc
            .filter((g) => g.kind !== 'scavenge')
            .map((g) => `${g.kind} ${f1(g.ms)}`)
            .join(', ') || 'none'
        }; ` +
        `load ${before} → ${load()}`,
    );
    printGaps('longest gaps', seen.byLength, gc);
    printGaps('gaps with the most main CPU', seen.byCpu, gc);
    if (profiling) {
      const { profile } = await session.post('Profiler.stop');
      console.log(
        `main's CPU profile, last run:\n${summarize({ ...profile, samples: profile.samples ?? [], timeDeltas: profile.timeDeltas ?? [] }, 15)}`,
      );
    }
  }
  session?.disconnect();
  await library.close();
}

await main();
