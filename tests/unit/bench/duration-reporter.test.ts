/** The bench's duration summary: each file's total from its tests, in run order, printed longest first. */

import { describe, expect, it } from 'vitest';
import {
  BENCH_BUDGET_MS,
  budgetLine,
  budgetVerdict,
  durationLines,
  minutes,
  summariseDurations,
} from '../../../bench/duration-reporter';

const TESTS = [
  { file: 'search.bench.ts', title: 'B8: build', ms: 90_000, status: 'passed' },
  { file: 'storage.bench.ts', title: 'B5: edit', ms: 20_000, status: 'passed' },
  { file: 'search.bench.ts', title: 'B7: search', ms: 30_500, status: 'failed' },
];

describe('bench durations', () => {
  it('totals each file from its tests, files in the order they first ran', () => {
    const summary = summariseDurations(150_000, TESTS);
    expect(summary.totalMs).toBe(150_000);
    expect(summary.files.map((f) => [f.file, f.ms, f.tests.length])).toEqual([
      ['search.bench.ts', 120_500, 2],
      ['storage.bench.ts', 20_000, 1],
    ]);
  });

  it('writes minutes and seconds', () => {
    expect(minutes(42_400)).toBe('42 s');
    expect(minutes(725_000)).toBe('12 min 05 s');
    expect(minutes(1_200_000)).toBe('20 min 00 s');
  });

  it('prints the whole run, then the longest file first with its tests and any that did not pass', () => {
    const lines = durationLines(summariseDurations(1_230_000, TESTS));
    expect(lines[0]).toBe('\nbench durations — whole run 20 min 30 s');
    expect(lines[1]?.trim()).toBe('budget 20 min 00 s: OVER by 30 s');
    expect(lines.slice(2).map((l) => l.trim())).toEqual([
      '2 min 01 s  search.bench.ts',
      '1 min 30 s    B8: build',
      '31 s    B7: search (failed)',
      '20 s  storage.bench.ts',
      '20 s    B5: edit',
    ]);
  });

  it("holds a run to issue 17's 20-minute budget: under it fits, at or over it does not", () => {
    expect(BENCH_BUDGET_MS).toBe(1_200_000);
    expect(budgetVerdict(870_000)).toEqual({ budgetMs: 1_200_000, fitted: true, marginMs: 330_000 });
    expect(budgetVerdict(1_200_000).fitted).toBe(false);
    expect(budgetVerdict(2_250_000)).toEqual({ budgetMs: 1_200_000, fitted: false, marginMs: -1_050_000 });
    expect(budgetLine(870_000)).toBe('budget 20 min 00 s: fitted, 5 min 30 s to spare');
    expect(budgetLine(2_250_000)).toBe('budget 20 min 00 s: OVER by 17 min 30 s');
    expect(budgetLine(100_000, 60_000)).toBe('budget 1 min 00 s: OVER by 40 s');
  });
});
