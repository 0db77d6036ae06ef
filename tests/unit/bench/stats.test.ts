/** The benchmark table's comparison column says "slower" when slower, and never prints "0.00×" or "—×". */

import { describe, expect, it } from 'vitest';
import { comparison } from '../../../bench/stats';

describe('comparison', () => {
  it('says faster or slower with a ratio of at least 1', () => {
    expect(comparison(537, 18)).toBe('29.83× faster');
    expect(comparison(2, 1)).toBe('2.00× faster');
    expect(comparison(1, 1)).toBe('1.00× faster');
    expect(comparison(18, 537)).toBe('29.83× slower');
    expect(comparison(0.001, 5)).toBe('5000× slower');
  });

  it('says so in words when a median is zero or missing, never "0.00×" or "—×"', () => {
    expect(comparison(3, 0)).toBe('faster (ours below timer resolution)');
    expect(comparison(0, 3)).toBe('slower (baseline below timer resolution)');
    expect(comparison(0, 0)).toBe('no comparison (both below timer resolution)');
    expect(comparison(Number.NaN, 3)).toBe('no comparison (no measurement)');
    for (const [a, b] of [
      [0.001, 5],
      [5, 0.001],
      [0, 1],
      [1, 0],
    ] as const) {
      expect(comparison(a, b)).not.toMatch(/0\.00×|—×/u);
    }
  });
});
