/**
 * A Playwright reporter for `npm run bench`: at the end it prints how long the
 * whole run (since the runner started) and each benchmark file and test took
 * (wall clock from the previous test's end, so setup hooks count; a file's
 * total is its tests'), and whether the run fitted issue 17's 20-minute
 * budget, and writes the same to bench/results/durations-<time>.json.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { machine } from './stats';

/**
 * One test's duration: its file, its title, its outcome and the wall-clock
 * time (ms) from the end of the test before it (or the runner's start) to its
 * own end, so its file's beforeAll hooks (a library generated, an index
 * built), which Playwright leaves out of a test's own duration, are counted.
 */
export interface TestDuration {
  file: string;
  title: string;
  ms: number;
  status: string;
}

/** A run's durations: the whole run and each file's total (ms), files in the order they ran. */
export interface DurationSummary {
  totalMs: number;
  files: { file: string; ms: number; tests: TestDuration[] }[];
}

/** Groups `tests` by file, in the order the files first appear, with each file's total. */
export function summariseDurations(totalMs: number, tests: readonly TestDuration[]): DurationSummary {
  const files = new Map<string, TestDuration[]>();
  for (const test of tests) files.set(test.file, [...(files.get(test.file) ?? []), test]);
  return {
    totalMs,
    files: [...files].map(([file, list]) => ({
      file,
      ms: list.reduce((sum, t) => sum + t.ms, 0),
      tests: list,
    })),
  };
}

/** Issue 17's budget for a whole `npm run bench` (ms): "stays under 20 minutes". */
export const BENCH_BUDGET_MS = 20 * 60_000;

/** Whether a run of `totalMs` fitted `budgetMs` (strictly under it), and by how much (ms; negative when over). */
export function budgetVerdict(totalMs: number, budgetMs: number = BENCH_BUDGET_MS) {
  return { budgetMs, fitted: totalMs < budgetMs, marginMs: budgetMs - totalMs };
}

/** The budget line: "budget 20 min: fitted, 4 min 30 s to spare" or "budget 20 min: OVER by 2 min 05 s". */
export function budgetLine(totalMs: number, budgetMs: number = BENCH_BUDGET_MS): string {
  const { fitted, marginMs } = budgetVerdict(totalMs, budgetMs);
  const budget = `budget ${minutes(budgetMs)}`;
  return fitted
    ? `${budget}: fitted, ${minutes(marginMs)} to spare`
    : `${budget}: OVER by ${minutes(-marginMs)}`;
}

/** Minutes and seconds ("12 min 05 s"; "42 s" under a minute). */
export function minutes(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m === 0 ? `${s} s` : `${m} min ${String(s).padStart(2, '0')} s`;
}

/** The printed summary: the total and the budget line first, then each file and its tests, longest file first. */
export function durationLines(summary: DurationSummary): string[] {
  const lines = [
    `\nbench durations — whole run ${minutes(summary.totalMs)}`,
    `  ${budgetLine(summary.totalMs)}`,
  ];
  for (const file of [...summary.files].sort((a, b) => b.ms - a.ms)) {
    lines.push(`  ${minutes(file.ms).padStart(12)}  ${file.file}`);
    for (const test of file.tests)
      lines.push(
        `  ${minutes(test.ms).padStart(12)}    ${test.title}${test.status === 'passed' ? '' : ` (${test.status})`}`,
      );
  }
  return lines;
}

export default class DurationReporter implements Reporter {
  private readonly tests: TestDuration[] = [];
  /** When the last test ended (ms since the runner started). */
  private last = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    const now = process.uptime() * 1000;
    this.tests.push({
      file: basename(test.location.file),
      title: test.title,
      ms: now - this.last,
      status: result.status,
    });
    this.last = now;
  }

  onEnd(result: FullResult): void {
    // From the runner's start, so loading and compiling the bench files count too (not `npm run build` before it).
    const summary = summariseDurations(process.uptime() * 1000, this.tests);
    console.log(durationLines(summary).join('\n'));
    const dir = join(import.meta.dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `durations-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    // Shaped as the other results files (stats.ts `report`), with no rows: bench:table reads it with them.
    const info = { ...machine(), status: result.status, ...budgetVerdict(summary.totalMs), ...summary };
    writeFileSync(file, JSON.stringify({ name: 'durations', info, rows: [] }, null, 2));
  }

  printsToStdio(): boolean {
    return false;
  }
}
