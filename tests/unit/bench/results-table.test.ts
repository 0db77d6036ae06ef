/**
 * README's Performance table from the results files (bench/results-table.ts):
 * each target's words judged against the figure they bound (median or p95,
 * ms or s, a ratio to the same run's baseline, a percentage), the newest
 * full-size file of each benchmark chosen, and the README part between its
 * markers replaced, nothing else.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge, newestResults, replaceTable, resultsTable, tableRow } from '../../../bench/results-table';
import type { Row } from '../../../bench/stats';
import { useTempDirs } from '../helpers';

const tempDir = useTempDirs();

const base: Row = {
  id: 'B5',
  scenario: 'one edit',
  metric: 'to durable',
  unit: 'ms',
  median: 2.4,
  p95: 4.1,
  runs: 7,
};

describe('the Performance table', () => {
  it('judges each kind of target from its words', () => {
    expect(judge({ ...base, target: '≤ 5 ms' })).toBe(true);
    expect(judge({ ...base, target: '≤ 2 ms median, ≤ 10 ms p95' })).toBe(false);
    expect(judge({ ...base, median: 1.9, target: '≤ 2 ms median, ≤ 10 ms p95' })).toBe(true);
    expect(judge({ ...base, median: 1.9, p95: 11, target: '≤ 2 ms median, ≤ 10 ms p95' })).toBe(false);
    expect(judge({ ...base, p95: 21, target: 'p95 ≤ 20 ms' })).toBe(false);
    expect(judge({ ...base, median: 9_000, p95: 9_500, target: '≤ 10 s' })).toBe(true);
    expect(judge({ ...base, median: 10_500, target: '≤ 10 s' })).toBe(false);
    const frame = { ...base, median: 20, baseline: { name: 'no edit', median: 16.7 } };
    expect(judge({ ...frame, target: '≤ 1.25× no edit' })).toBe(true);
    expect(judge({ ...frame, median: 21, target: '≤ 1.25× no edit' })).toBe(false);
    expect(judge({ ...base, unit: '%', median: 100, p95: 100, target: '100 %' })).toBe(true);
    expect(judge({ ...base, unit: '%', median: 99.6, p95: 99.6, target: '100 %' })).toBe(false);
    expect(
      judge({ ...base, unit: '%', median: 95.99, p95: 95.99, target: '≥ 95 %, never below Readability' }),
    ).toBe(true);
    // Words that set no checkable bound are shown without a verdict.
    expect(judge({ ...base, unit: 'MB', target: 'report' })).toBeNull();
    expect(judge({ ...base, target: '≤ 1.15× without highlights' })).toBeNull(); // no baseline to divide by
    expect(tableRow({ ...base, unit: 'MB', target: 'report' })).toMatch(/\| report \|$/u);
  });

  it('shows median (p95), the baseline, the target with ✓ or ✗, seconds from 10 s, and sorts by id', () => {
    const table = resultsTable([
      {
        name: 'x',
        info: {},
        rows: [
          {
            ...base,
            id: 'B11',
            median: 4_480,
            p95: 4_730,
            target: '≤ 10 s',
            baseline: { name: 'copy', median: 780 },
          },
          { ...base, id: 'E1', unit: '%', median: 95.99, p95: 95.99, target: '≥ 95 %' },
          { ...base, id: 'B5', target: '≤ 2 ms median' },
          { ...base, id: 'B5', metric: 'untargeted' },
        ],
      },
    ]).split('\n');
    expect(table.slice(2)).toEqual([
      '| B5 | one edit — to durable | 2.40 ms (p95 4.10 ms) | — | ≤ 2 ms median ✗ |',
      '| B11 | one edit — to durable | 4,480 ms (p95 4,730 ms) | copy: 780 ms | ≤ 10 s ✓ |',
      '| E1 | one edit — to durable | 96.0 % | — | ≥ 95 % ✓ |',
    ]);
  });

  it('takes the newest full-size file of each benchmark and replaces only the marked part of README', async () => {
    const dir = await tempDir();
    const file = (median: number) =>
      JSON.stringify({ name: 's', info: {}, rows: [{ ...base, median, target: '≤ 5 ms' }] });
    await writeFile(join(dir, 'storage-2026-12-01T02-54-45-092Z.json'), file(3));
    await writeFile(join(dir, 'storage-2026-12-01T04-10-00-000Z.json'), file(1));
    await writeFile(join(dir, 'storage-small-2026-12-01T05-00-00-000Z.json'), file(99));
    const { files, written } = newestResults(dir);
    expect(files.map((f) => f.rows[0]?.median)).toEqual([1]);
    expect(written).toEqual(['2026-12-01 04:10']);
    const readme = 'intro\n<!-- bench-table -->\nold table\n<!-- /bench-table -->\nafter\n';
    expect(replaceTable(readme, 'NEW')).toBe(
      'intro\n<!-- bench-table -->\n\nNEW\n\n<!-- /bench-table -->\nafter\n',
    );
    expect(() => replaceTable('no markers', 'NEW')).toThrow(/markers/u);
  });
});
