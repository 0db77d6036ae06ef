/**
 * Issue 14 at the command line: `hamish list` and `hamish export` on a library
 * whose annotation lost its text are read-only (every file of the library
 * keeps its SHA-256) and the export says, in the user's language, how many
 * orphaned annotations it left out.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../electron/services/library/library';
import { useTempDirs } from '../../helpers';
import { snapshot } from '../../transfer-helpers';
import { runCli } from './run-cli';

const tempDir = useTempDirs();

const TEXT = 'استقبل الجمهور الفريق بكثير من الحماسة بعد الفوز في المباراة النهائية.';

describe('hamish and orphaned annotations', () => {
  it('lists and exports without writing, and counts the orphan left out of the export', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'lib');
    const library = await Library.open(lib, { dailyBackup: false });
    const meta = await library.addArticle({ title: 'الحماسة', text: TEXT });
    await library.createAnnotation({ articleId: meta.id, start: 0, end: 6, tag: 'actor' });
    await library.createAnnotation({ articleId: meta.id, start: 7, end: 14, tag: 'actor' });
    await library.close();
    // The first annotation's record claims «حماس», which is only inside «الحماسة» here.
    const path = join(lib, 'annotations', `${meta.id}.json`);
    const file = JSON.parse(await readFile(path, 'utf8')) as { annotations: Record<string, unknown>[] };
    file.annotations = file.annotations.map((a) =>
      a['start'] === 0 ? { ...a, quote: 'حماس', prefix: 'مصادر من حركة ', suffix: ' إن الوفد وصل' } : a,
    );
    await writeFile(path, JSON.stringify(file));
    const before = await snapshot(lib);

    expect((await runCli(['list', '--library', lib])).code).toBe(0);
    const en = await runCli(['export', '--library', lib, '--format', 'json', '--out', join(dir, 'a.json')]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Left out 1 orphaned annotation (the quote is no longer found in the text).');
    const ar = await runCli(['export', '--library', lib, '--format', 'csv', '--out', join(dir, 'a.csv')], {
      LANG: 'ar_EG.UTF-8',
    });
    expect(ar.stdout).toContain('تُرك 1 من التوسيمات اليتيمة خارج التصدير');
    const exported = JSON.parse(await readFile(join(dir, 'a.json'), 'utf8')) as {
      articles: { annotations: { quote: string }[] }[];
    };
    expect(exported.articles[0]?.annotations.map((a) => a.quote)).toEqual(['الجمهور']);
    expect(await snapshot(lib)).toEqual(before);
  });
});
