/** The frame trace's phase sums: each phase counted once per thread, the renderer picked by its main thread's work. */

import { describe, expect, it } from 'vitest';
import { formatPhases, phaseTotals, type TraceEvent } from '../../../bench/frame-trace';

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name },
});
const x = (pid: number, tid: number, name: string, ts: number, dur: number, tdur?: number): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
  pid,
  tid,
});

describe('phaseTotals', () => {
  const events: TraceEvent[] = [
    meta(1, 10, 'CrRendererMain'),
    meta(1, 11, 'ThreadPoolForegroundWorker'),
    meta(1, 12, 'Compositor'),
    meta(2, 20, 'CrRendererMain'),
    meta(3, 30, 'VizCompositorThread'),
    // The article's renderer: one 10 ms task holding a 6 ms paint with a nested paint of 2 ms.
    x(1, 10, 'RunTask', 0, 10_000, 9_000),
    x(1, 10, 'Paint', 1_000, 6_000, 5_000),
    x(1, 10, 'Paint', 2_000, 2_000, 2_000),
    x(1, 10, 'FunctionCall', 7_000, 1_000),
    x(1, 11, 'ThreadPool_RunTask', 0, 4_000),
    x(1, 11, 'RasterTask', 500, 3_000),
    x(1, 12, 'RunTask', 0, 1_000),
    // Another renderer (an idle tab) with less work is left out; the GPU process's compositor is kept.
    x(2, 20, 'RunTask', 0, 1_000),
    x(2, 20, 'Paint', 0, 900),
    x(3, 30, 'RunTask', 0, 2_000),
  ];

  it('sums thread time per phase, nested events of a phase once, on each kind of thread', () => {
    const totals = phaseTotals(events, 2);
    expect(totals.frames).toBe(2);
    expect(totals.byThread).toEqual({
      main: { busy: 9, paint: 5, script: 1 },
      workers: { busy: 4, raster: 3 },
      compositor: { busy: 1 },
      viz: { busy: 2 },
    });
  });

  it('prints ms per frame', () => {
    const text = formatPhases('B4', phaseTotals(events, 2));
    expect(text).toContain('B4: 2 frames, ms per frame');
    expect(text).toContain('main       busy 4.50 · paint 2.50 · script 0.50');
    expect(text).toContain('workers    busy 2.00 · raster 1.50');
  });
});
