/**
 * @vitest-environment node
 * slicer.ts: a loop sliced with Slicer lets the event loop turn while it
 * works, and distinctInSlices gives the same set, in first-seen order, as
 * one `new Set` over the lists would.
 */

import { describe, expect, it } from 'vitest';
import { distinctInSlices, Slicer } from '../../../../../electron/services/storage/slicer';

describe('Slicer', () => {
  it('lets the event loop turn once a slice is used up, not before', async () => {
    // The test's own clock: under load the machine may stop this process for more than a slice
    // between two lines (real time made `due` true before the first check, 1 run in 400 at load 20).
    let clock = 1_000;
    let turns = 0;
    setImmediate(() => turns++);
    const slices = new Slicer(20, () => clock);
    expect(slices.due).toBe(false);
    clock += 20; // a slice's worth exactly: not yet used up
    expect(slices.due).toBe(false);
    clock += 5; // busy: a slice of work and more
    expect(slices.due).toBe(true);
    expect(turns).toBe(0);
    await slices.next();
    expect(turns).toBe(1);
    expect(slices.due).toBe(false);
    clock += 21;
    expect(slices.due).toBe(true);
  });

  it('measures in real time by default', async () => {
    const slices = new Slicer(1);
    const until = performance.now() + 5;
    while (performance.now() < until) {
      // busy: past the slice, whatever the load (the clock only moves forward)
    }
    expect(slices.due).toBe(true);
    await slices.next();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(slices.due).toBe(true);
  });
});

describe('distinctInSlices', () => {
  it('is new Set over the lists, in first-seen order', async () => {
    const ids = Array.from({ length: 30_000 }, (_, i) => `مقال-${i % 12_345}`);
    const more = ['أول', 'مقال-3', 'ثان', 'أول'];
    expect([...(await distinctInSlices([ids, more]))]).toEqual([...new Set([...ids, ...more])]);
    expect([...(await distinctInSlices([]))]).toEqual([]);
  });
});
