/**
 * `hamish export --out` never writes into the library it exports from: a
 * target named like one of the library's own files (annotations/<id>.json,
 * index.json), the folder itself, or a link into it is refused with one
 * sentence in the user's language, and no file of the library changes; an
 * existing file (or a brat folder with files) is overwritten only with
 * --force.
 */

import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../electron/services/library/library';
import { SAMPLE_PATH, useTempDirs } from '../../helpers';
import { snapshot } from '../../transfer-helpers';
import { runCli } from './run-cli';

const tempDir = useTempDirs();

describe('hamish export --out', () => {
  it('refuses a target inside the library folder, in English and Arabic, and changes nothing', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'lib');
    const library = await Library.open(lib, { samplePath: SAMPLE_PATH });
    const [article] = await library.listArticles();
    await library.createAnnotation({ articleId: article?.id ?? '', start: 0, end: 4, tag: 'actor' });
    await library.close();
    await mkdir(join(dir, 'elsewhere'));
    await symlink(lib, join(dir, 'elsewhere', 'link'));
    const before = await snapshot(lib);
    const targets: [string, string][] = [
      ['csv', join(lib, 'annotations', `${article?.id ?? ''}.json`)],
      ['json', join(lib, 'index.json')],
      ['brat', lib],
      ['w3c', join(dir, 'elsewhere', 'link', 'taxonomy.json')],
    ];
    for (const [format, out] of targets) {
      const run = await runCli(['export', '--library', lib, '--format', format, '--out', out]);
      expect(run, out).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toBe(
        `“${out}” is inside the library folder: export somewhere else, so that none of the library’s own files is overwritten.`,
      );
    }
    const ar = await runCli(['export', '--library', lib, '--format', 'csv', '--out', join(lib, 'x.csv')], {
      LANG: 'ar_EG.UTF-8',
    });
    expect(ar.stderr).toContain('داخل مجلد المكتبة');
    expect(await snapshot(lib)).toEqual(before);
    // Beside the library is fine.
    expect(
      (await runCli(['export', '--library', lib, '--format', 'csv', '--out', join(dir, 'a.csv')])).code,
    ).toBe(0);
  });

  it('refuses to overwrite an existing file or a brat folder with files unless --force, in English and Arabic', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'lib');
    await (await Library.open(lib, { samplePath: SAMPLE_PATH })).close();
    const out = join(dir, 'report.csv');
    await writeFile(out, 'ملف المحلل السابق\n');
    const en = await runCli(['export', '--library', lib, '--format', 'csv', '--out', out]);
    expect(en).toEqual({
      code: 1,
      stdout: '',
      stderr: `${out} already exists: nothing was written. Give another --out, or add --force to overwrite it.`,
    });
    const ar = await runCli(['export', '--library', lib, '--format', 'csv', '--out', out, '--lang', 'ar']);
    expect(ar.stderr).toBe(`${out} موجود من قبل: لم يُكتب شيء. أعطِ ‎--out آخر، أو أضف ‎--force للكتابة فوقه.`);
    expect(await readFile(out, 'utf8')).toBe('ملف المحلل السابق\n');
    const brat = join(dir, 'brat');
    expect((await runCli(['export', '--library', lib, '--format', 'brat', '--out', brat])).code).toBe(0);
    expect((await runCli(['export', '--library', lib, '--format', 'brat', '--out', brat])).code).toBe(1);

    const forced = await runCli(['export', '--library', lib, '--format', 'csv', '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('article_id');
    // --force never reaches into the library folder.
    const inside = await runCli([
      'export',
      '--library',
      lib,
      '--format',
      'json',
      '--out',
      join(lib, 'index.json'),
      '--force',
    ]);
    expect(inside.code).toBe(1);
    expect(inside.stderr).toContain('is inside the library folder');
  });
});
