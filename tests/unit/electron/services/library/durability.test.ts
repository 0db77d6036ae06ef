/**
 * The durability promise at the file-system level, with node:fs/promises
 * wrapped to record (and, for the disk-full case, fail) the real calls:
 * an edit resolves only after its temp file is fsynced, renamed over the old
 * file and the folder fsynced; a write failing with ENOSPC leaves the old file
 * byte for byte, leaves no temp file, and reports storage-failed.
 */

import * as realFs from 'node:fs/promises';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { failureCode, fixture, readUtf8, useTempDirs } from '../../../helpers';

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
    const sync = handle.sync.bind(handle);
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
    return handle;
  };
  const rename: typeof fs.rename = async (from, to) => {
    await fs.rename(from, to);
    events.push(`rename ${basename(String(to))}`);
  };
  return { ...fs, default: { ...fs, open, rename }, open, rename };
});

const tempDir = useTempDirs();
afterEach(() => {
  events.length = 0;
  failNextWrite.code = null;
});

async function libraryWithArticle() {
  const dir = await tempDir();
  const library = await Library.open(dir);
  const meta = await library.addArticle({
    title: 'لقاء',
    text: await readUtf8(fixture('short-article.ar.txt')),
  });
  return { dir, library, meta, annotationsPath: join(dir, 'annotations', `${meta.id}.json`) };
}

describe('an edit is acknowledged only once it is durable', () => {
  it('createAnnotation resolves after fsync of the temp file, the rename and the fsync of the folder', async () => {
    const { library, meta } = await libraryWithArticle();
    events.length = 0;
    const file = `${meta.id}.json`;
    await library.createAnnotation({ articleId: meta.id, start: 6, end: 11, tag: 'actor' }).then(() => {
      events.push('resolved');
    });
    const mine = events.filter((e) => e.includes(file) || e === 'fsync annotations' || e === 'resolved');
    expect(mine.map((e) => e.replace(/\.[0-9a-f]{12}\.tmp$/, '.tmp'))).toEqual([
      `write .${file}.tmp`,
      `fsync .${file}.tmp`,
      `rename ${file}`,
      'fsync annotations',
      'resolved',
    ]);
  });

  it('updateAnnotation and deleteAnnotation also resolve only after the folder fsync', async () => {
    const { library, meta } = await libraryWithArticle();
    const created = await library.createAnnotation({ articleId: meta.id, start: 6, end: 11, tag: 'actor' });
    for (const edit of [
      () => library.updateAnnotation(meta.id, created.id, { tag: 'event' }),
      () => library.deleteAnnotation(meta.id, created.id),
    ]) {
      events.length = 0;
      await edit().then(() => events.push('resolved'));
      expect(events.slice(-3)).toEqual([`rename ${meta.id}.json`, 'fsync annotations', 'resolved']);
    }
  });
});

describe('disk full (ENOSPC)', () => {
  it('leaves the old annotations file intact, no temp file, and reports storage-failed', async () => {
    const { library, meta, annotationsPath } = await libraryWithArticle();
    const kept = await library.createAnnotation({ articleId: meta.id, start: 6, end: 11, tag: 'actor' });
    const before = await readFile(annotationsPath);
    failNextWrite.code = 'ENOSPC';
    const code = await failureCode(
      library.createAnnotation({ articleId: meta.id, start: 20, end: 26, tag: 'event' }),
    );
    expect(code).toBe('storage-failed');
    expect(failNextWrite.code).toBeNull(); // the failure was really injected
    expect(await readFile(annotationsPath)).toEqual(before);
    expect((await readdir(join(annotationsPath, '..'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await library.listAnnotations(meta.id)).toEqual([kept]);
    // The disk has room again: the next edit works and keeps the first.
    await library.createAnnotation({ articleId: meta.id, start: 20, end: 26, tag: 'event' });
    expect((await library.listAnnotations(meta.id)).map((a) => a.tag)).toEqual(['actor', 'event']);
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
