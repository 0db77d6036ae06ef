/**
 * `hamish adopt` on a real library with an article file its index does not
 * list (what a kill during an import leaves): a sentence per article in the
 * CLI's language, codes only with --json, and a given id that is not an id
 * refused as bad usage before the library is touched.
 */

import { randomUUID } from 'node:crypto';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../../electron/services/library/library';
import { fixture, readUtf8, useTempDirs } from '../../helpers';
import { runCli } from './run-cli';

const tempDir = useTempDirs();
const opened: Library[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

/** A library (closed) holding one listed article and the file of one it does not list. */
async function withUnlisted(): Promise<{ lib: string; id: string }> {
  const lib = join(await tempDir(), 'lib');
  const library = await Library.open(lib);
  await library.addArticle({ title: 'لقاء القاهرة', text: await readUtf8(fixture('short-article.ar.txt')) });
  await library.close();
  const other = await Library.open(join(await tempDir(), 'other'));
  const { id } = await other.addArticle({
    title: 'رموز وأسطر',
    text: await readUtf8(fixture('astral-lines.ar.txt')),
  });
  await other.close();
  await copyFile(join(other.paths.dir, 'articles', `${id}.json`), join(lib, 'articles', `${id}.json`));
  return { lib, id };
}

async function titles(lib: string): Promise<string[]> {
  const library = await Library.open(lib, { access: 'read-only' });
  opened.push(library);
  return (await library.listArticles()).map((a) => a.title).sort();
}

describe('hamish adopt', () => {
  it('adopts an unlisted article file, saying so in a sentence (English and Arabic)', async () => {
    const { lib, id } = await withUnlisted();
    const run = await runCli(['adopt', `articles/${id}.json`, '--library', lib]);
    expect(run).toMatchObject({ code: 0, stdout: '“رموز وأسطر” was added to the library.' });
    // Before it, the start-up check's notice names the file on stderr.
    expect(run.stderr).toMatch(
      /^Unknown file articles\/.*\(adopt it with "hamish adopt articles\/.*\.json"\)\.$/u,
    );
    expect(await titles(lib)).toEqual(['رموز وأسطر', 'لقاء القاهرة']);
    const again = await runCli(['adopt', id, '--library', lib, '--lang', 'ar']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`^لم يُعتمد ${id}: `, 'mu'));
    expect(again.stderr).not.toMatch(/duplicate|not adopted|\t/u);
  });

  it('names an article it cannot find in a sentence; --json gives the code', async () => {
    const { lib } = await withUnlisted();
    const missing = randomUUID();
    const run = await runCli(['adopt', missing, '--library', lib]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').at(-1)).toMatch(
      new RegExp(`^${missing} was not adopted: There is no article ${missing} in this library\\.$`, 'u'),
    );
    expect(run.stderr).not.toMatch(/not-found|articleId/u);
    const json = await runCli(['adopt', missing, '--json', '--library', lib]);
    expect(json.code).toBe(1);
    expect(json.stderr).not.toContain('was not adopted');
    expect(JSON.parse(json.stdout)).toMatchObject({
      adopted: [],
      notAdopted: [{ given: missing, error: { code: expect.any(String) as string } }],
    });
  });

  it('refuses what is not an article id, or no id at all, as bad usage, touching nothing', async () => {
    const { lib } = await withUnlisted();
    const bad = await runCli(['adopt', 'zzz', '--library', lib]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('"zzz" is not an article id (ids are shown by "hamish list").');
    expect(bad.stderr).not.toMatch(/articleId|invalid-argument/u);
    const none = await runCli(['adopt', '--library', lib, '--lang', 'ar']);
    expect(none.code).toBe(2);
    expect(none.stderr.split('\n')[0]).toBe(
      'الأمر adopt يحتاج إلى معرّف مقال واحد على الأقل أو ملف articles/<id>.json.',
    );
    expect(await titles(lib)).toEqual(['لقاء القاهرة']);
  });
});
