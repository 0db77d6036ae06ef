/** Medians, percentiles, the printed table and the JSON results file of a benchmark run. */

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type } from 'node:os';
import { join } from 'node:path';

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export interface Row {
  id: string;
  scenario: string;
  /** What was timed (e.g. "script", "to frame", "per edit"). */
  metric: string;
  unit: 'ms' | 'MB' | '%';
  median: number;
  p95: number;
  runs: number;
  target?: string;
  baseline?: { name: string; median: number };
}

export function row(
  id: string,
  scenario: string,
  metric: string,
  samples: readonly number[],
  extra: Partial<Pick<Row, 'unit' | 'target' | 'baseline'>> = {},
): Row {
  return {
    id,
    scenario,
    metric,
    unit: extra.unit ?? 'ms',
    median: median(samples),
    p95: percentile(samples, 95),
    runs: samples.length,
    ...(extra.target ? { target: extra.target } : {}),
    ...(extra.baseline ? { baseline: extra.baseline } : {}),
  };
}

const fmt = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(2)) : '—');

/** The machine a run is on (CPU, cores, memory, OS, Node, load averages now), with `extra`. */
export function machine(extra: Record<string, string> = {}) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: type(),
    node: process.version,
    /** 1, 5 and 15-minute load averages when the results are written (a shared machine inflates every time). */
    loadAverage: loadavg().map((load) => Number(load.toFixed(1))),
    ...extra,
  };
}

/**
 * How our median compares with the baseline's (both in the same unit, ms):
 * "N× faster" or "N× slower" (never a ratio below 1 called faster), and a
 * sentence instead of a ratio when either side is zero or not a number.
 */
export function comparison(baselineMedian: number, ourMedian: number): string {
  if (!Number.isFinite(baselineMedian) || !Number.isFinite(ourMedian))
    return 'no comparison (no measurement)';
  if (baselineMedian <= 0 && ourMedian <= 0) return 'no comparison (both below timer resolution)';
  if (ourMedian <= 0) return 'faster (ours below timer resolution)';
  if (baselineMedian <= 0) return 'slower (baseline below timer resolution)';
  const ratio = baselineMedian / ourMedian;
  return ratio >= 1 ? `${fmt(ratio)}× faster` : `${fmt(1 / ratio)}× slower`;
}

/** Prints the table and writes bench/results/<name>-<timestamp>.json. */
export function report(name: string, rows: Row[], info: Record<string, unknown>): string {
  const lines = [
    `\n${name} — ${JSON.stringify(info)}`,
    'id   | scenario | metric | median | p95 | runs | baseline (median) | ratio | target',
    ...rows.map((r) =>
      [
        r.id,
        r.scenario,
        r.metric,
        `${fmt(r.median)} ${r.unit}`,
        `${fmt(r.p95)} ${r.unit}`,
        r.runs,
        r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.median)} ${r.unit}` : '—',
        r.baseline && r.unit === 'ms' ? comparison(r.baseline.median, r.median) : '—',
        r.target ?? '—',
      ].join(' | '),
    ),
  ];
  console.log(lines.join('\n'));
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ name, info, rows }, null, 2));
  return file;
}
