/**
 * `hamish export --format qdpx|qdc` and `hamish import-annotations FILE
 * --from qdpx`, in-process with real libraries: the export validates against
 * the REFI-QDA schemas and a codebook's summary counts its codes (English
 * and Arabic); an import whose codes match no tag is refused (in
 * the user's language, nothing written) until --new-tags or --map says what
 * to do; bad --from and --map values are usage errors.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../electron/services/library/library';
import { DEFAULT_TAXONOMY, listTags } from '../../../../shared/taxonomy';
import { useTempDirs } from '../../helpers';
import { snapshot } from '../../transfer-helpers';
import { REFI_DIR, refiLibrary, unpack, xmllint } from '../services/exchange/refi/refi-library';
import { runCli } from './run-cli';

const tempDir = useTempDirs();
const ATLAS = join(REFI_DIR, 'samples', 'atlas-codebook-sample.qdpx');

describe('hamish and REFI-QDA', () => {
  it('exports a library as .qdpx and its scheme as .qdc, both valid against the schemas', async () => {
    const dir = await tempDir();
    const { library } = await refiLibrary(join(dir, 'lib'));
    await library.close();
    const qdpx = join(dir, 'out.qdpx');
    const run = await runCli(['export', '--library', join(dir, 'lib'), '--format', 'qdpx', '--out', qdpx]);
    expect(run.stdout).toBe(`Exported 6 annotations of 2 articles to ${qdpx}.`);
    expect(run.code).toBe(0);
    await unpack(qdpx, join(dir, 'x'));
    expect((await xmllint('Project.xsd', join(dir, 'x', 'project.qde'))).code).toBe(0);
    const qdc = join(dir, 'scheme.qdc');
    const codebook = await runCli(['export', '--library', join(dir, 'lib'), '--format', 'qdc', '--out', qdc]);
    expect(codebook.code).toBe(0);
    expect((await xmllint('Codebook.xsd', qdc)).code).toBe(0);
    // The summary says what a codebook holds (one code per type and subtype), not "0 annotations".
    const codes = listTags(DEFAULT_TAXONOMY).length;
    expect((await readFile(qdc, 'utf8')).match(/<Code /gu)).toHaveLength(codes);
    expect(codebook.stdout).toBe(`Exported a codebook of ${codes} codes to ${qdc}.`);
    const arabic = await runCli(
      ['export', '--library', join(dir, 'lib'), '--format', 'qdc', '--out', join(dir, 'ar.qdc')],
      { LANG: 'ar_EG.UTF-8' },
    );
    expect(arabic.stdout).toBe(`صُدّر دليل الترميز إلى ${join(dir, 'ar.qdc')}: عدد الرموز ${codes}.`);
  });

  it('refuses codes that match no tag, writing nothing, then adds them with --new-tags', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'lib');
    const refused = await runCli(['import-annotations', ATLAS, '--library', lib, '--create'], {
      LANG: 'ar_EG.UTF-8',
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'لا تطابق أي وسم في المخطط: Commits، Commits/2022-05-10T02:05:59Z 19e4dce',
    );
    const before = await Library.open(lib);
    expect((await before.getTaxonomy()).types.map((t) => t.id)).toEqual(['actor', 'demand', 'event']);
    await before.close();

    const added = await runCli(['import-annotations', ATLAS, '--library', lib, '--new-tags']);
    expect(added.stdout.split('\n')).toContain(
      'Tags added to the scheme: 3 (commits, commits.2022-05-10t02-05-59z-19e4dce, commits.2022-02-11t10-39-25z-cdbfd92).',
    );
    expect(added.code).toBe(0);
  });

  it('--dry-run previews a .qdpx import and writes nothing', async () => {
    const dir = await tempDir();
    const { library } = await refiLibrary(join(dir, 'lib'));
    await library.close();
    const qdpx = join(dir, 'out.qdpx');
    expect(
      (await runCli(['export', '--library', join(dir, 'lib'), '--format', 'qdpx', '--out', qdpx])).code,
    ).toBe(0);
    const target = join(dir, 'target');
    await (await Library.open(target)).close();
    const before = await snapshot(target);
    const run = await runCli(['import-annotations', qdpx, '--library', target, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Articles: 2 added, 0 merged.');
    expect(run.stdout.split('\n').at(-1)).toBe('Preview only: nothing was written.');
    // The day's first writing open makes its backup; the library itself is as it was.
    const live = async () =>
      Object.fromEntries(
        Object.entries(await snapshot(target)).filter(([path]) => !path.startsWith('backups')),
      );
    expect(await live()).toEqual(before);
  });

  it('maps a code onto an existing tag with --map, and skips another', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'lib');
    const run = await runCli([
      'import-annotations',
      ATLAS,
      '--from',
      'qdpx',
      '--library',
      lib,
      '--create',
      '--map',
      'Commits=event',
      '--map',
      'Commits/2022-05-10T02:05:59Z 19e4dce=skip',
      '--new-tags',
    ]);
    expect(run.stdout.split('\n')).toContain(
      'Tags added to the scheme: 1 (event.2022-02-11t10-39-25z-cdbfd92).',
    );
    expect(run.code).toBe(0);
  });

  it('names a bad --from or --map as a usage error', async () => {
    const dir = await tempDir();
    const from = await runCli(['import-annotations', ATLAS, '--from', 'nvivo', '--library', dir]);
    expect(from.stderr.split('\n')[0]).toBe(
      '"nvivo" is not a format import-annotations reads: use hamish, qdpx, brat, w3c, labelstudio, doccano or conll.',
    );
    expect(from.code).toBe(2);
    const map = await runCli(['import-annotations', ATLAS, '--map', 'Commits', '--library', dir]);
    expect(map.stderr.split('\n')[0]).toBe('--map "Commits" is not CODE=TAG (TAG a tag id, new or skip).');
    expect(map.code).toBe(2);
  });
});
