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
    let turns = 0;
    setImmediate(() => turns++);
    const slices = new Slicer(20);
    expect(slices.due).toBe(false);
    const until = performance.now() + 25;
    while (performance.now() < until) {
      // busy: a slice of work
    }
    expect(slices.due).toBe(true);
    expect(turns).toBe(0);
    await slices.next();
    expect(turns).toBe(1);
    expect(slices.due).toBe(false);
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
