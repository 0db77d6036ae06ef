/**
 * Optional Chromium trace of a benchmark's page (BENCH_TRACE=1): where the
 * time of each timed window went, by phase of the renderer's main thread
 * (script, style recalc, layout, pre-paint, paint, …, self time) and by the
 * JavaScript functions sampled in it. A window is a `performance.measure`
 * whose name starts with `bench:` (e.g. "bench:retag frame"); the trace is
 * written beside the bench results (it opens in DevTools' Performance panel)
 * and the summary of every window, summed over its runs, is printed.
 */

import type { Page } from '@playwright/test';
import { captureTrace } from './trace-capture';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: { name?: string; data?: ProfileData };
}
interface ProfileData {
  startTime?: number;
  cpuProfile?: {
    nodes?: {
      id: number;
      parent?: number;
      callFrame: { functionName: string; url?: string; lineNumber?: number };
    }[];
    samples?: number[];
  };
  timeDeltas?: number[];
}
interface Window {
  name: string;
  start: number;
  end: number;
}

/** Adds `ms` to `key` in `m`. */
const add = (m: Map<string, number>, key: string, ms: number) => m.set(key, (m.get(key) ?? 0) + ms);

/** The renderer main thread's complete events (the thread named CrRendererMain with the most of them). */
function mainThread(events: TraceEvent[]): TraceEvent[] {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const by = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && mains.has(key)) by.set(key, [...(by.get(key) ?? []), e]);
  }
  return [...by.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

/** Self time (ms) of each event name on one thread, clipped to [start, end] (µs). */
function phases(thread: TraceEvent[], w: Window): Map<string, number> {
  const out = new Map<string, number>();
  const inside = thread
    .filter((e) => e.ts < w.end && e.ts + (e.dur ?? 0) > w.start)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const clip = (from: number, to: number) => Math.max(0, Math.min(to, w.end) - Math.max(from, w.start));
  const stack: { e: TraceEvent; end: number; children: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
      const top = stack.pop();
      if (!top) break;
      add(out, top.e.name, (clip(top.e.ts, top.end) - top.children) / 1000);
      const parent = stack.at(-1);
      if (parent) parent.children += clip(top.e.ts, top.end);
    }
  };
  for (const e of inside) {
    close(e.ts);
    stack.push({ e, end: e.ts + (e.dur ?? 0), children: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return out;
}

/** JavaScript self and inclusive time (ms) by function in `w`, from the sampled profile chunks. */
function functions(
  events: TraceEvent[],
  w: Window,
): { self: Map<string, number>; total: Map<string, number> } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const nodes = new Map<string, { parent?: number; name: string }>();
  const starts = new Map<string, number>();
  for (const e of events) {
    const data = e.args?.data;
    const key = `${e.pid}:${e.id ?? e.id2?.local ?? ''}`;
    if (e.name === 'Profile' && data?.startTime !== undefined) starts.set(key, data.startTime);
    if (e.name !== 'ProfileChunk' || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) {
      const { functionName, url = '', lineNumber = 0 } = n.callFrame;
      const file = url.split('/').pop() ?? '';
      nodes.set(`${key}:${n.id}`, {
        ...(n.parent !== undefined ? { parent: n.parent } : {}),
        name: `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`,
      });
    }
    let at = starts.get(key) ?? 0;
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      const prev = at;
      at += deltas[i] ?? 0;
      starts.set(key, at);
      if (at < w.start || at > w.end) return;
      // Samples are not always in order: a negative step counts for nothing.
      const ms = Math.max(0, at - prev) / 1000;
      const leaf = nodes.get(`${key}:${id}`);
      if (!leaf || leaf.name.startsWith('(idle)') || leaf.name.startsWith('(program)')) return;
      add(self, leaf.name, ms);
      const seen = new Set<string>();
      for (
        let n: typeof leaf | undefined = leaf;
        n;
        n = n.parent !== undefined ? nodes.get(`${key}:${n.parent}`) : undefined
      ) {
        if (!seen.has(n.name)) add(total, n.name, ms);
        seen.add(n.name);
      }
    });
  }
  return { self, total };
}

/** The windows: every `bench:` measure of the page (async user-timing begin/end pairs). */
function windows(events: TraceEvent[]): Window[] {
  const open = new Map<string, number>();
  const out: Window[] = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (!e.name.startsWith('bench:')) continue;
    const key = `${e.name}:${e.id ?? e.id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(key, e.ts);
    if (e.ph === 'e' && open.has(key)) out.push({ name: e.name, start: open.get(key) ?? e.ts, end: e.ts });
  }
  return out;
}

/** One window name's totals over its runs: main-thread phases and JavaScript functions (ms, summed). */
export interface WindowSummary {
  name: string;
  runs: number;
  /** Summed length of its runs (ms). */
  span: number;
  phases: Map<string, number>;
  self: Map<string, number>;
  total: Map<string, number>;
}

/** Every window name of `events` (the `bench:` measures), in the order first seen, with its sums over its runs. */
export function windowSummaries(events: TraceEvent[]): WindowSummary[] {
  const thread = mainThread(events);
  const byName = new Map<string, Window[]>();
  for (const w of windows(events)) byName.set(w.name, [...(byName.get(w.name) ?? []), w]);
  return [...byName].map(([name, ws]) => {
    const out: WindowSummary = {
      name,
      runs: ws.length,
      span: 0,
      phases: new Map(),
      self: new Map(),
      total: new Map(),
    };
    for (const w of ws) {
      out.span += (w.end - w.start) / 1000;
      for (const [k, v] of phases(thread, w)) add(out.phases, k, v);
      const f = functions(events, w);
      for (const [k, v] of f.self) add(out.self, k, v);
      for (const [k, v] of f.total) add(out.total, k, v);
    }
    return out;
  });
}

/** The `n` largest entries of `m`, each as a mean over `runs`, one a line. */
const top = (m: Map<string, number>, n: number, runs: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => `    ${(ms / runs).toFixed(2).padStart(7)} ms  ${name}`)
    .join('\n');

/** Per window name: its phases and functions, each the mean over its runs (ms); BENCH_TRACE_TOP rows each. */
export function summarizeTrace(events: TraceEvent[]): string {
  const rows = Number(process.env['BENCH_TRACE_TOP'] ?? 14);
  return windowSummaries(events)
    .map(
      (w) =>
        `${w.name} (${w.runs} runs, mean ${(w.span / w.runs).toFixed(2)} ms):\n` +
        `  main-thread phases, self:\n${top(w.phases, rows, w.runs)}\n` +
        `  functions, self:\n${top(w.self, rows, w.runs)}\n` +
        `  functions, inclusive:\n${top(w.total, rows, w.runs)}`,
    )
    .join('\n');
}

/** Starts tracing `page`; the returned function stops, writes `<name>.trace.json` into `dir` and prints a summary. */
export async function startWindowTrace(page: Page, dir: string, name: string): Promise<() => Promise<void>> {
  const stop = await captureTrace(page, CATEGORIES, dir, name);
  return async () => {
    const { events, path } = await stop();
    console.log(`${name} trace (${path}):\n${summarizeTrace(events as TraceEvent[])}`);
  };
}
