/**
 * The annotation journal on real files in temp folders: edits land as lines,
 * a line cut off by a crash (or unreadable) is dropped, counted in the
 * start-up report and cut out of the file, never fatal; close, backups and
 * restores fold it; the start-up check counts from it and does not call it
 * unknown; a read-only open reads it and writes nothing.
 */

import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  diffAnnotations,
  foldJournal,
  readJournal,
} from '../../../../../electron/services/library/annotation-journal';
import { Library } from '../../../../../electron/services/library/library';
import type { Annotation } from '../../../../../shared/model';
import { fixture, readUtf8, storedAnnotations, useTempDirs } from '../../../helpers';
import { snapshot } from '../../../transfer-helpers';

const tempDir = useTempDirs();

async function libraryWithEdits(dir: string) {
  const library = await Library.open(dir, { dailyBackup: false });
  const meta = await library.addArticle({
    title: 'لقاء',
    text: await readUtf8(fixture('short-article.ar.txt')),
  });
  const a = await library.createAnnotation({ articleId: meta.id, start: 6, end: 11, tag: 'actor' });
  const b = await library.createAnnotation({ articleId: meta.id, start: 20, end: 26, tag: 'event' });
  await library.updateAnnotation(meta.id, a.id, { note: 'وزير' });
  await library.deleteAnnotation(meta.id, b.id);
  return { library, meta, a, b, journal: join(dir, 'annotations', `${meta.id}.journal`) };
}

describe('annotation journal', () => {
  it('records each edit as one line, and the library reads back exactly the edits', async () => {
    const dir = await tempDir();
    const { library, meta, a, journal } = await libraryWithEdits(dir);
    const lines = (await readFile(journal, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => Object.keys(JSON.parse(l) as object))).toEqual(
      Array.from({ length: 4 }, () => ['v', 'put', 'del']),
    );
    // The delete names only the deleted id: the survivor is not written again.
    expect(JSON.parse(lines[3] ?? '')).toMatchObject({ put: [], del: [expect.any(String)] });
    const stored = await storedAnnotations(dir, meta.id);
    expect(stored).toEqual([expect.objectContaining({ id: a.id, note: 'وزير', tag: 'actor' })]);
    expect(await library.listAnnotations(meta.id)).toEqual(stored);
  });

  it('folds the journal into the annotations file at close; the next open lists the same', async () => {
    const dir = await tempDir();
    const { library, meta } = await libraryWithEdits(dir);
    const before = await library.listAnnotations(meta.id);
    await library.close();
    expect(await readdir(join(dir, 'annotations'))).toEqual([`${meta.id}.json`]);
    const reopened = await Library.open(dir, { dailyBackup: false });
    expect(await reopened.listAnnotations(meta.id)).toEqual(before);
    await reopened.close();
  });

  it('drops a line cut off by a crash, reports it once, cuts it out, and the next edit lands after', async () => {
    const dir = await tempDir();
    const { library, meta, a } = await libraryWithEdits(dir);
    const kept = await library.listAnnotations(meta.id);
    const journal = join(dir, 'annotations', `${meta.id}.journal`);
    await library.flush();
    // The writer is killed (no close, so no fold) halfway through its next line.
    const whole = await readFile(journal, 'utf8');
    await appendFile(journal, '{"v":1,"put":[{"id":"0b6d6f34-3e1f-4b7e-9c1a-2d3e4f5a6b7c","start":1');
    await library.close().catch(() => undefined); // closing would fold: put the torn state back after it
    await writeFile(journal, `${whole}{"v":1,"put":[{"id":"0b6d6f34-3e1f-4b7e-9c1a-2d3e4f`);

    const reopened = await Library.open(dir, { dailyBackup: false });
    await reopened.checkDone;
    expect(reopened.startupReport()).toMatchObject({ journalLinesDropped: 1, quarantined: [] });
    // The torn line is cut out; the whole lines stay (the same changes, re-serialised).
    const parsed = (text: string) =>
      text
        .split('\n')
        .slice(0, -1)
        .map((l) => JSON.parse(l) as unknown);
    const repaired = await readFile(journal, 'utf8');
    expect(repaired.endsWith('\n')).toBe(true);
    expect(parsed(repaired)).toEqual(parsed(whole));
    expect(await reopened.listAnnotations(meta.id)).toEqual(kept);
    const c = await reopened.createAnnotation({ articleId: meta.id, start: 30, end: 35, tag: 'event' });
    expect((await storedAnnotations(dir, meta.id)).map((x) => x.id)).toEqual([a.id, c.id]);
    await reopened.close();
    const again = await Library.open(dir, { dailyBackup: false });
    await again.checkDone;
    expect(again.startupReport().journalLinesDropped).toBeUndefined();
    expect((await again.listAnnotations(meta.id)).map((x) => x.id)).toEqual([a.id, c.id]);
    await again.close();
  });

  it('sets a journal with a damaged complete line aside (a copy in quarantine), reports it, and keeps the rest', async () => {
    const dir = await tempDir();
    const { library, meta, a } = await libraryWithEdits(dir);
    const kept = await library.listAnnotations(meta.id);
    await library.flush();
    const journal = join(dir, 'annotations', `${meta.id}.journal`);
    const whole = await readFile(journal, 'utf8');
    await library.close();
    // Not a crash: a complete line that is not a change (a note over the limit), between good ones.
    const bad = JSON.stringify({ v: 1, put: [{ ...kept[0], note: 'x'.repeat(10_001) }], del: [] });
    const lines = whole.split('\n');
    await writeFile(journal, [...lines.slice(0, 2), bad, ...lines.slice(2)].join('\n'));
    const damaged = await readFile(journal, 'utf8');
    const reopened = await Library.open(dir, { dailyBackup: false });
    await reopened.checkDone;
    const report = reopened.startupReport();
    expect(report.journalLinesDropped).toBeUndefined();
    expect(report.quarantined).toEqual([
      expect.objectContaining({
        file: `annotations/${meta.id}.journal`,
        reason: expect.stringContaining('1 line(s) of changes could not be read') as string,
      }),
    ]);
    const copy = report.quarantined[0]?.movedTo ?? '';
    expect(await readFile(join(dir, copy), 'utf8')).toBe(damaged);
    expect((await reopened.listAnnotations(meta.id)).map((x) => x.id)).toEqual([a.id]);
    await reopened.close();
  });

  it('counts from the journal when the index lost its count, and does not call the journal unknown', async () => {
    const dir = await tempDir();
    const { library, meta } = await libraryWithEdits(dir);
    await library.flush();
    const journal = join(dir, 'annotations', `${meta.id}.journal`);
    const lines = await readFile(journal, 'utf8');
    await library.close();
    // As after a kill: the journal is still there and the index's count was never written.
    await writeFile(journal, lines);
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as {
      articles: { annotationCount: number }[];
    };
    for (const article of index.articles) article.annotationCount = 0;
    await writeFile(join(dir, 'index.json'), JSON.stringify(index));
    const reopened = await Library.open(dir, { dailyBackup: false });
    await reopened.checkDone;
    expect(reopened.startupReport().unknownFiles).toBeUndefined();
    expect((await reopened.listArticles()).find((m) => m.id === meta.id)?.annotationCount).toBe(1);
    await reopened.close();
  });

  it('a read-only open reads the journal and writes nothing', async () => {
    const dir = await tempDir();
    const { library, meta } = await libraryWithEdits(dir);
    await library.flush();
    const before = await snapshot(join(dir, 'annotations'));
    const reader = await Library.open(dir, { access: 'read-only' });
    await reader.checkDone;
    expect(await reader.listAnnotations(meta.id)).toEqual(await library.listAnnotations(meta.id));
    await reader.close();
    expect(await snapshot(join(dir, 'annotations'))).toEqual(before);
    await library.close();
  });

  it('a backup holds the journal folded in; a restore leaves no live journal to replay', async () => {
    const dir = await tempDir();
    const { library, meta, a } = await libraryWithEdits(dir);
    const info = await library.backupIfDue();
    if (!info) throw new Error('no backup was due');
    expect(info).toMatchObject({ annotations: 1 });
    const backedUp = JSON.parse(
      await readFile(join(dir, 'backups', info.name, 'annotations', `${meta.id}.json`), 'utf8'),
    ) as { annotations: Annotation[] };
    expect(backedUp.annotations).toEqual(await library.listAnnotations(meta.id));
    // Later edits, journaled; then the backup comes back.
    await library.createAnnotation({ articleId: meta.id, start: 30, end: 35, tag: 'event' });
    await library.restoreBackup(info.name);
    expect((await readdir(join(dir, 'annotations'))).filter((n) => n.endsWith('.journal'))).toEqual([]);
    expect((await library.listAnnotations(meta.id)).map((x) => x.id)).toEqual([a.id]);
    await library.close();
  });
});

