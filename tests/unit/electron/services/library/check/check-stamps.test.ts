/**
 * The check stamps store (check-stamps.ts) as the start-up check uses it, on
 * real library folders with Arabic articles: a torn, damaged or unreadable
 * store is a cache, never trusted (an edit a stamp cannot see is caught) and
 * never fatal, and the next check writes a whole one again; the JSON stamps
 * file of earlier versions is not read and is removed once the new one is
 * written.
 */

import { mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_STAMPS_FILE } from '../../../../../../electron/services/library/check/check-stamps';
import { decodeStamps } from '../../../../../../electron/services/library/check/stamps-file';
import { Library } from '../../../../../../electron/services/library/library';
import { useTempDirs } from '../../../../helpers';
import { twoArticles } from '../../../../two-articles';
import { ageFiles, sameSizeEdit } from './stamp-helpers';

const tempDir = useTempDirs();
const NOW = new Date('2026-03-14T09:26:53.589Z');

const open = (dir: string) => Library.open(dir, { now: () => NOW });

/** A library of two articles whose files are all stamped (an earlier session's check). */
async function stamped(): Promise<{ dir: string; shortId: string; stamps: string }> {
  const dir = await tempDir();
  const { short } = await twoArticles(dir, NOW);
  await ageFiles(dir);
  const library = await open(dir);
  await library.checkDone;
  await library.close();
  const stamps = join(dir, CHECK_STAMPS_FILE);
  expect((await decodeStamps(await readFile(stamps)))?.size).toBe(4);
  return { dir, shortId: short.id, stamps };
}

/** Opens `dir` and waits for the check: what it quarantined (kind, file). */
async function quarantinedOnOpen(dir: string): Promise<string[][]> {
  const library = await open(dir);
  await library.checkDone;
  const found = library.startupReport().quarantined.map((q) => [q.kind, q.file]);
  await library.close();
  return found;
}

describe('check stamps store', () => {
  const damages: [string, (path: string) => Promise<void>][] = [
    ['cut short (a torn write)', async (path) => truncate(path, (await readFile(path)).length - 30)],
    [
      'with one changed digit',
      async (path) =>
        writeFile(
          path,
          (await readFile(path, 'utf8')).replace(/\t(\d)/, (_, d) => `\t${(Number(d) + 1) % 10}`),
        ),
    ],
    ['emptied', (path) => writeFile(path, '')],
    [
      'replaced by a folder (unreadable)',
      async (path) => {
        await rm(path);
        await mkdir(path);
      },
    ],
  ];

  for (const [name, damage] of damages) {
    it(`${name}: is not trusted, is not fatal, and is written whole again`, async () => {
      const { dir, shortId, stamps } = await stamped();
      await damage(stamps);
      // An edit only the text's hash can see: caught, since no stamp of the damaged store counts.
      await sameSizeEdit(join(dir, 'articles', `${shortId}.json`));
      expect(await quarantinedOnOpen(dir)).toEqual([
        ['article', `articles/${shortId}.json`],
        ['annotations', `annotations/${shortId}.json`],
      ]);
      if (name.startsWith('replaced')) await rm(stamps, { recursive: true });
      await ageFiles(dir);
      expect(await quarantinedOnOpen(dir)).toEqual([]);
      expect((await decodeStamps(await readFile(stamps)))?.size).toBe(2);
    });
  }

  it('does not read the JSON stamps of earlier versions, and removes them once the new file is written', async () => {
    const { dir, shortId, stamps } = await stamped();
    const legacy = join(dir, 'check-stamps.json');
    const file = `articles/${shortId}.json`;
    await writeFile(legacy, JSON.stringify({ version: 1, files: { [file]: [1, 2, 3] } }));
    await rm(stamps);
    await sameSizeEdit(join(dir, file));
    expect(await quarantinedOnOpen(dir)).toEqual([
      ['article', file],
      ['annotations', `annotations/${shortId}.json`],
    ]);
    expect(await readdir(dir)).not.toContain('check-stamps.json');
    expect(await readdir(dir)).toContain(CHECK_STAMPS_FILE);
  });
});
