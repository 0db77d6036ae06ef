/**
 * README's Performance table, made from the results files of one full
 * `npm run bench` (bench/results/<name>-<timestamp>.json, the newest full-size
 * file of each benchmark): one row per measured figure that has a target, with
 * its median (p95), the same run's baseline and whether the target is met,
 * judged from the target's own words ("≤ 5 ms", "p95 ≤ 20 ms", "≤ 1.25× no
 * edit", "≥ 95 %"…). `npm run bench:table` prints it; with --write it replaces
 * the table between README's `<!-- bench-table -->` markers.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Row } from './stats';

/** One results file as stats.ts writes it. */
export interface ResultsFile {
  name: string;
  info: Record<string, unknown>;
  rows: Row[];
}

/** Whether a target is met: true, false, or null when its words set no checkable bound ("report"). */
export type Verdict = boolean | null;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000 };

/**
 * Judges `row` against one clause of its target: `[p95 ]≤|≥ N unit[ median|p95| words]`, with unit
 * ms, s, MB, % or × (a ratio to the row's same-run baseline median). A bare "N %" means ≥ N %.
 * Returns null for a clause with no bound.
 */
export function judgeClause(row: Row, clause: string): Verdict {
  const text = clause.trim();
  const bare = /^([\d.]+) ?%$/u.exec(text);
  if (bare) return row.median >= Number(bare[1]);
  const m = /^(p95 )?(≤|≥) ?([\d.]+) ?(ms|s|MB|%|×)(?: (median|p95))?/u.exec(text);
  if (!m) return null;
  const [, p95Before, sign, amount, unit, which] = m;
  const use = p95Before || which === 'p95' ? row.p95 : row.median;
  let value = use;
  let bound = Number(amount);
  if (unit === '×') {
    if (!row.baseline?.median) return null;
    value = use / row.baseline.median;
  } else if (unit === 'ms' || unit === 's') {
    if (row.unit !== 'ms') return null;
    bound *= UNIT_MS[unit] ?? 1;
  } else if (unit !== row.unit) {
    return null;
  }
  return sign === '≤' ? value <= bound : value >= bound;
}

/** The verdict of a whole target: every checkable clause (split at commas) must hold; null if none is checkable. */
export function judge(row: Row): Verdict {
  if (!row.target) return null;
  const verdicts = row.target
    .split(',')
    .map((clause) => judgeClause(row, clause))
    .filter((v) => v !== null);
  return verdicts.length === 0 ? null : verdicts.every(Boolean);
}

const number = (n: number): string =>
  !Number.isFinite(n)
    ? '—'
    : n >= 100
      ? Math.round(n).toLocaleString('en-US')
      : n >= 10
        ? n.toFixed(1)
        : n.toFixed(2);

const amount = (n: number, unit: string): string =>
  unit === 'ms' && n >= 10_000 ? `${number(n / 1000)} s` : `${number(n)} ${unit}`;

/** One markdown row: id, scenario — metric, median (p95), baseline, target with ✓ / ✗ (— when not checkable). */
export function tableRow(row: Row): string {
  const verdict = judge(row);
  const mark = verdict === null ? '' : verdict ? ' ✓' : ' ✗';
  const measured =
    row.median === row.p95
      ? amount(row.median, row.unit)
      : `${amount(row.median, row.unit)} (p95 ${amount(row.p95, row.unit)})`;
  const baseline = row.baseline ? `${row.baseline.name}: ${amount(row.baseline.median, row.unit)}` : '—';
  const cells = [row.id, `${row.scenario} — ${row.metric}`, measured, baseline, `${row.target ?? ''}${mark}`];
  return `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
}

/** Sort key of an id: B1 < B2 < … < B13, then E1. */
const idOrder = (id: string): number =>
  (id.startsWith('E') ? 1000 : 0) + Number(id.replace(/^\D+/u, '') || 0);

/** The line under the table: which results files (benchmark and time) and on what machine. */
export function provenance(files: readonly ResultsFile[], written: readonly string[]): string {
  const text = (value: unknown): string =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const info = files[0]?.info ?? {};
  const machine = [
    text(info['cpu']),
    text(info['cores']) && `${text(info['cores'])} cores`,
    text(info['memoryGiB']) && `${text(info['memoryGiB'])} GiB`,
    text(info['node']) && `Node ${text(info['node'])}`,
  ]
    .filter(Boolean)
    .join(', ');
  const chromium = files.map((f) => text(f.info['chromium'])).find(Boolean);
  const times = [...written].sort();
  const span = times.length > 0 ? `${times[0] ?? ''} to ${times.at(-1) ?? ''}` : 'no results';
  return `Made by \`npm run bench:table\` from the results files of one \`npm run bench\` (written ${span} UTC); ${machine}${chromium ? `, Chromium ${chromium}` : ''}.`;
}

/** The table (header and rows with a target, by id, in each file's own order) of `files`. */
export function resultsTable(files: readonly ResultsFile[]): string {
  const rows = files
    .flatMap((file) => file.rows)
    .filter((row) => row.target)
    .map((row, index) => ({ row, index }))
    .sort((a, b) => idOrder(a.row.id) - idOrder(b.row.id) || a.index - b.index)
    .map(({ row }) => tableRow(row));
  return [
    '| Id | Scenario — what was timed | Hamish, median (p95) | Baseline, same run | Target |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/**
 * The newest full-size (not "-small") results file of each benchmark in `dir`,
 * with the time each was written (from its name: 2026-12-01T03-33-57-279Z → 2026-12-01 03:33).
 */
export function newestResults(dir: string): { files: ResultsFile[]; written: string[] } {
  const newest = new Map<string, { file: string; stamp: string }>();
  for (const file of readdirSync(dir).sort()) {
    const m = /^(.+?)-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)[\d-]*Z\.json$/u.exec(file);
    if (!m?.[1] || m[1].endsWith('-small')) continue;
    newest.set(m[1], { file, stamp: `${m[2] ?? ''} ${m[3] ?? ''}:${m[4] ?? ''}` }); // sorted: the last is the newest
  }
  const found = [...newest.values()];
  return {
    files: found.map(({ file }) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as ResultsFile),
    written: found.map(({ stamp }) => stamp),
  };
}

/** `text` with the part between `<!-- bench-table -->` and `<!-- /bench-table -->` replaced by `table`. */
export function replaceTable(text: string, table: string): string {
  const open = '<!-- bench-table -->';
  const close = '<!-- /bench-table -->';
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`README.md has no ${open} … ${close} markers`);
  return `${text.slice(0, start + open.length)}\n\n${table}\n\n${text.slice(end)}`;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const root = join(import.meta.dirname, '..');
  const { files, written } = newestResults(join(import.meta.dirname, 'results'));
  const table = `${resultsTable(files)}\n\n${provenance(files, written)}`;
  if (process.argv.includes('--write')) {
    const readme = join(root, 'README.md');
    writeFileSync(readme, replaceTable(readFileSync(readme, 'utf8'), table));
  } else {
    console.log(table);
  }
}
