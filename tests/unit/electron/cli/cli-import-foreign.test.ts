/**
 * `hamish import-annotations FILE --from …` (issue 16), through the real CLI
 * entry: a CoNLL file with a label mapping is imported and reported; without
 * the mapping the labels are named and nothing is written; --dry-run writes
 * nothing and says so; a brat file's events and relations are listed as
 * skipped on stderr; an unknown --from is a usage error; Arabic too.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, useTempDirs } from '../../helpers';
import { runCli } from './run-cli';

const tempDir = useTempDirs();
const conll = fixture('foreign/newsfane-excerpt.conll');
const maps = [
  '--map',
  'Nation=actor.state',
  '--map',
  'Government=actor.organisation',
  '--map',
  'Media=actor.organisation',
  '--map',
  'Other_PER=actor.person',
  '--map',
  'Population-Center=-',
];

describe('hamish import-annotations --from', () => {
  it('imports a CoNLL file with a label mapping, and a preview writes nothing', async () => {
    const lib = join(await tempDir(), 'lib');
    const preview = await runCli([
      'import-annotations',
      conll,
      '--from',
      'conll',
      ...maps,
      '--dry-run',
      '--library',
      lib,
      '--create',
    ]);
    expect(preview).toMatchObject({ code: 0, stderr: '' });
    expect(preview.stdout).toBe(
      [
        'Articles: 1 added, 0 merged.',
        'Annotations: 7 added, 0 replaced, 0 conflicts kept as they were here, 0 already present.',
        'Preview only: nothing was written.',
      ].join('\n'),
    );
    expect((await runCli(['list', '--library', lib])).stdout).toBe('');
    const run = await runCli(['import-annotations', conll, '--from', 'conll', ...maps, '--library', lib]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toBe(
      'Annotations: 7 added, 0 replaced, 0 conflicts kept as they were here, 0 already present.',
    );
    expect((await runCli(['list', '--library', lib])).stdout.split('\t')[2]).toBe('7');
  });

  it('names the labels nobody mapped and writes nothing', async () => {
    const lib = join(await tempDir(), 'lib');
    const run = await runCli(['import-annotations', conll, '--from', 'conll', '--library', lib, '--create']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Nothing was imported from ${conll}: some labels map to no tag of this library: map each with --map LABEL=tag, or LABEL=- to leave it out (at labels "Population-Center", "Media", "Government", "Nation", "Other_PER").`,
    );
    expect((await runCli(['list', '--library', lib])).stdout).toBe('');
  });

  it('lists what a brat file has that Hamish does not take, in Arabic too', async () => {
    const lib = join(await tempDir(), 'lib');
    const ann = fixture('foreign/brat/110-note_annotation.ann');
    const brat = [
      '--map',
      'Organization=actor.organisation',
      '--map',
      'Person=actor.person',
      '--map',
      'GPE=actor.state',
      '--map',
      'Merge-org=event',
    ];
    const run = await runCli([
      'import-annotations',
      ann,
      '--from',
      'brat',
      ...brat,
      '--library',
      lib,
      '--create',
      '--lang',
      'ar',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('المقالات: أُضيف 1، ودُمج 0.');
    expect(run.stderr.split('\n')).toContain(
      'تُرك R1 من 110-note_annotation (علاقة: يحفظ هامش المقاطع لا الروابط بينها).',
    );
    expect(run.stderr.split('\n')).toHaveLength(6);
  });

  it('refuses a format it does not read', async () => {
    const run = await runCli(['import-annotations', conll, '--from', 'tei']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      '"tei" is not a format import-annotations reads: use hamish, qdpx, brat, w3c, labelstudio, doccano or conll.',
    );
  });

  it('names the format of a W3C file given without --from, in English and Arabic', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'lib');
    const file = join(dir, 'annotations.jsonld');
    expect(
      (await runCli(['import', fixture('import/ceasefire.ar.md'), '--library', lib, '--create'])).code,
    ).toBe(0);
    expect((await runCli(['export', '--library', lib, '--format', 'w3c', '--out', file])).code).toBe(0);
    const en = await runCli(['import-annotations', file, '--library', lib]);
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/It looks like a w3c file: add --from w3c\.$/u);
    const ar = await runCli(['import-annotations', file, '--library', lib, '--lang', 'ar']);
    expect(ar.stderr).toMatch(/يبدو ملفًا بصيغة w3c: أضف ‎--from w3c\.$/u);
    // A file of no known format gets no hint.
    const junk = join(dir, 'notes.json');
    await writeFile(junk, '{"hello": "مرحبا"}');
    const plain = await runCli(['import-annotations', junk, '--library', lib]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).not.toContain('--from');
  });
});
