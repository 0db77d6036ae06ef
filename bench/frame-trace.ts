/**
 * Optional Chrome trace of a benchmark's page (BENCH_TRACE=1): Chromium's
 * tracing with the DevTools timeline categories around one scenario, written
 * as a .json trace (opens in DevTools' Performance panel) beside the bench
 * results, and summed into the phases of a frame — script, style, layout,
 * pre-paint, paint, commit and layerize on the renderer's main thread, raster
 * on the tile workers, and the compositor's own work — per frame, so that a
 * frame-time miss can be put down to a phase (B4's scroll, issue 17).
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** True when BENCH_TRACE=1 asks for traces. */
export const TRACING = process.env['BENCH_TRACE'] === '1';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink',
  'cc',
  'toplevel',
  'v8.execute',
  'disabled-by-default-devtools.timeline.invalidationTracking',
];

/** One trace event as Chromium writes it (times in microseconds). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, when the event records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** The phase each timeline event name counts for (the first matching event, not its nested ones). */
const PHASES: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  'v8.run': 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
  RasterTask: 'raster',
  'IntersectionObserverController::computeIntersections': 'intersection',
};

/** Milliseconds per phase and thread kind over a trace, and per frame. */
export interface PhaseTotals {
  frames: number;
  /** "main", "workers" (raster), "compositor" or "viz" (the GPU process's), then phase → ms. */
  byThread: Record<string, Record<string, number>>;
}

/** The renderer's threads by name (raster runs on its thread-pool workers here), and the GPU process's compositor. */
function threadKind(name: string | undefined, inRenderer: boolean): string | null {
  if (name === 'VizCompositorThread') return 'viz';
  if (!inRenderer) return null;
  if (name === 'CrRendererMain') return 'main';
  if (name === 'ThreadPoolForegroundWorker' || name?.startsWith('CompositorTileWorker')) return 'workers';
  if (name === 'Compositor') return 'compositor';
  return null;
}

/**
 * Sums `events` (one renderer's trace) into phases per thread kind: each
 * listed event name counts its duration once (an event nested in one of the
 * same phase is not counted again), and each thread's busy time (its
 * top-level tasks) is "busy". `frames` divides nothing; it is carried along.
 */
export function phaseTotals(events: readonly TraceEvent[], frames: number): PhaseTotals {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // The renderer is the process whose main thread did the most work.
  const byThread: Record<string, Record<string, number>> = {};
  const reached = new Map<string, number>();
  const sorted = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const mainWork = new Map<number, number>();
  for (const e of sorted)
    if (names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.name === 'RunTask')
      mainWork.set(e.pid, (mainWork.get(e.pid) ?? 0) + (e.dur ?? 0));
  const renderer = [...mainWork].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const e of sorted) {
    const kind = threadKind(names.get(`${e.pid}:${e.tid}`), e.pid === renderer);
    if (!kind) continue;
    const phase = e.name === 'RunTask' || e.name === 'ThreadPool_RunTask' ? 'busy' : PHASES[e.name];
    if (!phase) continue;
    const key = `${e.tid}:${phase}`;
    if (e.ts < (reached.get(key) ?? -Infinity)) continue;
    reached.set(key, e.ts + (e.dur ?? 0));
    const totals = (byThread[kind] ??= {});
    // Thread time where recorded: what the phase cost on the CPU, not how long the busy machine kept it waiting.
    totals[phase] = (totals[phase] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000;
  }
  return { frames, byThread };
}

/** A table of `totals`: ms per frame of each phase on each thread kind. */
export function formatPhases(label: string, totals: PhaseTotals): string {
  const lines = [`${label}: ${totals.frames} frames, ms per frame`];
  for (const [kind, phases] of Object.entries(totals.byThread)) {
    const cells = Object.entries(phases)
      .sort((a, b) => b[1] - a[1])
      .map(([phase, ms]) => `${phase} ${(ms / Math.max(1, totals.frames)).toFixed(2)}`);
    lines.push(`  ${kind.padEnd(10)} ${cells.join(' · ')}`);
  }
  return lines.join('\n');
}

/**
 * Starts tracing `page`'s browser; the returned function stops, writes
 * `<name>.trace.json` into `dir`, prints the phases per frame over `frames()`
 * frames and returns them.
 */
export async function startTrace(
  page: Page,
  dir: string,
  name: string,
): Promise<(frames: number) => Promise<PhaseTotals>> {
  const browser = page.context().browser();
  if (!browser) throw new Error('tracing needs a launched browser');
  await browser.startTracing(page, { categories: CATEGORIES });
  return async (frames) => {
    const buffer = await browser.stopTracing();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${name}.trace.json`), buffer);
    const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(trace) ? trace : trace.traceEvents;
    const totals = phaseTotals(events, frames);
    console.log(formatPhases(name, totals));
    return totals;
  };
}
