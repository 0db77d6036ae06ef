/**
 * @vitest-environment node
 * A batch import screens its files in runs (import-screen.ts: read,
 * extracted and checked for duplicates in one call, several runs ahead of
 * the one being written) and lists chunks while the next are written
 * (import-batch.ts, issue 17's B11). The report is what a file-by-file
 * import gave: added in file order, duplicates found within one run and
 * across runs screened ahead, refusals by name, the same counts in the last
 * progress report; the same through the search workers (the app's and the
 * CLI's path) as through main's in-memory check. Real library folders, real
 * SQLite index in its worker threads, real Arabic texts.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateArticleText, SEED } from '../../../../../bench/corpus';
import { importFiles, SCREEN_FILES } from '../../../../../electron/services/import/import-batch';
import type { DuplicateFinder } from '../../../../../electron/services/import/near-duplicate';
import { Library } from '../../../../../electron/services/library/library';
import { createServices } from '../../../../../electron/services/services';
import type { BatchImportReport, ImportProgress } from '../../../../../shared/import-types';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const SAMPLE = join(import.meta.dirname, '../../../../../../shared/sample-article.ar.txt');
const open: Library[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()));
});

/** A library in a new temp folder, closed after the test. */
async function newLibrary(): Promise<Library> {
  const library = await Library.open(join(await tempDir(), 'library'), { dailyBackup: false });
  open.push(library);
  return library;
}

type Finder = 'search workers' | 'in-memory';
/** The finder each path uses: the search index's (what the app and the CLI pass), or importFiles' default. */
const finderOf = (library: Library, finder: Finder): DuplicateFinder | undefined =>
  finder === 'search workers' ? createServices(library).search.duplicateFinder() : undefined;

/**
 * 30 files: 25 distinct articles, f03 the same text as f01 (same run), f12
 * the sample without one paragraph while f02 is the sample (a later run,
 * screened before f02 was listed), f25 the same as f20 with a trailing newline,
 * f05 empty and f06 a PDF (refused).
 */
async function mixedFolder(): Promise<{ paths: string[]; dir: string }> {
  const dir = await tempDir();
  const sample = (await readFile(SAMPLE, 'utf8')).trim();
  const paragraphs = sample.split('\n').filter((line) => line.trim() !== '');
  const texts = new Map<number, string>();
  for (let i = 0; i < 30; i++) texts.set(i, generateArticleText(150, SEED + 40_000 + i));
  texts.set(2, sample);
  texts.set(3, texts.get(1) ?? '');
  texts.set(12, paragraphs.filter((_, i) => i !== 4).join('\n'));
  texts.set(25, `${texts.get(20) ?? ''}\n`);
  const paths: string[] = [];
  for (let i = 0; i < 30; i++) {
    const name = i === 6 ? 'f06.pdf' : `f${String(i).padStart(2, '0')}.txt`;
    await writeFile(join(dir, name), i === 5 ? '' : (texts.get(i) ?? ''));
    paths.push(join(dir, name));
  }
  return { paths, dir };
}

/** The report as file names only (ids differ between runs): the article each duplicate names, by its file. */
function byFile(report: BatchImportReport) {
  const fileOf = new Map(report.added.map((a) => [a.id, a.file]));
  return {
    added: report.added.map((a) => a.file),
    duplicates: report.duplicates.map((d) => [d.file, fileOf.get(d.existingId) ?? d.existingId, d.reason]),
    refused: report.refused.map((r) => [r.file, r.code]),
  };
}

describe('screening in runs', () => {
  it.each<Finder>(['search workers', 'in-memory'])(
    'reports in file order, with duplicates within a run and across runs screened ahead (%s)',
    async (finder) => {
      const { paths } = await mixedFolder();
      const library = await newLibrary();
      const duplicates = finderOf(library, finder);
      const progress: ImportProgress[] = [];
      const report = await importFiles(library, paths, {
        ...(duplicates ? { duplicates } : {}),
        // Chunks of 4: several listings run while the next files are written.
        commit: { files: 4 },
        onProgress: (p) => progress.push(p),
      });
      const refused = [5, 6];
      const duplicated = [3, 12, 25];
      const name = (i: number) => (i === 6 ? 'f06.pdf' : `f${String(i).padStart(2, '0')}.txt`);
      const expectedAdded = Array.from({ length: 30 }, (_, i) => i)
        .filter((i) => !refused.includes(i) && !duplicated.includes(i))
        .map(name);
      expect(byFile(report)).toEqual({
        added: expectedAdded,
        duplicates: [
          ['f03.txt', 'f01.txt', 'same-text'],
          ['f12.txt', 'f02.txt', 'near-duplicate'],
          ['f25.txt', 'f20.txt', 'same-text'],
        ],
        refused: [
          ['f05.txt', 'empty-text'],
          ['f06.pdf', 'file-unsupported'],
        ],
      });
      // f12 sits in a later run than f02 and was screened before f02's chunk was listed.
      expect(Math.floor(12 / SCREEN_FILES)).toBeGreaterThan(Math.floor(2 / SCREEN_FILES));
      // Listed in the library in the same order, every added article and nothing else.
      const listed = (await library.listArticles()).map((m) => m.id);
      expect(new Set(listed)).toEqual(new Set(report.added.map((a) => a.id)));
      // The last progress report counts what the report holds; the counts never go back.
      expect(progress.at(-1)).toMatchObject({
        finished: true,
        done: 30,
        added: 25,
        duplicates: 3,
        refused: 2,
      });
      for (const [i, p] of progress.entries()) {
        if (i > 0) expect(p.added).toBeGreaterThanOrEqual(progress[i - 1]?.added ?? 0);
      }
      await duplicates?.end();
    },
    60_000,
  );

  it.each<Finder>(['search workers', 'in-memory'])(
    'a file screened against an article the library then refused is checked again (%s)',
    async (finder) => {
      const dir = await tempDir();
      const sample = (await readFile(SAMPLE, 'utf8')).trim();
      const library = await newLibrary();
      const paths = [join(dir, 'a.txt'), join(dir, 'b.txt')];
      for (const path of paths) await writeFile(path, sample);
      const [first] = (await importFiles(library, [paths[0] ?? ''])).added;
      const trashed = await library.trashArticle(first?.id ?? '');
      // Both copies are screened in one run: the second against the first, held as new.
      const duplicates = finderOf(library, finder);
      const report = await importFiles(library, paths, duplicates ? { duplicates } : {});
      // The library refuses the first (its text is the trashed article's); the second names the
      // trashed article too, never the first file's id, which was never added.
      expect(report.added).toEqual([]);
      expect(report.duplicates.map((d) => [d.file, d.existingId, d.reason])).toEqual([
        ['a.txt', trashed.id, 'same-text'],
        ['b.txt', trashed.id, 'same-text'],
      ]);
      await duplicates?.end();
    },
    60_000,
  );
});
