/**
 * The durability promise at the file-system level, with node:fs/promises
 * wrapped to record (and, for the disk-full case, fail) the real calls: an
 * annotation edit resolves only after its journal line is written and
 * fsynced (and the folder fsynced when the journal is new); a fold writes a
 * temp file, fsyncs it, renames it over the annotations file and fsyncs the
 * folder before the journal goes; a write failing with ENOSPC leaves the
 * files as they were, leaves no temp file, and reports storage-failed.
 */

import * as realFs from 'node:fs/promises';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { failureCode, fixture, readUtf8, storedAnnotations, useTempDirs } from '../../../helpers';
import { snapshot } from '../../../transfer-helpers';

/** What the wrapped file system saw, in order. */
const events: string[] = [];
/** When set, the next handle.writeFile into a temp file fails with this code. */
const failNextWrite: { code: string | null } = { code: null };

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof realFs>();
  const open: typeof fs.open = async (path, flags, mode) => {
    const handle = await fs.open(path, flags, mode);
    const name = basename(String(path));
    const writeFile = handle.writeFile.bind(handle);
    const write = handle.write.bind(handle) as (...args: unknown[]) => Promise<unknown>;
    const sync = handle.sync.bind(handle);
    const datasync = handle.datasync.bind(handle);
    handle.writeFile = async (data, options) => {
      if (failNextWrite.code) {
        const code = failNextWrite.code;
        failNextWrite.code = null;
        // Half the data reaches the temp file before the disk fills up.
        const text = typeof data === 'string' ? data : '';
        await writeFile(text.slice(0, text.length / 2), options);
        throw Object.assign(new Error(`${code}: no space left on device, write`), { code });
      }
      events.push(`write ${name}`);
      return writeFile(data, options);
    };
    handle.sync = async () => {
      await sync();
      events.push(`fsync ${name}`);
    };
    // The journal's append: handle.write(line, null, 'utf8').
    (handle as { write: (...args: unknown[]) => Promise<unknown> }).write = async (...args: unknown[]) => {
      const [data] = args;
      if (failNextWrite.code && typeof data === 'string') {
        const code = failNextWrite.code;
        failNextWrite.code = null;
        await write(data.slice(0, data.length / 2), null, 'utf8');
        throw Object.assign(new Error(`${code}: no space left on device, write`), { code });
      }
      events.push(`write ${name}`);
      return write(...args);
    };
    handle.datasync = async () => {
      await datasync();
      events.push(`datasync ${name}`);
    };
    return handle;
  };
  const rename: typeof fs.rename = async (from, to) => {
    await fs.rename(from, to);
    events.push(`rename ${basename(String(to))}`);
  };
  const unlink: typeof fs.unlink = async (path) => {
    await fs.unlink(path);
    events.push(`unlink ${basename(String(path))}`);
  };
  return { ...fs, default: { ...fs, open, rename, unlink }, open, rename, unlink };
});

const tempDir = useTempDirs();
afterEach(() => {
  events.length = 0;
  failNextWrite.code = null;
});

async function libraryWithArticle(journalLimit?: number) {
  const dir = await tempDir();
  const library = await Library.open(dir, journalLimit === undefined ? {} : { journalLimit });
  const meta = await library.addArticle({
    title: 'لقاء',
    text: await readUtf8(fixture('short-article.ar.txt')),
  });
  return { dir, library, meta, annotationsPath: join(dir, 'annotations', `${meta.id}.json`) };
}

