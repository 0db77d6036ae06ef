/**
 * A folder import lists its articles in chunks (article-batch.ts, issue 17):
 * one line is appended to index.journal per chunk (index-journal.ts), not
 * one per file, index.json is not rewritten meanwhile, and the progress
 * never counts an article as added before the index listing it is on disk.
 * A chunk whose index write fails adds none of its files (refused, their
 * texts removed). Real files in a temp folder, real Arabic texts.
 */

import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateArticleText, SEED } from '../../../../../bench/corpus';
import { importFiles } from '../../../../../electron/services/import/import-batch';
import { LibraryIndex } from '../../../../../electron/services/library/library-index';
import { useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary } from '../../../transfer-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);
afterEach(() => vi.restoreAllMocks());

/** A folder of `n` distinct Arabic articles (~150 words each, real sentences). */
async function folderOf(n: number): Promise<string[]> {
  const folder = join(await tempDir(), 'folder');
  await mkdir(folder);
  const paths: string[] = [];
  for (let i = 0; i < n; i++) {
    const path = join(folder, `مقال-${String(i).padStart(4, '0')}.txt`);
    await writeFile(path, generateArticleText(150, SEED + 70_000 + i));
    paths.push(path);
  }
  return paths;
}

/** The lines of index.journal on disk right now (none when it does not exist). */
const journalLines = (dir: string): string[] => {
  try {
    return readFileSync(join(dir, 'index.journal'), 'utf8').split('\n').slice(0, -1);
  } catch {
    return [];
  }
};

/** The article ids listed on disk right now: index.json plus every line of index.journal. */
const listedOnDisk = (dir: string): Set<string> => {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { articles: { id: string }[] };
  const journaled = journalLines(dir).flatMap((line) => (JSON.parse(line) as { add: { id: string }[] }).add);
  return new Set([...index.articles, ...journaled].map((a) => a.id));
};

describe('a folder import lists its articles in chunks', () => {
  it('appends one index.journal line per chunk of 200 (3 for 450 files, not 450) and rewrites no index.json, each file counted once listed', async () => {
    const library = await openLibrary(join(await tempDir(), 'lib'));
    const paths = await folderOf(450);
    const write = vi.spyOn(LibraryIndex.prototype as unknown as { write: () => Promise<void> }, 'write');
    let lagging = 0;
    const report = await importFiles(library, paths, {
      // Chunks by count only, so the number of writes does not depend on this machine's speed.
      commit: { files: 200, ms: Number.POSITIVE_INFINITY },
      onProgress: (p) => {
        if (p.added > listedOnDisk(library.paths.dir).size) lagging++;
      },
    });
    expect(report.added).toHaveLength(450);
    expect(report.refused).toEqual([]);
    expect(
      journalLines(library.paths.dir).map((l) => (JSON.parse(l) as { add: unknown[] }).add.length),
    ).toEqual([200, 200, 50]);
    expect(write).not.toHaveBeenCalled();
    expect(lagging).toBe(0);
    const listed = listedOnDisk(library.paths.dir);
    expect(report.added.every((a) => listed.has(a.id))).toBe(true);
    // Every listed article reads back with its text.
    const [first] = report.added;
    expect((await library.getArticle(first?.id ?? '')).text.length).toBeGreaterThan(100);
    // Closing folds the journal into index.json (written once) and removes it; a reopen lists all 450.
    await library.close();
    expect(write).toHaveBeenCalledTimes(1);
    expect(journalLines(library.paths.dir)).toEqual([]);
    const reopened = await openLibrary(library.paths.dir);
    expect(
      reopened
        .allMeta()
        .map((m) => m.id)
        .sort(),
    ).toEqual(report.added.map((a) => a.id).sort());
  }, 180_000);

  it('a chunk whose index write fails adds none of its files: refused by name, their texts removed', async () => {
    const library = await openLibrary(join(await tempDir(), 'lib'));
    const paths = await folderOf(5);
    const { dir } = library.paths;
    // index.journal cannot be appended to once a folder (not empty) stands in its place; the texts still go to articles/.
    await mkdir(join(dir, 'index.journal', 'in-the-way'), { recursive: true });
    const report = await importFiles(library, paths);
    expect(report.added).toEqual([]);
    expect(report.refused.map((r) => r.file).sort()).toEqual(paths.map((p) => p.split('/').pop()).sort());
    expect(report.refused[0]).toMatchObject({ code: 'storage-failed' });
    expect(await readdir(library.paths.articlesDir)).toEqual([]);
    expect(library.allMeta()).toEqual([]);
    // Out of the way again, so that the library can close.
    await rm(join(dir, 'index.journal'), { recursive: true });
  }, 60_000);
});