describe('journal lines', () => {
  const at = '2026-03-01T00:00:00.000Z';
  const make = (id: string, tag: string): Annotation =>
    ({ id, articleId: id, start: 0, end: 1, tag, quote: 'x', createdAt: at, updatedAt: at }) as Annotation;

  it('a diff names what changed only, and folding it gives the new list', () => {
    const [x, y, z] = [make('1', 'actor'), make('2', 'event'), make('3', 'actor')];
    const y2 = { ...y, tag: 'actor' };
    const change = diffAnnotations([x, y, z], [x, y2, { ...z }]);
    expect(change).toEqual({ put: [y2], del: [] });
    expect(diffAnnotations([x, y, z], [z])).toEqual({ put: [], del: ['1', '2'] });
    expect(foldJournal([x, y, z], [change, { put: [], del: ['1'] }])).toEqual([y2, z]);
  });

  it('reads complete valid lines, and counts a torn last line and an invalid line as dropped', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.journal');
    const good = JSON.stringify({ v: 1, put: [], del: ['0b6d6f34-3e1f-4b7e-9c1a-2d3e4f5a6b7c'] });
    await writeFile(path, `${good}\n{"v":2,"put":[],"del":[]}\n${good}\n{"v":1,"pu`);
    expect(await readJournal(path)).toMatchObject({ lines: 2, dropped: 2, invalid: 1 });
    expect(await readJournal(join(dir, 'none.journal'))).toEqual({
      changes: [],
      lines: 0,
      dropped: 0,
      invalid: 0,
    });
  });
});
