/**
 * The built `hamish` (bundled by Vite for plain Node) on real damaged and
 * read-only libraries: the start-up check is reported before the output, a
 * damaged article is not listed as fine and the exit code is 1; a library
 * folder the user may not write is named read-only instead of "ENOENT …".
 */

import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers';
import { runBundle, useBundles, type NodeRun } from '../../node-bundle';
import { snapshot } from '../../transfer-helpers';
import { twoArticles } from '../../two-articles';

const NOW = new Date('2026-03-14T09:00:00.000Z');
const built = useBundles('hamish-cli-startup-', { hamish: 'electron/cli/hamish.ts' });

const hamish = (args: string[], asUser?: string): Promise<NodeRun> =>
  runBundle(built.bin.hamish, args, asUser);

describe('hamish reports the start-up check', () => {
  it('reports a damaged article before listing, leaves it out, writes nothing, and exits 1', async () => {
    const lib = join(built.work, 'damaged');
    const { short, long } = await twoArticles(lib, NOW);
    await writeFile(join(lib, 'articles', `${short.id}.json`), '{"id":"');
    const before = await snapshot(lib);
    const run = await hamish(['list', '--library', lib]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The start-up check found 2 damaged library file(s):');
    expect(run.stderr).toContain(`articles/${short.id}.json (article "لقاء في القاهرة", ${short.id})`);
    expect(run.stderr).toContain('left in place');
    expect(run.stdout).toContain(long.id);
    expect(run.stdout).not.toContain(short.id);
    expect(await snapshot(lib)).toEqual(before);

    // A writing command repairs: the damaged files go to quarantine/, and it says so.
    const importing = await hamish(['import', fixture('mixed-english.en.txt'), '--library', lib]);
    expect(importing.code).toBe(1);
    expect(importing.stderr).toContain(`articles/${short.id}.json`);
    expect(importing.stderr).toContain('moved to quarantine/');
    expect(importing.stdout).toContain('“\u2068mixed-english.en.txt\u2069” added: 28 words kept.');
  }, 60_000);

  it('says nothing and exits 0 for a healthy library', async () => {
    const lib = join(built.work, 'healthy');
    const { long } = await twoArticles(lib, NOW);
    const run = await hamish(['list', '--library', lib]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(long.id);
  }, 60_000);

  it('names a library folder the user may not write as read-only', async (context) => {
    const root = process.getuid?.() === 0;
    if (process.platform === 'win32') {
      console.log('skipped: POSIX permissions are needed to make a folder read-only');
      context.skip();
    }
    const lib = join(built.work, 'readonly');
    const { long } = await twoArticles(lib, NOW);
    // root writes anywhere: the CLI then runs as "nobody", for whom the folder is read-only.
    for (const path of [built.work, join(built.work, 'bin'), built.bin.hamish]) await chmod(path, 0o755);
    await chmod(lib, 0o555);
    const user = root ? 'nobody' : undefined;
    const importing = await hamish(['import', fixture('mixed-english.en.txt'), '--library', lib], user);
    expect(importing.code).toBe(1);
    expect(importing.stderr).toContain(`The library folder ${lib} is read-only`);
    expect(importing.stderr).not.toContain('ENOENT');
    // Reading needs no write: it works on a read-only folder.
    const list = await hamish(['list', '--library', lib], user);
    expect(list.stdout).toContain(long.id);
    await chmod(lib, 0o755);
  }, 60_000);
});
