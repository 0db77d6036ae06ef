/**
 * @vitest-environment node
 * index.journal (index-journal.ts) as a crash leaves it: a real library in
 * a temp folder imports real Arabic articles in chunks, and the folder is
 * copied while the library is still open (its journal not folded), as a
 * SIGKILL would leave it. Opening the copy replays the journal; a torn last
 * line (cut mid-append) and an invalid line are dropped and reported, never
 * fatal; the articles they named are reported as unknown files and can be
 * adopted; the journal is folded into index.json.
 */

import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateArticleText, SEED } from '../../../../../bench/corpus';
import { importFiles } from '../../../../../electron/services/import/import-batch';
import { LOCK_NAME } from '../../../../../electron/services/library/library-lock';
import { useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary } from '../../../transfer-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

/** Imports 30 articles in chunks of 10 into a new library; returns the library and the ids of each chunk. */
async function importedInChunks() {
  const folder = join(await tempDir(), 'folder');
  await mkdir(folder);
  const paths: string[] = [];
  for (let i = 0; i < 30; i++) {
    const path = join(folder, `خبر-${String(i).padStart(2, '0')}.txt`);
    await writeFile(path, generateArticleText(120, SEED + 61_000 + i));
    paths.push(path);
  }
  const library = await openLibrary(join(await tempDir(), 'lib'));
  // The start-up check first: a whole write of index.json it makes meanwhile would fold the chunks'
  // journal lines in, and the tests below cut lines of a journal that must hold all three chunks.
  await library.checkDone;
  const report = await importFiles(library, paths, { commit: { files: 10, ms: Number.POSITIVE_INFINITY } });
  expect(report.added).toHaveLength(30);
  const ids = report.added.map((a) => a.id);
  return { library, chunks: [ids.slice(0, 10), ids.slice(10, 20), ids.slice(20)] };
}

/** The ids of the articles a journal line lists. */
const namedIn = (line: string | undefined): string[] =>
  (JSON.parse(line ?? '{"add":[]}') as { add: { id: string }[] }).add.map((m) => m.id);

/** A copy of the open library's folder, without its lock: what a SIGKILL would leave. */
async function crashCopy(dir: string): Promise<string> {
  const copy = join(await tempDir(), 'crashed');
  await cp(dir, copy, { recursive: true, filter: (src) => basename(src) !== LOCK_NAME });
  return copy;
}

describe('index.journal after a crash', () => {
  it('replays every whole line, drops and reports a torn tail, and folds the journal into index.json', async () => {
    const { library } = await importedInChunks();
    const copy = await crashCopy(library.paths.dir);
    const journal = join(copy, 'index.journal');
    const lines = (await readFile(journal, 'utf8')).split('\n').slice(0, -1);
    expect(lines).toHaveLength(3);
    // The kill landed mid-append of the third chunk: half its line, no newline.
    const third = lines[2] ?? '';
    await writeFile(journal, `${lines[0]}\n${lines[1]}\n${third.slice(0, third.length / 2)}`);
    const reopened = await openLibrary(copy);
    await reopened.checkDone;
    const listed = new Set(reopened.allMeta().map((m) => m.id));
    // The ids each line named, read from the lines themselves (not from the import's report order).
    const [first, second, cut] = lines.map(namedIn);
    expect([...(first ?? []), ...(second ?? [])].filter((id) => !listed.has(id))).toEqual([]);
    expect((cut ?? []).some((id) => listed.has(id))).toBe(false);
    const report = reopened.startupReport();
    expect(report.indexJournalLinesDropped).toBe(1);
    const unknown = (report.unknownFiles ?? []).flatMap((f) => (f.kind === 'article' ? [f.articleId] : []));
    expect(unknown.sort()).toEqual([...(cut ?? [])].sort());
    await reopened.adoptArticle(cut?.[0] ?? '');
    expect(reopened.getMeta(cut?.[0] ?? '')).toBeDefined();
    // Folded at open: index.json lists the 20, the journal is gone.
    const onDisk = JSON.parse(await readFile(join(copy, 'index.json'), 'utf8')) as { articles: unknown[] };
    expect(onDisk.articles.length).toBeGreaterThanOrEqual(20);
    await expect(readFile(journal, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  }, 120_000);

  it('drops an invalid line in the middle too (reported), keeping the lines around it', async () => {
    const { library } = await importedInChunks();
    const copy = await crashCopy(library.paths.dir);
    const journal = join(copy, 'index.journal');
    const lines = (await readFile(journal, 'utf8')).split('\n').slice(0, -1);
    expect(lines).toHaveLength(3);
    await writeFile(journal, `${lines[0]}\n{"v":1,"add":[{"id":"not an id"}]}\n${lines[2]}\n`);
    const reopened = await openLibrary(copy);
    await reopened.checkDone;
    const listed = new Set(reopened.allMeta().map((m) => m.id));
    // The ids each line named, read from the lines themselves (not from the import's report order).
    const kept = [...namedIn(lines[0]), ...namedIn(lines[2])];
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.filter((id) => !listed.has(id))).toEqual([]);
    expect(namedIn(lines[1]).some((id) => listed.has(id))).toBe(false);
    expect(reopened.startupReport().indexJournalLinesDropped).toBe(1);
  }, 120_000);

  it('a library closed normally has no journal and reports nothing dropped', async () => {
    const { library } = await importedInChunks();
    await library.close();
    await expect(readFile(join(library.paths.dir, 'index.journal'), 'utf8')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    const reopened = await openLibrary(library.paths.dir);
    expect(reopened.allMeta()).toHaveLength(30);
    expect(reopened.startupReport().indexJournalLinesDropped).toBeUndefined();
  }, 120_000);

  it('removes an empty journal (its creating append cut before the line) at open, reporting nothing dropped', async () => {
    const { library } = await importedInChunks();
    await library.close();
    // A kill between the append's open(O_CREAT) and its write leaves the file with nothing in it.
    const journal = join(library.paths.dir, 'index.journal');
    await writeFile(journal, '');
    const reopened = await openLibrary(library.paths.dir);
    await reopened.checkDone;
    expect(reopened.allMeta()).toHaveLength(30);
    expect(reopened.startupReport().indexJournalLinesDropped).toBeUndefined();
    await expect(readFile(journal, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  }, 120_000);
});
