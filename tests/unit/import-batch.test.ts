import { copyFile, mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFolder, importFiles } from '../../electron/services/import/import-batch';
import { MAX_ARTICLE_FILE_BYTES } from '../../shared/schema/limits';
import { Library } from '../../electron/services/library/library';
import type { ImportProgress } from '../../shared/import-types';
import { encodeWindows1256 } from './import-encoding';
import { fixture, useTempDirs } from './helpers';

const tempDir = useTempDirs();

/** A folder of real articles plus every kind of bad file, in a nested layout. */
async function makeFolder(root: string): Promise<string> {
  const dir = join(root, 'inbox');
  await mkdir(join(dir, 'older'), { recursive: true });
  await copyFile(fixture('import/ceasefire.ar.md'), join(dir, '01-ceasefire.md'));
  await copyFile(fixture('import/news-page.ar.html'), join(dir, '02-witkoff.html'));
  await copyFile(fixture('import/report.en.html'), join(dir, '03-doha.htm'));
  const legacy = await readFile(fixture('import/legacy-1256.source.txt'), 'utf8');
  await writeFile(join(dir, 'older', '04-hudna.txt'), encodeWindows1256(legacy));
  await copyFile(fixture('import/ceasefire.ar.md'), join(dir, '05-same-again.md'));
  await writeFile(join(dir, '06-empty.txt'), '');
  await writeFile(
    join(dir, '07-photo.txt'),
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0, 0, 1]),
  );
  const huge = await open(join(dir, '08-huge.txt'), 'w');
  await huge.truncate(MAX_ARTICLE_FILE_BYTES + 1);
  await huge.close();
  await writeFile(join(dir, '09-scan.pdf'), '%PDF-1.7');
  await writeFile(join(dir, '.DS_Store'), 'hidden');
  return dir;
}

describe('batch import', () => {
  it('imports a folder: good files added, duplicates reported, bad files refused by name, batch continues', async () => {
    const root = await tempDir();
    const dir = await makeFolder(root);
    const library = await Library.open(join(root, 'library'));
    const paths = await collectFolder(dir);
    expect(paths.map((p) => p.slice(dir.length + 1))).toEqual([
      '01-ceasefire.md',
      '02-witkoff.html',
      '03-doha.htm',
      '05-same-again.md',
      '06-empty.txt',
      '07-photo.txt',
      '08-huge.txt',
      '09-scan.pdf',
      join('older', '04-hudna.txt'),
    ]);
    const events: ImportProgress[] = [];
    const report = await importFiles(library, paths, { onProgress: (p) => events.push(p) });

    expect(report.added.map((a) => a.file)).toEqual([
      '01-ceasefire.md',
      '02-witkoff.html',
      '03-doha.htm',
      '04-hudna.txt',
    ]);
    expect(report.duplicates).toEqual([
      {
        file: '05-same-again.md',
        existingId: report.added[0]?.id,
        existingTitle: report.added[0]?.title,
        // The same text as the first file, so the same number of words.
        words: report.added[0]?.words,
        reason: 'same-text',
        similarity: 1,
      },
    ]);
    expect(report.added.every((a) => a.words > 0 && a.shortfall === undefined)).toBe(true);
    expect(report.refused.map((r) => [r.file, r.code, r.params['file']])).toEqual([
      ['06-empty.txt', 'empty-text', '06-empty.txt'],
      ['07-photo.txt', 'file-not-text', '07-photo.txt'],
      ['08-huge.txt', 'file-too-large', '08-huge.txt'],
      ['09-scan.pdf', 'file-unsupported', '09-scan.pdf'],
    ]);
    expect(report.cancelled).toBe(false);

    const listed = await library.listArticles();
    expect(listed).toHaveLength(4);
    const page = listed.find((a) => a.importedFrom === '02-witkoff.html');
    expect(page).toMatchObject({
      source: 'شبكة الأخبار',
      author: 'محمود العلي',
      date: '2025-10-02',
      language: 'ar',
    });
    expect(page?.url).toBe('https://news.example.com/politics/2025/10/02/witkoff-cairo');
    expect(listed.find((a) => a.importedFrom === '03-doha.htm')?.language).toBe('en');

    expect(events[0]).toMatchObject({ done: 0, total: 9, current: '01-ceasefire.md', finished: false });
    expect(events.at(-1)).toEqual({
      done: 9,
      total: 9,
      current: '',
      added: 4,
      duplicates: 1,
      refused: 4,
      finished: true,
    });
    await library.close();

    // Metadata survives a reopen, and importing the same folder again adds nothing.
    const reopened = await Library.open(join(root, 'library'));
    expect((await reopened.listArticles()).find((a) => a.importedFrom === '02-witkoff.html')?.author).toBe(
      'محمود العلي',
    );
    const again = await importFiles(reopened, paths);
    expect(again.added).toEqual([]);
    expect(again.duplicates).toHaveLength(5);
    await reopened.close();
  });

  it('stops between files when cancelled and says so', async () => {
    const root = await tempDir();
    const dir = await makeFolder(root);
    const library = await Library.open(join(root, 'library'));
    const controller = new AbortController();
    const report = await importFiles(library, await collectFolder(dir), {
      signal: controller.signal,
      // The first report comes as the first file starts: that file finishes, no other starts.
      onProgress: (p) => {
        if (p.done === 0) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.added.map((a) => a.file)).toEqual(['01-ceasefire.md']);
    expect(report.duplicates.length + report.refused.length).toBe(0);
    expect((await library.listArticles()).length).toBe(report.added.length);
    await library.close();
  });

  it('keeps the event loop free while importing (a timer fires between files)', async () => {
    const root = await tempDir();
    const dir = join(root, 'many');
    await mkdir(dir);
    const text = await readFile(fixture('import/legacy-1256.source.txt'), 'utf8');
    // Each file gets a paragraph of its own, so none is a near-duplicate of another.
    const own = (i: number) => Array.from({ length: 20 }, (_, k) => `بند${i * 100 + k}`).join(' ');
    for (let i = 0; i < 40; i++)
      await writeFile(join(dir, `n${String(i).padStart(3, '0')}.txt`), `${text}\n${own(i)}.`);
    const library = await Library.open(join(root, 'library'));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const report = await importFiles(library, await collectFolder(dir));
    clearInterval(timer);
    expect(report.added).toHaveLength(40);
    expect(ticks).toBeGreaterThan(5);
    await library.close();
  });
});
