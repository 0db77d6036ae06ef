/**
 * @vitest-environment node
 * Runs of a batch import are screened ahead side by side (import-batch.ts
 * asks for several at once), so a short run can be read before a long run
 * asked for earlier. Each finder must still check runs in the order asked:
 * a file is compared with the files before it, never held ahead of an
 * earlier file it duplicates (CI once saw f12 kept and f02 reported as its
 * duplicate). Both finders: main's in-memory DuplicateIndex (which raced)
 * and the search workers' (whose extracting worker answers one run at a
 * time; main now also checks runs in the order asked). Real files, the real
 * sample article, the real SQLite index.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateArticleText, SEED } from '../../../../../bench/corpus';
import { DuplicateIndex } from '../../../../../electron/services/import/duplicate-index';
import type { ScreenedFile } from '../../../../../electron/services/import/import-screen';
import type { DuplicateFinder } from '../../../../../electron/services/import/near-duplicate';
import { Library } from '../../../../../electron/services/library/library';
import { createServices } from '../../../../../electron/services/services';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const SAMPLE = join(import.meta.dirname, '../../../../../../shared/sample-article.ar.txt');
const open: Library[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()));
});

/** Files in a new folder: `count` distinct generated articles, then the sample article last. */
async function longRun(count: number): Promise<string[]> {
  const dir = await tempDir();
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `filler-${i}.txt`);
    await writeFile(path, generateArticleText(400, SEED + 50_000 + i));
    paths.push(path);
  }
  const sample = join(dir, 'sample.txt');
  await writeFile(sample, await readFile(SAMPLE, 'utf8'));
  return [...paths, sample];
}

/** The id a screened file was given (it fails the test if the file was refused). */
function idOf(file: ScreenedFile | undefined): string {
  if (!file?.ok) throw new Error(`refused: ${JSON.stringify(file)}`);
  return file.id;
}

type Finder = 'search workers' | 'in-memory';
const finderOf = (library: Library, finder: Finder): DuplicateFinder =>
  finder === 'search workers'
    ? createServices(library).search.duplicateFinder()
    : new DuplicateIndex(library);

describe('screening runs asked for at once', () => {
  it.each<Finder>(['in-memory', 'search workers'])(
    'checks a short run after the long run asked for before it, whichever is read first (%s)',
    async (finder) => {
      const library = await Library.open(join(await tempDir(), 'library'), { dailyBackup: false });
      open.push(library);
      const duplicates = finderOf(library, finder);
      const long = await longRun(60);
      const copy = join(await tempDir(), 'copy.txt');
      await writeFile(copy, await readFile(SAMPLE, 'utf8'));
      // Asked for together, as import-batch screens ahead: the one-file run is read long before the 61-file run.
      const [first, second] = await Promise.all([duplicates.screen(long), duplicates.screen([copy])]);
      const original = first.at(-1);
      expect(original).toMatchObject({ ok: true, likely: null });
      expect(first.every((f) => f.ok && f.likely === null)).toBe(true);
      expect(second[0]).toMatchObject({ ok: true, likely: { id: idOf(original), reason: 'same-text' } });
      await duplicates.end();
    },
    60_000,
  );
});
