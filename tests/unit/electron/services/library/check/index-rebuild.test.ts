/**
 * A damaged index.json is rebuilt from the newest backup's metadata first,
 * then from the article files, and the report says which article lost what
 * (before, every title, source and date was lost and today's backup unread).
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../../../../electron/services/library/library';
import { fixture, readUtf8, useTempDirs } from '../../../../helpers';
import { LONG_TITLE, SHORT_TITLE, twoArticles } from '../../../../two-articles';

const tempDir = useTempDirs();
const DAY1 = new Date('2026-03-14T09:00:00.000Z');
const DAY2 = new Date('2026-03-15T09:00:00.000Z');
const opened: Library[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

async function open(dir: string, at: Date): Promise<Library> {
  const library = await Library.open(dir, { now: () => at });
  opened.push(library);
  await library.checkDone;
  return library;
}

describe('rebuilding a damaged index', () => {
  it('takes titles, sources, dates and status from the newest backup, and names what the rest lost', async () => {
    const dir = await tempDir();
    const { short, long } = await twoArticles(dir, DAY1);
    const day1 = await open(dir, DAY1);
    await day1.updateMeta(short.id, { source: 'الأهرام', date: '2025-11-20', status: 'done' });
    await day1.close();
    // Day 2's open makes the daily backup: it holds both articles' metadata as day 1 left it.
    const day2Again = await open(dir, DAY2);
    await day2Again.updateMeta(long.id, { source: 'وكالة' }); // after the backup: lost
    const text = `${await readUtf8(fixture('astral-lines.ar.txt'))}\nنص جديد لم يُحفظ في أي نسخة`;
    const added = await day2Again.addArticle({ title: 'مقال بعد النسخة', source: 'موقع', text });
    const legacyText = `${text}\nومقال كُتب ملفه قبل أن تحفظ الملفات بياناتها`;
    const legacy = await day2Again.addArticle({ title: 'مقال قديم', source: 'موقع', text: legacyText });
    await day2Again.close();
    // An article file written before files kept their own metadata.
    const legacyPath = join(dir, 'articles', `${legacy.id}.json`);
    const legacyFile = JSON.parse(await readUtf8(legacyPath)) as { meta?: unknown };
    delete legacyFile.meta;
    await writeFile(legacyPath, JSON.stringify(legacyFile));

    await writeFile(join(dir, 'index.json'), '{"version":1,"articles":[tru');
    const library = await open(dir, DAY2);
    const report = library.startupReport();
    expect(report.indexRebuilt).toBe(true);
    const listed = await library.listArticles();
    expect(listed.find((a) => a.id === short.id)).toMatchObject({
      title: SHORT_TITLE,
      source: 'الأهرام',
      date: '2025-11-20',
      status: 'done',
      annotationCount: 1,
    });
    // The newest backup had no source for it yet: a change made after the last backup is not recoverable.
    expect(listed.find((a) => a.id === long.id)).toMatchObject({
      title: LONG_TITLE,
      source: '',
      annotationCount: 1,
    });
    // Added after the newest backup: its file kept the metadata it was added with.
    expect(listed.find((a) => a.id === added.id)).toMatchObject({ title: 'مقال بعد النسخة', source: 'موقع' });
    // A file without it: the first line is the title, and the report says what was lost.
    const recovered = listed.find((a) => a.id === legacy.id);
    expect(recovered?.title).toBe([...(legacyText.split('\n')[0] ?? '').trim()].slice(0, 120).join(''));
    expect(recovered?.source).toBe('');
    expect(report.indexLosses).toEqual([
      {
        articleId: legacy.id,
        title: recovered?.title,
        lost: ['title', 'source', 'date', 'author', 'url', 'status'],
      },
    ]);
  });
});