describe('an edit is acknowledged only once it is durable', () => {
  it('createAnnotation resolves after its journal line is written and fsynced, and the new journal’s folder', async () => {
    const { library, meta } = await libraryWithArticle();
    events.length = 0;
    const journal = `${meta.id}.journal`;
    await library.createAnnotation({ articleId: meta.id, start: 6, end: 11, tag: 'actor' }).then(() => {
      events.push('resolved');
    });
    const mine = events.filter((e) => e.includes(meta.id) || e === 'fsync annotations' || e === 'resolved');
    expect(mine).toEqual([`write ${journal}`, `datasync ${journal}`, 'fsync annotations', 'resolved']);
  });

  it('updateAnnotation and deleteAnnotation append one fsynced line each, and resolve after it', async () => {
    const { library, meta } = await libraryWithArticle();
    const created = await library.createAnnotation({ articleId: meta.id, start: 6, end: 11, tag: 'actor' });
    const journal = `${meta.id}.journal`;
    for (const edit of [
      () => library.updateAnnotation(meta.id, created.id, { tag: 'event' }),
      () => library.deleteAnnotation(meta.id, created.id),
    ]) {
      events.length = 0;
      await edit().then(() => events.push('resolved'));
      expect(events.filter((e) => e.includes(meta.id) || e === 'resolved')).toEqual([
        `write ${journal}`,
        `datasync ${journal}`,
        'resolved',
      ]);
    }
  });

  it('a fold (the journal full) renames the durable new file and fsyncs the folder before the journal goes', async () => {
    const { dir, library, meta } = await libraryWithArticle(2);
    await library.createAnnotation({ articleId: meta.id, start: 6, end: 11, tag: 'actor' });
    await library.createAnnotation({ articleId: meta.id, start: 20, end: 26, tag: 'event' });
    events.length = 0;
    await library.createAnnotation({ articleId: meta.id, start: 30, end: 35, tag: 'actor' }).then(() => {
      events.push('resolved');
    });
    const file = `${meta.id}.json`;
    const mine = events.filter((e) => e.includes(meta.id) || e === 'fsync annotations' || e === 'resolved');
    expect(mine.map((e) => e.replace(/\.[0-9a-f]{12}\.tmp$/, '.tmp'))).toEqual([
      `write .${file}.tmp`,
      `fsync .${file}.tmp`,
      `rename ${file}`,
      'fsync annotations',
      `unlink ${meta.id}.journal`,
      'fsync annotations',
      'resolved',
    ]);
    expect((await storedAnnotations(dir, meta.id)).map((a) => a.start)).toEqual([6, 20, 30]);
    expect(await readdir(join(dir, 'annotations'))).toEqual([file]);
  });
});

describe('disk full (ENOSPC)', () => {
  it('leaves the files as they were, no temp file, and reports storage-failed; the next edit keeps both', async () => {
    const { dir, library, meta } = await libraryWithArticle();
    const kept = await library.createAnnotation({ articleId: meta.id, start: 6, end: 11, tag: 'actor' });
    const folder = join(dir, 'annotations');
    const before = await snapshot(folder);
    failNextWrite.code = 'ENOSPC';
    const code = await failureCode(
      library.createAnnotation({ articleId: meta.id, start: 20, end: 26, tag: 'event' }),
    );
    expect(code).toBe('storage-failed');
    expect(failNextWrite.code).toBeNull(); // the failure was really injected
    // Half a line reached the journal before the disk filled up: it was cut off again.
    expect(await snapshot(folder)).toEqual(before);
    expect((await readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await library.listAnnotations(meta.id)).toEqual([kept]);
    // The disk has room again: the next edit works and keeps the first.
    await library.createAnnotation({ articleId: meta.id, start: 20, end: 26, tag: 'event' });
    expect((await library.listAnnotations(meta.id)).map((a) => a.tag)).toEqual(['actor', 'event']);
    expect((await storedAnnotations(dir, meta.id)).map((a) => a.tag)).toEqual(['actor', 'event']);
  });

  it('a fold that fails leaves the annotations file byte for byte and the journal in place', async () => {
    const { dir, library, meta } = await libraryWithArticle(1);
    const first = await library.createAnnotation({ articleId: meta.id, start: 6, end: 11, tag: 'actor' });
    const folder = join(dir, 'annotations');
    const before = await snapshot(folder);
    expect(Object.keys(before)).toEqual([`${meta.id}.journal`]);
    failNextWrite.code = 'ENOSPC'; // the journal is full (one line): this edit folds, and the fold's write fails
    expect(await failureCode(library.deleteAnnotation(meta.id, first.id))).toBe('storage-failed');
    expect(failNextWrite.code).toBeNull();
    expect(await snapshot(folder)).toEqual(before);
    expect((await storedAnnotations(dir, meta.id)).map((a) => a.id)).toEqual([first.id]);
    expect(await library.listAnnotations(meta.id)).toEqual([first]);
  });

  it('a failed article import leaves the index as it was', async () => {
    const { dir, library } = await libraryWithArticle();
    const index = await readFile(join(dir, 'index.json'));
    failNextWrite.code = 'ENOSPC';
    expect(await failureCode(library.addArticle({ title: 'ثانية', text: 'نص المقالة الثانية' }))).toBe(
      'storage-failed',
    );
    expect(await readFile(join(dir, 'index.json'))).toEqual(index);
    expect(await library.listArticles()).toHaveLength(1);
  });
});
