/**
 * What `hamish` says about a damaged library it opened read-only (issue 13):
 * the files are left in place and the index is rebuilt in memory only, and
 * the words say exactly that, once each (before: "left in place" twice on a
 * line, each damaged article twice, then "has been rebuilt" though nothing
 * was written). A real library
 * in a temp folder, opened read-only as `hamish list` does; the same notice
 * in Arabic under --lang ar.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportStartup } from '../../../../electron/cli/startup-notice';
import { Library } from '../../../../electron/services/library/library';
import { useTempDirs } from '../../helpers';
import { snapshot } from '../../transfer-helpers';
import { twoArticles } from '../../two-articles';

const tempDir = useTempDirs();
const NOW = new Date('2026-03-14T09:00:00.000Z');
const opened: Library[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

async function lines(dir: string, access?: 'read-only', language: 'ar' | 'en' = 'en'): Promise<string[]> {
  const library = await Library.open(dir, { now: () => NOW, ...(access ? { access } : {}) });
  opened.push(library);
  await library.checkDone;
  const err: string[] = [];
  reportStartup(
    library.startupReport(),
    { out: () => undefined, err: (line: string) => err.push(line) },
    language,
  );
  return err;
}

describe('the start-up notice of a read-only open', () => {
  it('says the damaged files were left in place and the index rebuilt in memory only; nothing is written', async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    await writeFile(join(dir, 'articles', `${short.id}.json`), '{"id":"');
    await writeFile(join(dir, 'index.json'), '{"version":1,"articles":[tru');
    const before = await snapshot(dir);

    const err = await lines(dir, 'read-only');
    const text = err.join('\n');
    expect(err.filter((l) => l.includes(`articles/${short.id}.json`))).toHaveLength(1);
    expect(text.match(/left in place/gu)).toHaveLength(err.filter((l) => l.startsWith('  ')).length);
    expect(text).toContain('left in place (the library is open read-only: nothing was moved)');
    expect(text).toContain(
      'index.json is damaged: the list of articles was rebuilt in memory for this command only (nothing was written: the library is open read-only).',
    );
    expect(text).not.toContain('has been rebuilt');
    expect(await snapshot(dir)).toEqual(before);
    expect(await readFile(join(dir, 'index.json'), 'utf8')).toBe('{"version":1,"articles":[tru');
  });

  it('a writing open says it moved the files and rebuilt the index', async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    await writeFile(join(dir, 'articles', `${short.id}.json`), '{"id":"');
    await writeFile(join(dir, 'index.json'), '{"version":1,"articles":[tru');
    const text = (await lines(dir)).join('\n');
    expect(text).toContain('moved to quarantine/');
    expect(text).not.toContain('left in place');
    expect(text).toContain('index.json was damaged and has been rebuilt.');
  });

  it('speaks Arabic under --lang ar: no English sentence is left', async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    await writeFile(join(dir, 'articles', `${short.id}.json`), '{"id":"');
    await writeFile(join(dir, 'index.json'), '{"version":1,"articles":[tru');
    await writeFile(join(dir, 'articles', 'stray.json'), '{}');
    const err = await lines(dir, undefined, 'ar');
    expect(err[0]).toMatch(/^وجد فحص بدء التشغيل \d+ من ملفات المكتبة تالفة:$/u);
    expect(err).toContain('كان ملف index.json تالفًا وأُعيد بناؤه.');
    expect(err.join('\n')).toContain('نص المقال تالف أو مفقود؛ نُقل إلى quarantine/');
    expect(err).toContain('ملف غير معروف articles/stray.json: ليس ملفًا يكتبه هامش.');
    // Paths, ids and file names aside, every line is Arabic: no English word of the notice is left.
    const words = err
      .join(' ')
      .replace(/[\w./-]*\.(json|txt)|[0-9a-f-]{36}|quarantine\/\S*|index\.json/gu, '');
    expect(words).not.toMatch(/\b(the|was|file|moved|damaged|article|Unknown)\b/iu);
  });
});
