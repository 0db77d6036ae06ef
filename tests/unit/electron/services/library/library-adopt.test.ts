/**
 * Ids are lower-cased on entry, and files under articles/ or annotations/
 * that the library does not list are reported at start-up and can be
 * adopted (before, an article text left by a kill during an import was
 * never reported, and an upper-case copy of an id was a different article).
 */

import { randomUUID } from 'node:crypto';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { API_ARGS } from '../../../../../shared/ipc-validation';
import { importAnnotationsFile } from '../../../../../electron/services/transfer/import-service';
import { fixture, readUtf8, useTempDirs } from '../../../helpers';
import { twoArticles } from '../../../two-articles';

const tempDir = useTempDirs();
const NOW = new Date('2026-03-14T09:00:00.000Z');
const opened: Library[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

async function open(dir: string): Promise<Library> {
  const library = await Library.open(dir, { now: () => NOW });
  opened.push(library);
  await library.checkDone;
  return library;
}

describe('unknown files under articles/ and annotations/', () => {
  it('reports an unlisted article text and odd names, and adopts the text with its annotations', async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    // What a kill during an import leaves: the text written, the index not yet (made in another library).
    const other = await open(await tempDir());
    const text = await readUtf8(fixture('astral-lines.ar.txt'));
    const { id } = await other.addArticle({ title: 'نص', text });
    await other.close();
    await copyFile(join(other.paths.dir, 'articles', `${id}.json`), join(dir, 'articles', `${id}.json`));
    await writeFile(join(dir, 'articles', `${short.id.toUpperCase()}.json`), 'copied by hand');
    await writeFile(join(dir, 'annotations', 'notes.txt'), 'x');

    const library = await open(dir);
    expect(library.startupReport().unknownFiles).toEqual(
      [
        {
          kind: 'name',
          file: `articles/${short.id.toUpperCase()}.json`,
          reason: 'not a file name the library writes',
        },
        {
          kind: 'article',
          file: `articles/${id}.json`,
          articleId: id,
          reason: 'an article text the list of articles does not include',
        },
        { kind: 'name', file: 'annotations/notes.txt', reason: 'not a file name the library writes' },
      ].sort((a, b) => (a.file < b.file ? -1 : 1)),
    );
    // The upper-case copy is never read as the article it names.
    expect((await library.getArticle(short.id)).text).not.toBe('copied by hand');

    const meta = await library.adoptArticle(id.toUpperCase());
    expect(meta.id).toBe(id);
    // The article file keeps the metadata it entered with: the adopted article gets its own title back.
    expect(meta.title).toBe('نص');
    expect((await library.listArticles()).map((a) => a.id)).toContain(id);
    expect(library.startupReport().unknownFiles?.map((f) => f.file)).toEqual([
      'annotations/notes.txt',
      `articles/${short.id.toUpperCase()}.json`,
    ]);
    // Refusals name the file and the article it clashes with, for the sentence the user reads.
    await expect(library.adoptArticle(id)).rejects.toMatchObject({
      code: 'duplicate',
      params: { file: `articles/${id}.json`, title: 'نص' },
    });
    const missing = randomUUID();
    await expect(library.adoptArticle(missing)).rejects.toMatchObject({
      code: 'not-found',
      params: { id: missing, file: `articles/${missing}.json` },
    });
  });
});

describe('ids are lower-cased on entry', () => {
  it('reads an article by an upper-case id and merges an import naming it in upper case', async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    const library = await open(dir);
    // IPC parses every id with the one id schema, which lower-cases it.
    expect(API_ARGS.getArticle.parse([short.id.toUpperCase()])).toEqual([short.id]);

    const exported = await library.exportArticle(short.id);
    const article = exported.articles[0];
    if (!article) throw new Error('nothing exported');
    article.id = article.id.toUpperCase();
    for (const a of article.annotations) a.id = randomUUID().toUpperCase();
    const path = join(dir, 'upper.json');
    await writeFile(path, JSON.stringify(exported));
    const report = await importAnnotationsFile(library, path, 'keep-both');
    expect(report).toMatchObject({ articlesAdded: 0, articlesMerged: 1, problems: [] });
    // Merged into the lower-case article: the annotation (same span and tag as the one there) is that one.
    expect(report).toMatchObject({ annotationsAdded: 0, annotationsUnchanged: 1 });
    const listed = await library.listAnnotations(short.id);
    expect(listed).toHaveLength(1);
    for (const a of listed) expect(a.id).toBe(a.id.toLowerCase());
    expect(await library.listArticles()).toHaveLength(2);
  });
});
