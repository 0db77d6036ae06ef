/**
 * A folder import leaves out any Hamish library inside the folder (fresh-user
 * test 4): `hamish import <folder>` on a folder that held its own library
 * refused index.json, index.head.json, taxonomy.json and library-lock.json
 * one by one and exited 1. Real library folders (Library.open, one article
 * imported) next to real article files; a folder that merely has an
 * index.json but no articles/ is still searched.
 */

import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFolder } from '../../../../../electron/services/import/collect-folder';
import { importFiles } from '../../../../../electron/services/import/import-batch';
import { Library } from '../../../../../electron/services/library/library';
import { fixture, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

describe('collectFolder', () => {
  it('skips a Hamish library inside the folder, whole, and imports only the articles beside it', async () => {
    const root = await tempDir();
    await copyFile(fixture('short-article.ar.txt'), join(root, '01-short.txt'));
    // The library kept in the folder being imported, with an article in it and a text file dropped into it.
    const library = await Library.open(join(root, 'library'));
    await importFiles(library, [fixture('import/ceasefire.ar.md')]);
    await writeFile(join(root, 'library', 'notes.txt'), 'ملاحظات داخل مجلد المكتبة');
    // A web export with its own index.json but no articles/ folder is not a library.
    await mkdir(join(root, 'site'));
    await writeFile(join(root, 'site', 'index.json'), '{}');
    await copyFile(fixture('import/news-page.ar.html'), join(root, 'site', 'page.html'));

    const paths = (await collectFolder(root)).map((p) => p.slice(root.length + 1));
    expect(paths).toEqual(['01-short.txt', join('site', 'index.json'), join('site', 'page.html')]);

    // The library itself, named as the folder: nothing to take.
    expect(await collectFolder(join(root, 'library'))).toEqual([]);

    // Imported into the library found inside: the article beside it is added and nothing is refused
    // for being one of the library's own files.
    const report = await importFiles(library, await collectFolder(root));
    expect(report.added.map((a) => a.file)).toEqual(['01-short.txt', 'page.html']);
    expect(report.refused.map((r) => r.file)).toEqual(['index.json']);
    await library.close();
  });
});
