/** Count axes tick at whole numbers only, from 0 past the largest count. */

import { describe, expect, it } from 'vitest';
import { countTicks } from '../../../../renderer/src/analysis/count-axis';

describe('countTicks', () => {
  it('ticks 0, 1, 2… for small counts (never 0.1 or 0.5)', () => {
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0)).toEqual([0, 1]);
  });
  it('steps 1, 2 or 5 × 10ⁿ for larger counts, all whole, reaching the largest', () => {
    for (const most of [7, 13, 48, 99, 101, 2500, 99_999]) {
      const ticks = countTicks(most);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks[0]).toBe(0);
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
      expect(String(step)).toMatch(/^[125]0*$/);
      expect((ticks.at(-1) ?? 0) + step).toBeGreaterThan(most);
      expect(ticks.length).toBeLessThanOrEqual(11);
    }
  });
});
