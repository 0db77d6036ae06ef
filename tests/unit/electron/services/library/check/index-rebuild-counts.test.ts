/**
 * A rebuilt index gets its annotation counts back from the annotation files,
 * even when the check stamps say those files were verified before: a stamp
 * vouches that the index's counts follow its file, and the rebuilt index has
 * none (found by a new user: every count stayed 0 after a rebuild).
 */

import { readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../../../../electron/services/library/library';
import { useTempDirs } from '../../../../helpers';
import { twoArticles } from '../../../../two-articles';

const tempDir = useTempDirs();
const opened: Library[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

async function open(dir: string): Promise<Library> {
  const library = await Library.open(dir);
  opened.push(library);
  await library.checkDone;
  return library;
}

/** Dates every article and annotations file an hour back, so the check's stamps of them are not racy (trusted). */
async function ageFiles(dir: string): Promise<void> {
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const folder of ['articles', 'annotations']) {
    for (const name of await readdir(join(dir, folder))) {
      await utimes(join(dir, folder, name), hourAgo, hourAgo);
    }
  }
}

describe('counts after an index rebuild', () => {
  it('recounts every article from its annotations file, whatever the stamps say', async () => {
    const dir = await tempDir();
    const { short, long } = await twoArticles(dir, new Date());
    await ageFiles(dir);
    // This open verifies the aged files and saves trusted stamps of them at close.
    const first = await open(dir);
    const before = await first.listArticles();
    await first.close();
    expect(before.map((a) => a.annotationCount)).toEqual([1, 1]);

    await writeFile(join(dir, 'index.json'), '{"version":1, oops');
    const library = await open(dir);
    expect(library.startupReport().indexRebuilt).toBe(true);
    const listed = await library.listArticles();
    expect(listed.find((a) => a.id === short.id)?.annotationCount).toBe(1);
    expect(listed.find((a) => a.id === long.id)?.annotationCount).toBe(1);
  });
});
