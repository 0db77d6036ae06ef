/**
 * @vitest-environment node
 * Chart exports are checked before any dialog opens and written as chosen:
 * real files in a temp folder, real PNG bytes, Arabic CSV with a BOM.
 */

import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveChartFile } from '../../../../../electron/services/analysis/chart-file';
import { chartFileSchema } from '../../../../../shared/schema/chart-export-schema';

// A real 1×1 PNG.
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-chart-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('saveChartFile', () => {
  const asked: string[] = [];
  const choose = (name: string) => {
    asked.push(name);
    return Promise.resolve(join(dir, name));
  };

  it('writes a PNG as its bytes, an SVG and a CSV as UTF-8 (CSV with a BOM)', async () => {
    asked.length = 0;
    await saveChartFile({ kind: 'png', name: 'frequencies', content: PNG_1X1 }, choose);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>مطالب</text></svg>';
    await saveChartFile({ kind: 'svg', name: 'frequencies', content: svg }, choose);
    const saved = await saveChartFile(
      { kind: 'csv', name: 'الجدول', content: 'key,count\nفاعل,3\n' },
      choose,
    );
    expect(asked).toEqual(['frequencies.png', 'frequencies.svg', 'الجدول.csv']);
    expect(saved).toEqual({ path: join(dir, 'الجدول.csv') });
    expect(await readFile(join(dir, 'frequencies.png'))).toEqual(Buffer.from(PNG_1X1, 'base64'));
    expect(await readFile(join(dir, 'frequencies.svg'), 'utf8')).toBe(svg);
    expect(await readFile(join(dir, 'الجدول.csv'), 'utf8')).toBe('\ufeffkey,count\nفاعل,3\n');
  });

  it('refuses content that is not of its kind before asking where, and writes nothing', async () => {
    asked.length = 0;
    const bad = [
      { kind: 'png', name: 'x', content: Buffer.from('GIF89a not a png').toString('base64') },
      { kind: 'png', name: 'x', content: 'not base64 at all!' },
      { kind: 'svg', name: 'x', content: '<html><script>alert(1)</script></html>' },
    ] as const;
    for (const file of bad) {
      await expect(saveChartFile(file, choose)).rejects.toMatchObject({ code: 'invalid-argument' });
    }
    expect(asked).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes nothing when the user cancels', async () => {
    expect(
      await saveChartFile({ kind: 'csv', name: 'x', content: 'a' }, () => Promise.resolve(null)),
    ).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('the schema refuses names with path separators', () => {
    expect(chartFileSchema.safeParse({ kind: 'csv', name: '../evil', content: 'a' }).success).toBe(false);
    expect(chartFileSchema.safeParse({ kind: 'csv', name: 'a\\b', content: 'a' }).success).toBe(false);
    expect(chartFileSchema.safeParse({ kind: 'csv', name: 'تكرارات', content: 'a' }).success).toBe(true);
  });
});
