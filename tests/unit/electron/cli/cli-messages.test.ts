/**
 * `hamish` failures as sentences naming the file and the reason (never a
 * Node error or an error code): a missing or folder file to import, an
 * export into a missing folder or onto a folder, a file that is not JSON.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, useTempDirs } from '../../helpers';
import { runCli } from './run-cli';

const tempDir = useTempDirs();

async function library(): Promise<{ dir: string; lib: string }> {
  const dir = await tempDir();
  const lib = join(dir, 'lib');
  expect((await runCli(['import', fixture('short-article.ar.txt'), '--library', lib, '--create'])).code).toBe(
    0,
  );
  return { dir, lib };
}

describe('hamish failure sentences', () => {
  it('import-annotations names a missing file, a folder and a file that is not JSON, and why', async () => {
    const { dir, lib } = await library();
    const missing = join(dir, 'nope.json');
    expect(await runCli(['import-annotations', missing, '--library', lib])).toEqual({
      code: 1,
      stdout: '',
      stderr: `${missing} could not be read: it does not exist.`,
    });
    await mkdir(join(dir, 'folder.json'));
    expect((await runCli(['import-annotations', join(dir, 'folder.json'), '--library', lib])).stderr).toBe(
      `${join(dir, 'folder.json')} could not be read: it is a folder, not a file.`,
    );
    await writeFile(join(dir, 'bad.json'), '{"format": ');
    expect((await runCli(['import-annotations', join(dir, 'bad.json'), '--library', lib])).stderr).toBe(
      `Nothing was imported from ${join(dir, 'bad.json')}: the file is not valid JSON (it may be truncated or not a Hamish file).`,
    );
    const arabic = await runCli(['import-annotations', missing, '--library', lib, '--lang', 'ar']);
    expect(arabic.stderr).toBe(`تعذّرت قراءة الملف «${missing}»: الملف غير موجود.`);
    const json = await runCli(['import-annotations', missing, '--library', lib, '--json']);
    expect(JSON.parse(json.stderr)).toMatchObject({
      error: { code: 'file-unreadable', params: { file: missing, reason: 'missing' } },
    });
  });

  it('export names the target it cannot write and why', async () => {
    const { dir, lib } = await library();
    const nowhere = join(dir, 'no', 'such', 'folder', 'out.csv');
    const missing = await runCli(['export', '--format', 'csv', '--out', nowhere, '--library', lib]);
    expect(missing).toEqual({
      code: 1,
      stdout: '',
      stderr: `${nowhere} could not be written: its folder does not exist.`,
    });
    const folder = join(dir, 'folder');
    await mkdir(folder);
    expect((await runCli(['export', '--format', 'json', '--out', folder, '--library', lib])).stderr).toBe(
      `${folder} is a folder: give the name of a file to write.`,
    );
    const id = await runCli([
      'export',
      '--format',
      'json',
      '--out',
      'x',
      '--article',
      'nope',
      '--library',
      lib,
    ]);
    expect(id.code).toBe(2);
    expect(id.stderr.split('\n')[0]).toBe('"nope" is not an article id (ids are shown by "hamish list").');
  });
});
