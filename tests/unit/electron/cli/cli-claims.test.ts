/**
 * `hamish export --format claims-csv` (issue 18): writes one row per claim of
 * a real library (the sample article coded with three claims) and says so in
 * English and Arabic; the other formats say how many claims they carried.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers';
import { closeLibraries, parseCsv } from '../../transfer-helpers';
import { codedLibrary } from '../services/export/claims-library';
import { runCli } from './run-cli';

const tempDir = useTempDirs();
afterEach(closeLibraries);

describe('hamish export --format claims-csv', () => {
  it('writes a row per claim and reports the claims, in English and Arabic', async () => {
    const dir = await tempDir();
    const { library, dir: lib } = await codedLibrary(dir);
    await library.close();
    const out = join(dir, 'claims.csv');
    const en = await runCli(['export', '--library', lib, '--format', 'claims-csv', '--out', out]);
    expect(en.stderr).toBe('');
    expect(en.code).toBe(0);
    expect(en.stdout).toBe(`Exported 3 claims of 1 article to ${out}.`);
    const rows = parseCsv((await readFile(out, 'utf8')).replace(/^\uFEFF/u, ''));
    expect(rows).toHaveLength(4);
    expect(rows[0]?.slice(0, 6)).toEqual(['article_id', 'title', 'source', 'date', 'claim_id', 'frame']);

    const ar = await runCli(['export', '--library', lib, '--format', 'w3c', '--out', join(dir, 'x.jsonld')], {
      LANG: 'ar_EG.UTF-8',
    });
    expect(ar.code).toBe(0);
    expect(ar.stdout.split('\n')).toContain('ومعها 3 من المطالبات.');
  });

  it('import-annotations reports the claims it added, then found present, in English and Arabic', async () => {
    const dir = await tempDir();
    const { library, dir: lib } = await codedLibrary(dir);
    await library.close();
    const file = join(dir, 'coded.hamish.json');
    expect((await runCli(['export', '--library', lib, '--format', 'json', '--out', file])).code).toBe(0);
    const target = join(dir, 'target');
    const en = await runCli(['import-annotations', file, '--library', target, '--create']);
    expect(en.stderr).toBe('');
    expect(en.stdout.split('\n')).toContain('Claims: 3 added.');
    const ar = await runCli(['import-annotations', file, '--library', target], { LANG: 'ar_EG.UTF-8' });
    expect(ar.stdout.split('\n')).toContain('المطالبات: 3 مطالبات موجودة من قبل.');
  });
});
