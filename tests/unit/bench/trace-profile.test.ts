/** The B3 trace summary: main-thread phases by self time inside each `bench:` window, and the sampled functions. */

import { describe, expect, it } from 'vitest';
import { windowSummaries, type TraceEvent } from '../../../bench/trace-profile';

const PID = 7;
const MAIN = 1;
const OTHER = 2;
/** A complete event on `tid` from `ts` for `dur` (µs). */
const x = (name: string, ts: number, dur: number, tid = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid: PID,
  tid,
});
const measure = (name: string, id: string, from: number, to: number): TraceEvent[] => [
  { name, ph: 'b', ts: from, pid: PID, tid: MAIN, id },
  { name, ph: 'e', ts: to, pid: PID, tid: MAIN, id },
];

const EVENTS: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ts: 0, pid: PID, tid: MAIN, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: PID, tid: OTHER, args: { name: 'Compositor' } },
  // Run 1 (window 1,000–11,000 µs): a task of 10 ms holding a 4 ms paint and a 3 ms script.
  x('RunTask', 1000, 10_000),
  x('Paint', 2000, 4000),
  x('FunctionCall', 7000, 3000),
  // Another thread's work is not the main thread's.
  x('Paint', 1000, 9000, OTHER),
  ...measure('bench:retag frame', '0x1', 1000, 11_000),
  // Run 2 (window 20,000–25,000 µs): only the first half of a 4 ms layout falls inside it.
  x('Layout', 23_000, 4000),
  ...measure('bench:retag frame', '0x2', 20_000, 25_000),
  // Outside every window.
  x('Paint', 40_000, 5000),
  // Samples at 2, 3 and 33 ms, each weighing the time since the one before: two in run 1 (render ← ReaderView), one outside.
  { name: 'Profile', ph: 'P', ts: 0, pid: PID, tid: MAIN, id: '0x9', args: { data: { startTime: 0 } } },
  {
    name: 'ProfileChunk',
    ph: 'P',
    ts: 0,
    pid: PID,
    tid: MAIN,
    id: '0x9',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 1, callFrame: { functionName: '(root)' } },
            {
              id: 2,
              parent: 1,
              callFrame: { functionName: 'ReaderView', url: 'http://x/index.js', lineNumber: 9 },
            },
            {
              id: 3,
              parent: 2,
              callFrame: { functionName: 'render', url: 'http://x/index.js', lineNumber: 19 },
            },
          ],
          samples: [3, 3, 2],
        },
        timeDeltas: [2000, 1000, 30_000],
      },
    },
  },
];

describe('B3 trace summary', () => {
  const [w] = windowSummaries(EVENTS);

  it('finds each measure named bench:… and sums its runs', () => {
    expect(windowSummaries(EVENTS).map((s) => [s.name, s.runs])).toEqual([['bench:retag frame', 2]]);
    expect(w?.span).toBe(15);
  });

  it('counts main-thread phases by self time, clipped to the windows', () => {
    expect(Object.fromEntries(w?.phases ?? [])).toEqual({ RunTask: 3, Paint: 4, FunctionCall: 3, Layout: 2 });
  });

  it('attributes the samples inside the windows to their function and its callers', () => {
    expect(Object.fromEntries(w?.self ?? [])).toEqual({ 'render index.js:20': 3 });
    expect(w?.total.get('ReaderView index.js:10')).toBe(3);
  });
});
