/**
 * Issue 14, "read-only operations never write an annotations file", through
 * the app's real API over a real library folder (search index and analysis
 * aggregate attached as in the app): an article with a moved annotation and
 * an orphan is opened, listed, searched, counted in the analysis views and
 * exported in every format; the annotations file keeps its bytes (SHA-256)
 * and its mtime, no journal appears beside it, every export reports the
 * orphan, and the move is told once.
 */

import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../../../electron/services/app-api';
import { Library } from '../../../../electron/services/library/library';
import { createServices } from '../../../../electron/services/services';
import { codePointLength, utf16ToCodePoint } from '../../../../shared/code-points';
import { EXPORT_FORMATS } from '../../../../shared/export/export-request';
import type { HamishApi } from '../../../../shared/ipc-contract';
import { DEFAULT_PREFERENCES } from '../../../../shared/preferences';
import type { Result } from '../../../../shared/result';
import { inProcessApi, useTempDirs } from '../../helpers';

const tempDir = useTempDirs();

const TEXT = [
  'استقبل الجمهور الفريق بكثير من الحماسة بعد الفوز في المباراة النهائية.',
  'وقال المبعوث ستيف ويتكوف إن اللقاء مع الوفد كان مثمراً.',
].join('\n');

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

/** A library whose article has one annotation 3 code points off its text and one whose quote is «حماس» with context found nowhere. */
async function staleLibrary(dir: string) {
  const library = await Library.open(dir, { dailyBackup: false });
  const meta = await library.addArticle({ title: 'الحماسة', text: TEXT, language: 'ar' });
  const at = utf16ToCodePoint(TEXT, TEXT.indexOf('ستيف ويتكوف'));
  const moved = await library.createAnnotation({
    articleId: meta.id,
    start: at,
    end: at + codePointLength('ستيف ويتكوف'),
    tag: 'actor.person',
  });
  const lost = await library.createAnnotation({ articleId: meta.id, start: 0, end: 6, tag: 'actor' });
  await library.close();
  const path = join(dir, 'annotations', `${meta.id}.json`);
  const file = JSON.parse(await readFile(path, 'utf8')) as { annotations: Record<string, unknown>[] };
  file.annotations = file.annotations.map((a) =>
    a['id'] === moved.id
      ? { ...a, start: moved.start - 3, end: moved.end - 3 }
      : { ...a, quote: 'حماس', prefix: 'وقالت مصادر مقربة من حركة ', suffix: ' إن الوفد سيصل غداً' },
  );
  await writeFile(path, JSON.stringify(file));
  return { id: meta.id, path, moved, lost };
}

describe('read-only operations on stale anchors', () => {
  it('open, list, search, analysis and every export leave the annotations file as it was', async () => {
    const dir = await tempDir();
    const libraryDir = join(dir, 'library');
    const { id, path, moved, lost } = await staleLibrary(libraryDir);
    const hash = await sha256(path);
    const { mtimeMs } = await stat(path);
    const filesBefore = await readdir(join(libraryDir, 'annotations'));

    const library = await Library.open(libraryDir, { dailyBackup: false });
    const services = createServices(library, { generator: 'test' });
    let target = '';
    const api: HamishApi = inProcessApi(
      createAppApi({
        services,
        dialogs: {
          chooseTextFile: () => Promise.resolve(null),
          chooseExportPath: () => Promise.resolve(null),
          chooseExportTarget: () => Promise.resolve(target),
        },
        preferences: { get: () => DEFAULT_PREFERENCES, setLanguage: () => DEFAULT_PREFERENCES },
      }),
    );

    value(await api.getArticle(id));
    const listed = value(await api.listAnnotations(id));
    expect(listed.find((a) => a.id === lost.id)).toMatchObject({ orphaned: true, quote: 'حماس' });
    expect(listed.find((a) => a.id === moved.id)).toMatchObject({ start: moved.start, end: moved.end });
    expect(value(await api.takeAnchorMoves(id)).map((m) => [m.id, m.from, m.to])).toEqual([
      [moved.id, { start: moved.start - 3, end: moved.end - 3 }, { start: moved.start, end: moved.end }],
    ]);
    expect(value(await api.takeAnchorMoves(id))).toEqual([]);
    const found = value(await api.search('المبعوث'));
    expect(JSON.stringify(found)).toContain(id);
    const frequencies = value(await api.getAnalysis({ view: 'frequencies', filter: {}, by: 'tag' }));
    expect(JSON.stringify(frequencies)).toContain('actor.person');

    for (const format of EXPORT_FORMATS) {
      target = join(dir, `out-${format}`);
      const summary = value(await api.exportLibrary({ format }));
      // A codebook reads no article; every other export leaves the orphan out and says so.
      expect(summary?.orphaned, format).toBe(format === 'qdc' ? 0 : 1);
    }
    await library.flush();

    expect(await sha256(path)).toBe(hash);
    expect((await stat(path)).mtimeMs).toBe(mtimeMs);
    expect(await readdir(join(libraryDir, 'annotations'))).toEqual(filesBefore);
    await library.close();
  });
});
