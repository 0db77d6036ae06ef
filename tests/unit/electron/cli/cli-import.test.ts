/**
 * `hamish import` goes through the app's importer: on the import fixtures
 * (.html, .md, windows-1256 and UTF-16 .txt) it makes the same articles as the
 * app's import path (createServices' import runner, behind the Import files… menu): same
 * canonical text, text hash, title and metadata; and it refuses a duplicate.
 */

import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services/services';
import { Library } from '../../../../electron/services/library/library';
import type { ArticleMeta } from '../../../../shared/model';
import { fixture, useTempDirs } from '../../helpers';
import { encodeUtf16, encodeWindows1256 } from '../../import-encoding';
import { runCli } from './run-cli';

const tempDir = useTempDirs();

/** The import fixtures, one per format and encoding the app knows. */
async function inbox(dir: string): Promise<string[]> {
  const legacy = await readFile(fixture('import/legacy-1256.source.txt'), 'utf8');
  const files = [
    join(dir, 'news.html'),
    join(dir, 'report.htm'),
    join(dir, 'ceasefire.md'),
    join(dir, 'هدنة.txt'),
    join(dir, 'utf16.txt'),
    join(dir, 'utf8.txt'),
  ];
  await copyFile(fixture('import/news-page.ar.html'), files[0] ?? '');
  await copyFile(fixture('import/report.en.html'), files[1] ?? '');
  await copyFile(fixture('import/ceasefire.ar.md'), files[2] ?? '');
  await writeFile(files[3] ?? '', encodeWindows1256(legacy));
  await writeFile(files[4] ?? '', encodeUtf16(await readFile(fixture('astral-lines.ar.txt'), 'utf8'), 'le'));
  await copyFile(fixture('short-article.ar.txt'), files[5] ?? '');
  return files;
}

/** What must be equal between two imports of the same file (not the id or the time). */
async function articlesOf(dir: string) {
  const library = await Library.open(dir);
  try {
    const metas = await library.listArticles();
    const texts = await Promise.all(metas.map((m) => library.getArticle(m.id)));
    return metas
      .map((m: ArticleMeta, i) => {
        const { id, addedAt, ...rest } = m;
        return { id: typeof id, addedAt: typeof addedAt, ...rest, text: texts[i]?.text };
      })
      .sort((a, b) => (a.importedFrom ?? '').localeCompare(b.importedFrom ?? ''));
  } finally {
    await library.close();
  }
}

describe('hamish import', () => {
  it('makes the same articles as the app import path, for every format and encoding', async () => {
    const dir = await tempDir();
    const files = await inbox(dir);
    const cli = await runCli(['import', ...files, '--library', join(dir, 'cli'), '--create']);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('6 articles added, 0 already in the library, 0 refused.');
    expect(cli.stdout).toContain('Added news.html as “ويتكوف يلتقي الوفد المفاوض في القاهرة”.');

    const app = await Library.open(join(dir, 'app'));
    const report = await createServices(app, { searchAtOnce: false }).imports.importPaths(files);
    await app.close();
    expect(report.added).toHaveLength(6);

    const fromCli = await articlesOf(join(dir, 'cli'));
    expect(fromCli).toEqual(await articlesOf(join(dir, 'app')));
    expect(fromCli.map((a) => [a.importedFrom, a.title, a.language])).toEqual([
      ['ceasefire.md', 'الوسطاء يبحثون تثبيت وقف إطلاق النار في غزة', 'ar'],
      ['news.html', 'ويتكوف يلتقي الوفد المفاوض في القاهرة', 'ar'],
      ['report.htm', 'Talks on prisoner exchange resume in Doha', 'en'],
      ['utf16.txt', expect.any(String), 'ar'],
      ['utf8.txt', expect.any(String), 'ar'],
      ['هدنة.txt', 'الاحتلال يعلن تمديد الهدنة', 'ar'],
    ]);
    expect(fromCli.find((a) => a.importedFrom === 'news.html')).toMatchObject({
      source: 'شبكة الأخبار',
      author: 'محمود العلي',
      date: '2025-10-02',
      url: 'https://news.example.com/politics/2025/10/02/witkoff-cairo',
    });
    expect(fromCli.find((a) => a.importedFrom === 'هدنة.txt')?.text).toContain(
      'تمديد الهدنة الإنسانية لمدة أسبوع إضافي',
    );
  });

  it('refuses a duplicate by name, and bad files with the file and the reason; exit 1, the rest added', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'lib');
    const md = join(dir, 'ceasefire.md');
    await copyFile(fixture('import/ceasefire.ar.md'), md);
    expect((await runCli(['import', md, '--library', lib, '--create'])).code).toBe(0);
    await copyFile(md, join(dir, 'copy.md'));
    await writeFile(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    await writeFile(join(dir, 'scan.pdf'), '%PDF-1.7');
    const again = await runCli([
      'import',
      join(dir, 'copy.md'),
      join(dir, 'photo.txt'),
      join(dir, 'scan.pdf'),
      join(dir, 'gone.txt'),
      fixture('short-article.ar.txt'),
      '--library',
      lib,
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr.split('\n')).toEqual([
      'Not added: copy.md is already in the library as “الوسطاء يبحثون تثبيت وقف إطلاق النار في غزة”.',
      'photo.txt was not imported: it is not a text file (binary data or an unknown encoding).',
      'scan.pdf was not imported: only .txt, .md and .html files can be.',
      'gone.txt could not be read: it does not exist.',
    ]);
    expect(again.stdout).toContain('1 article added, 1 already in the library, 3 refused.');
    const json = await runCli(['import', md, '--library', lib, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      total: 1,
      added: [],
      duplicates: [{ file: 'ceasefire.md', existingTitle: 'الوسطاء يبحثون تثبيت وقف إطلاق النار في غزة' }],
    });
    expect((await articlesOf(lib)).map((a) => a.importedFrom).sort()).toEqual([
      'ceasefire.md',
      'short-article.ar.txt',
    ]);
  });

  it('speaks Arabic when the language is Arabic', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'lib');
    await writeFile(join(dir, 'فارغ.txt'), '');
    const run = await runCli(['import', join(dir, 'فارغ.txt'), '--library', lib, '--create'], {
      LANG: 'ar_EG.UTF-8',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('لم يُستورد الملف «فارغ.txt»: فارغ أو لا نص مقال فيه.');
    expect(run.stdout).toBe('مقالات أُضيفت: 0، موجودة من قبل: 0، مرفوضة: 1.');
  });
});
