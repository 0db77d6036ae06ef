/**
 * An article imported from a .txt file after the day's backup keeps its
 * title, source and date when index.json is damaged the same day (issue 13):
 * the article file keeps the metadata the article entered the library with,
 * and the rebuild takes it from there (before, a text-only article's title
 * became its first line and its source and date were lost).
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../../../../electron/services/library/library';
import { createServices } from '../../../../../../electron/services/services';
import { SAMPLE_PATH, useTempDirs } from '../../../../helpers';

const tempDir = useTempDirs();
const TODAY = new Date('2026-03-14T09:00:00.000Z');
const opened: Library[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

async function open(dir: string): Promise<Library> {
  const library = await Library.open(dir, { now: () => TODAY, samplePath: SAMPLE_PATH });
  opened.push(library);
  await library.checkDone;
  return library;
}

describe('article files describe themselves', () => {
  it('a .txt article imported after the backup gets its metadata back exactly when index.json is damaged', async () => {
    const root = await tempDir();
    const dir = join(root, 'library');
    // Today's first open makes today's backup; the import comes after it.
    const first = await open(dir);
    const txt = join(root, 'بيان الخارجية.txt');
    await writeFile(
      txt,
      'أعلنت وزارة الخارجية اليوم استئناف المفاوضات.\nوقال المتحدث إن الجولة تبدأ الأحد.\n',
    );
    const report = await createServices(first, {
      generator: 'test',
      searchAtOnce: false,
    }).imports.importPaths([txt]);
    expect(report.added).toHaveLength(1);
    const before = (await first.listArticles()).find((m) => m.importedFrom === 'بيان الخارجية.txt');
    if (!before) throw new Error('the .txt article was not imported');
    await first.close();

    await writeFile(join(dir, 'index.json'), '{"version":1,"seeded":true,"articles":[{"id":');
    const library = await open(dir);
    expect(library.startupReport().indexRebuilt).toBe(true);
    const after = (await library.listArticles()).find((m) => m.id === before.id);
    expect(after).toEqual({ ...before, annotationCount: 0 });
    expect(library.startupReport().indexLosses ?? []).toEqual([]);
  });
});
