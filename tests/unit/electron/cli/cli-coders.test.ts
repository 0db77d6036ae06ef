/**
 * The CLI's coder gaps (issue 20 review), on real libraries in temp folders:
 * `import-annotations FILE --coder NAME` without --as-layer stamps NAME on
 * the file's annotations that name no coder; `export --coder NAME` matching
 * no annotation is refused naming the coders there, nothing written; and an
 * export of gold resting on adjudication decisions that need review warns
 * with their count, in English and Arabic.
 */

import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeExport } from '../../../../electron/services/export/export-service';
import { Library } from '../../../../electron/services/library/library';
import type { HamishExport } from '../../../../shared/export-format';
import { CODER_A, CODER_B } from '../../adjudication-fixture';
import { SAMPLE_PATH, storedAnnotations, useTempDirs } from '../../helpers';
import { setUpIn } from '../services/adjudication/adjudication-setup';
import { runCli } from './run-cli';

const tempDir = useTempDirs();
const AR = { LANG: 'ar_EG.UTF-8' };
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('hamish and coders', () => {
  it('stamps --coder on the file’s annotations that name no coder when merging', async () => {
    const from = await tempDir();
    const source = await Library.open(from, { samplePath: SAMPLE_PATH, dailyBackup: false });
    const [article] = await source.listArticles();
    if (!article) throw new Error('no sample article');
    await source.createAnnotation({ articleId: article.id, start: 0, end: 4, tag: 'actor.person' });
    const path = join(from, 'unsigned.hamish.json');
    await writeExport(source, { format: 'json', articleIds: [article.id] }, path, 'test');
    await source.close();
    const file = JSON.parse(await readFile(path, 'utf8')) as HamishExport;
    for (const a of file.articles.flatMap((x) => x.annotations)) delete a.author;
    await writeFile(path, JSON.stringify(file));
    const dir = await tempDir();
    const run = await runCli(['import-annotations', path, '--coder', 'ليلى', '--library', dir, '--create']);
    expect(run.code, run.stderr).toBe(0);
    const stored = await storedAnnotations(dir, article.id);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((a) => a['author'])).toEqual(stored.map(() => 'ليلى'));
  });

  it('refuses a coder filter that matches nothing, naming the coders there, in both languages', async () => {
    const { dir, library } = await setUpIn(await tempDir());
    await library.close();
    const out = join(await tempDir(), 'nobody.hamish.json');
    const en = await runCli([
      'export',
      '--format',
      'json',
      '--coder',
      'Nobody',
      '--out',
      out,
      '--library',
      dir,
    ]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`No annotation or claim of the chosen articles is by Nobody`);
    expect(en.stderr).toContain(`Coders there: ${CODER_B}, ${CODER_A}.`);
    const ar = await runCli(
      ['export', '--format', 'json', '--coder', 'Nobody', '--out', out, '--library', dir],
      AR,
    );
    expect(ar.code).toBe(1);
    expect(ar.stderr).toContain(`المرمِّزون فيها: ${CODER_B}, ${CODER_A}`);
    expect(await exists(out)).toBe(false);
  });

  it('warns when exported gold rests on decisions that need review', async () => {
    const { dir, library, articles, setup, service } = await setUpIn(await tempDir());
    await service.open(setup);
    // Omar drops «وزير الخارجية», which both had: its agreed copy in gold now rests on nothing.
    const second = articles[1]?.id ?? '';
    const dropped = (await library.listAnnotations(second)).filter(
      (a) => a.author === CODER_B && a.tag === 'actor.person',
    );
    await library.deleteAnnotations(
      second,
      dropped.map((a) => a.id),
    );
    await library.close();
    const out = join(await tempDir(), 'gold.hamish.json');
    const en = await runCli([
      'export',
      '--format',
      'json',
      '--coder',
      'gold',
      '--out',
      out,
      '--library',
      dir,
    ]);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe(
      'Warning: 1 gold annotation rest on adjudication decisions that need review (a coder’s layer changed since); review them in Adjudicate.',
    );
    const written = JSON.parse(await readFile(out, 'utf8')) as HamishExport;
    expect(written.articles.flatMap((a) => a.annotations)).toHaveLength(3);
    const ar = await runCli(
      ['export', '--format', 'json', '--coder', 'gold', '--out', out, '--force', '--library', dir],
      AR,
    );
    expect(ar.stderr).toContain('تنبيه: 1 من توسيمات الطبقة الذهبية');
    // Another coder's export holds no gold: no warning.
    const omar = await runCli([
      'export',
      '--format',
      'json',
      '--coder',
      CODER_B,
      '--out',
      out,
      '--force',
      '--library',
      dir,
    ]);
    expect(omar.stderr).toBe('');
  });
});
