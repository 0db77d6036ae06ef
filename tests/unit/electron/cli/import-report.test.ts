/**
 * `hamish import` prints the import panel's own sentences: for saved web
 * pages, a Markdown post, a Word statement and a windows-1256 text file, each
 * printed line equals the sentence the app makes from its locale strings
 * (renderer/src/i18n/locales) for the report the app's importer gives for the
 * same files — "added: N words kept" (and the shortfall warning), duplicates
 * with their reason, refusals with theirs — in English and Arabic; --json
 * carries the raw report fields.
 */

import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { I18N_OPTIONS } from '../../../../renderer/src/i18n/resources';
import { createServices } from '../../../../electron/services/services';
import { Library } from '../../../../electron/services/library/library';
import type { BatchImportReport } from '../../../../shared/import-types';
import { fixture, useTempDirs } from '../../helpers';
import { encodeWindows1256 } from '../../import-encoding';
import { runCli } from './run-cli';

const tempDir = useTempDirs();

/** The app's i18next in `language` (the renderer's resources and options). */
function appT(language: 'en' | 'ar') {
  const instance = i18next.createInstance();
  void instance.init({ ...I18N_OPTIONS, lng: language, initAsync: false });
  return (key: string, options: Record<string, unknown> = {}): string => instance.t(key, options);
}

const fsi = (name: string): string => `\u2068${name}\u2069`;

/** The panel's lines for a report, straight from the locale keys it uses. */
function panelLines(report: BatchImportReport, language: 'en' | 'ar') {
  const t = appT(language);
  return {
    added: report.added.map(
      (a) =>
        t('import.added', { file: fsi(a.file), count: a.words }) +
        (a.shortfall
          ? ` ${t('import.shortfall', { kept: a.shortfall.keptWords, page: a.shortfall.pageWords })}`
          : ''),
    ),
    problems: [
      ...report.refused.map((r) =>
        t('import.reasons.line', { file: fsi(r.file), reason: t(`import.reasons.${r.code}`) }),
      ),
      ...report.duplicates.map((d) =>
        t(`import.duplicateReasons.${d.reason}`, {
          file: fsi(d.file),
          title: fsi(d.existingTitle),
          percent: Math.round(d.similarity * 100),
        }),
      ),
    ],
    summary: t('import.summary', {
      added: report.added.length,
      duplicates: report.duplicates.length,
      refused: report.refused.length,
    }),
  };
}

/** The four kinds of file the issue names (every saved page under fixtures/pages), copied into `dir`. */
async function inbox(dir: string): Promise<string[]> {
  const PAGES = (await readdir(fixture('pages'))).filter((name) => name.endsWith('.html')).sort();
  const files = PAGES.map((p) => join(dir, p));
  await Promise.all(PAGES.map((p, i) => copyFile(fixture(`pages/${p}`), files[i] ?? '')));
  const more = [join(dir, 'post.md'), join(dir, 'statement.docx'), join(dir, 'legacy-1256.txt')];
  await copyFile(fixture('import/ceasefire.ar.md'), more[0] ?? '');
  await copyFile(fixture('docx/statement.ar.docx'), more[1] ?? '');
  const legacy = await readFile(fixture('import/legacy-1256.source.txt'), 'utf8');
  await writeFile(more[2] ?? '', encodeWindows1256(legacy));
  return [...files, ...more];
}

/** The app's report for `files` into a fresh library in `dir`. */
async function appReport(dir: string, files: string[]): Promise<BatchImportReport> {
  const library = await Library.open(dir);
  try {
    return await createServices(library, { searchAtOnce: false }).imports.importPaths(files);
  } finally {
    await library.close();
  }
}

/** A report without the ids a fresh library or import gives (they differ between two imports). */
const withoutIds = (r: BatchImportReport) => ({
  ...r,
  added: r.added.map(({ id, ...rest }) => ({ ...rest, id: typeof id })),
  duplicates: r.duplicates.map(({ existingId, pendingId, ...rest }) => ({
    ...rest,
    existingId: typeof existingId,
    pendingId: typeof pendingId,
  })),
});

describe('hamish import report', () => {
  it.each(['en', 'ar'] as const)(
    'prints the app’s sentence for every page, post, .docx and windows-1256 file (%s)',
    async (language) => {
      const dir = await tempDir();
      const files = await inbox(dir);
      const report = await appReport(join(dir, 'app'), files);
      expect(report.added.map((a) => a.file)).toEqual(files.map((f) => f.slice(dir.length + 1)));
      expect(report.added.every((a) => a.words > 0)).toBe(true);

      const run = await runCli([
        'import',
        ...files,
        '--library',
        join(dir, 'cli'),
        '--create',
        '--lang',
        language,
      ]);
      const expected = panelLines(report, language);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout.split('\n')).toEqual([...expected.added, expected.summary]);
      // The words kept are the report's, in the sentence (not a count made elsewhere).
      const docx = report.added.find((a) => a.file === 'statement.docx');
      expect(run.stdout).toContain(String(docx?.words));
    },
    // Every saved page twice (app, then CLI): 13 s alone, over 20 s on a loaded 2-core machine.
    60_000,
  );

  it('prints duplicates with their reason and similarity, and refusals with theirs, as the app; --json the raw report', async () => {
    const dir = await tempDir();
    const md = join(dir, 'post.md');
    await copyFile(fixture('import/ceasefire.ar.md'), md);
    const original = await readFile(md, 'utf8');
    const extra = join(dir, 'edited.md');
    await writeFile(extra, `${original}\nوأكد المتحدث أن الجولة المقبلة ستعقد الأسبوع القادم.\n`);
    await copyFile(md, join(dir, 'copy.md'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const second = [join(dir, 'copy.md'), extra, join(dir, 'empty.txt'), join(dir, 'photo.txt')];

    for (const language of ['en', 'ar'] as const) {
      const lib = join(dir, `cli-${language}`);
      const app = join(dir, `app-${language}`);
      await appReport(app, [md]);
      const report = await appReport(app, second);
      expect(report.duplicates.map((d) => [d.file, d.reason])).toEqual([
        ['copy.md', 'same-text'],
        ['edited.md', 'near-duplicate'],
      ]);
      expect(report.refused.map((r) => [r.file, r.code])).toEqual([
        ['empty.txt', 'empty-text'],
        ['photo.txt', 'file-not-text'],
      ]);

      expect((await runCli(['import', md, '--library', lib, '--create'])).code).toBe(0);
      const run = await runCli(['import', ...second, '--library', lib, '--lang', language]);
      const expected = panelLines(report, language);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(expected.summary);
      expect(run.stderr.split('\n')).toEqual(expected.problems);
      const near = report.duplicates[1]?.similarity ?? 0;
      expect(near).toBeGreaterThanOrEqual(0.85);
      expect(near).toBeLessThan(1);
      expect(run.stderr).toContain(String(Math.round(near * 100)));

      const json = await runCli(['import', ...second, '--library', lib, '--json']);
      expect(withoutIds(JSON.parse(json.stdout) as BatchImportReport)).toEqual(withoutIds(report));
    }
  });
});
