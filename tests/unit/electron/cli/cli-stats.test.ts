/**
 * `hamish stats` over a real library with known annotations: the counts by
 * tag, actor × demand and over time it prints as JSON, CSV and tables (in
 * Arabic too) against counts the test works out itself from what it
 * placed; filters; CSV made safe for spreadsheets; usage errors (exit 2)
 * worded in the CLI's language.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../electron/services/library/library';
import type { FrequenciesResult, TimelineResult } from '../../../../shared/analysis-types';
import { useTempDirs } from '../../helpers';
import { expectedMatrix } from '../services/analysis/analysis-expected';
import { knownLibrary, sentenceStart, type Placed } from '../services/analysis/analysis-library';
import { runCli } from './run-cli';

const tempDir = useTempDirs();

const countBy = (items: readonly Placed[], key: (p: Placed) => string) => {
  const out: Record<string, number> = {};
  for (const p of items) out[key(p)] = (out[key(p)] ?? 0) + 1;
  return out;
};

/** Parses the CSV the command printed (no field here holds a comma or a quote). */
const csvRows = (stdout: string) =>
  stdout
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .map((l) => l.split(','));

describe('hamish stats', () => {
  it('prints counts by tag, actor × demand and week that match the placed annotations', async () => {
    const known = await knownLibrary(await tempDir());
    await known.library.close();
    const lib = join(known.dir, 'library');
    const live = known.placed.filter((p) => p.articleId !== known.trashedId);

    const json = await runCli(['stats', '--library', lib, '--by', 'tag', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const byTag = JSON.parse(json.stdout) as FrequenciesResult;
    expect(Object.fromEntries(byTag.rows.map((r) => [r.key, r.count]))).toEqual(countBy(live, (p) => p.tag));

    const source = 'العربية';
    const csv = await runCli([
      'stats',
      '--library',
      lib,
      '--by',
      'tag',
      '--format',
      'csv',
      '--source',
      source,
    ]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFkey,label,count,articles\r\n')).toBe(true);
    const fromArabiya = live.filter((p) => known.metas.get(p.articleId)?.source === source);
    const rows = csvRows(csv.stdout).slice(1);
    expect(Object.fromEntries(rows.map((r) => [r[0], Number(r[2])]))).toEqual(
      countBy(fromArabiya, (p) => p.tag),
    );
    expect(rows.find((r) => r[0] === 'demand.aid')?.[1]).toBe('Demand / Humanitarian aid');

    const matrix = await runCli(['stats', '--library', lib, '--by', 'actor-demand', '--format', 'csv']);
    const [head, ...lines] = csvRows(matrix.stdout);
    const expected = expectedMatrix(live, (p) => sentenceStart(p.text, p.start));
    const witkoff = lines.find((l) => l[1] === known.entities.W) ?? [];
    expect(witkoff[0]).toBe('Steve Witkoff');
    for (const [i, tag] of (head ?? []).entries()) {
      if (!tag.startsWith('demand')) continue;
      expect(Number(witkoff[i]), tag).toBe(expected.get(`e:${known.entities.W} ${tag}`) ?? 0);
    }

    const week = await runCli(['stats', '--library', lib, '--by', 'week', '--lang', 'ar']);
    expect(week.code).toBe(0);
    const table = week.stdout.split('\n').map((l) => l.split('\t'));
    expect(table.map((r) => r[0])).toEqual(['bucket', '2026-W10', '2026-W11', 'بلا تاريخ']);
    expect(table[0]?.[2]).toMatch(/^مطلب \/ /u);
    const undatedDemands = live.filter(
      (p) => p.tag.startsWith('demand') && known.metas.get(p.articleId)?.date === '',
    );
    expect(Number(table[3]?.at(-1))).toBe(undatedDemands.length);

    const month = await runCli([
      'stats',
      '--library',
      lib,
      '--by',
      'month',
      '--stack',
      'event',
      '--from',
      '2026-03-01',
      '--to',
      '2026-04-30',
      '--json',
    ]);
    const timeline = JSON.parse(month.stdout) as TimelineResult;
    expect(timeline.buckets.map((b) => [b.key, b.total])).toEqual([
      [
        '2026-03',
        live.filter((p) => p.tag.startsWith('event') && known.metas.get(p.articleId)?.date !== '').length,
      ],
      ['2026-04', 0],
    ]);
  });

  it('refuses a bad --by, --format or date with exit 2 and says why in the CLI language', async () => {
    const dir = join(await tempDir(), 'library');
    await (await Library.open(dir, { dailyBackup: false })).close();
    const bad = await runCli(['stats', '--library', dir, '--by', 'pie']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"pie" is not a value of --by');
    const date = await runCli(['stats', '--library', dir, '--from', '2026-02-30', '--lang', 'ar']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('ليس تاريخًا');
    const reversed = await runCli(['stats', '--library', dir, '--from', '2026-03-01', '--to', '2026-01-01']);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr.split('\n')[0]).toBe(
      '--from is after --to (2026-03-01 … 2026-01-01): give the earlier date first.',
    );
    expect(reversed.stdout).toBe('');
    const format = await runCli(['stats', '--library', dir, '--format', 'xlsx', '--json']);
    expect(format.code).toBe(2);
    expect((JSON.parse(format.stderr) as { error: { params: unknown } }).error.params).toMatchObject({
      kind: 'bad-choice',
      name: 'format',
      value: 'xlsx',
    });
  });

  it('writes labels a spreadsheet would run as formulas as plain text', async () => {
    const dir = join(await tempDir(), 'library');
    const library = await Library.open(dir, { dailyBackup: false });
    const id = (
      await library.addArticle({ title: 'بيان', text: 'طالبت حماس بوقف إطلاق النار.', language: 'ar' })
    ).id;
    const entity = await library.saveEntity({
      name: { ar: '=HYPERLINK("x")', en: '=1+1' },
      kind: 'organisation',
      aliases: [],
    });
    await library.createAnnotation({ articleId: id, start: 6, end: 10, tag: 'actor', entityId: entity.id });
    await library.close();
    const csv = await runCli(['stats', '--library', dir, '--by', 'entity', '--format', 'csv']);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toContain(`${entity.id},'=1+1,1,1`);
  });
});
