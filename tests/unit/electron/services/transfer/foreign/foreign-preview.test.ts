/**
 * Another annotator's file through the import dialog's IPC path (issue 16):
 * the real API behind main's dispatch, with main's path grants (the file
 * dialog grants what it returns; previewForeign and importForeign read only
 * granted paths), on a real temp library and one real fixture per format.
 * Choosing the file tells its format; the preview is a dry run that writes
 * nothing and lists each label with its proposed tag (none for a label that
 * names no tag); the import with the user's label choices writes every span
 * with the text at its offsets under the chosen tag.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { grantingDialogs, guardPathReads, PathGrants } from '../../../../../../electron/path-grants';
import { dispatch } from '../../../../../../electron/services/api-dispatch';
import { createAppApi } from '../../../../../../electron/services/app-api';
import { importFiles } from '../../../../../../electron/services/import/import-batch';
import type { Library } from '../../../../../../electron/services/library/library';
import { createServices } from '../../../../../../electron/services/services';
import type {
  ForeignFileChoice,
  ForeignImportReport,
  ForeignPreview,
  LabelChoice,
} from '../../../../../../shared/export/foreign-import-types';
import type { Result } from '../../../../../../shared/result';
import { useTempDirs } from '../../../../helpers';
import { closeLibraries, snapshot } from '../../../../transfer-helpers';
import { emptyLibrary, foreignFixture, spanRows } from './foreign-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

/** The API as main registers it, over `library`, whose file dialog answers `picked.path`. */
function mainApi(library: Library, picked: { path: string | null }) {
  const grants = new PathGrants();
  const dialogs = grantingDialogs(
    {
      chooseTextFile: () => Promise.resolve(null),
      chooseExportPath: () => Promise.resolve(null),
      chooseForeignFile: () => Promise.resolve(picked.path),
    },
    grants,
  );
  const api = guardPathReads(
    createAppApi({
      services: createServices(library, { generator: 'Hamish (unit test)' }),
      dialogs,
      preferences: { get: () => ({ language: 'ar' }), setLanguage: (language) => ({ language }) },
    }),
    grants,
  );
  return <T>(method: string, ...args: unknown[]) => dispatch(api, method, args) as Promise<Result<T>>;
}

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

interface Case {
  file: string;
  /** The user's tag for each label; labels not named here are skipped. */
  tags: Record<string, string>;
  annotations: number;
  /** The preview's labels: uses in the file, and the tag proposed for a label that names one. */
  labels: ForeignPreview['labels'];
  /** Annotations the dry run counts: the spans of labels with a proposed tag (W3C: those found). */
  dryRun: number;
  /** An article the library needs first (the page a Hypothesis file annotates). */
  page?: string;
}

const CASES: Record<string, Case> = {
  brat: {
    file: 'brat/110-note_annotation.ann',
    tags: {
      Organization: 'actor.organisation',
      Person: 'actor.person',
      GPE: 'actor.state',
      'Merge-org': 'event',
    },
    annotations: 14,
    labels: [
      { label: 'GPE', uses: 2 },
      { label: 'Organization', uses: 6 },
      { label: 'Merge-org', uses: 2 },
      { label: 'Person', uses: 4, tag: 'actor.person' },
    ],
    dryRun: 4,
  },
  w3c: {
    file: 'hypothesis/wikipedia-regression-testing.json',
    tags: { '(none)': 'event' },
    annotations: 3,
    labels: [{ label: '(none)', uses: 5 }],
    dryRun: 0,
    page: 'hypothesis/wikipedia-regression-testing.html',
  },
  labelstudio: {
    file: 'labelstudio/substring-matching-task.json',
    tags: { ORG: 'actor.organisation' },
    annotations: 1,
    labels: [{ label: 'ORG', uses: 1 }],
    dryRun: 0,
  },
  doccano: {
    file: 'doccano/sequence-labeling-export.jsonl',
    tags: { ORG: 'actor.organisation', PERSON: 'actor.person' },
    annotations: 3,
    labels: [
      { label: 'ORG', uses: 1 },
      { label: 'MISC', uses: 1 },
      { label: 'PERSON', uses: 2, tag: 'actor.person' },
    ],
    dryRun: 2,
  },
  conll: {
    file: 'newsfane-excerpt.conll',
    tags: {
      Nation: 'actor.state',
      Government: 'actor.organisation',
      Media: 'actor.organisation',
      Other_PER: 'actor.person',
    },
    annotations: 7,
    labels: [
      { label: 'Population-Center', uses: 1 },
      { label: 'Media', uses: 1 },
      { label: 'Government', uses: 1 },
      { label: 'Nation', uses: 3 },
      { label: 'Other_PER', uses: 2 },
    ],
    dryRun: 0,
  },
};

describe('chooseForeignFile, previewForeign and importForeign over the IPC dispatch', () => {
  it.each(Object.entries(CASES))(
    '%s: tells the format, previews without writing, imports the mapping',
    async (format, c) => {
      const library = await emptyLibrary(await tempDir());
      if (c.page) expect((await importFiles(library, [foreignFixture(c.page)])).added).toHaveLength(1);
      const call = mainApi(library, { path: foreignFixture(c.file) });
      const chosen = value(await call<ForeignFileChoice>('chooseForeignFile'));
      expect(chosen).toEqual({ path: foreignFixture(c.file), format });

      await library.flush();
      const before = await snapshot(library.paths.dir);
      const preview = value(await call<ForeignPreview>('previewForeign', chosen.path, format));
      expect(await snapshot(library.paths.dir)).toEqual(before);
      expect(preview.format).toBe(format);
      expect(preview.labels).toEqual(c.labels);
      expect(preview.dryRun.annotationsAdded).toBe(c.dryRun);

      const choices: LabelChoice[] = preview.labels.map((l) => ({
        label: l.label,
        tag: c.tags[l.label] ?? null,
      }));
      const report = value(
        await call<ForeignImportReport>('importForeign', chosen.path, format, choices, 'keep-both'),
      );
      const rows = await spanRows(library);
      expect(report.annotationsAdded).toBe(rows.length);
      expect(rows).toHaveLength(c.annotations);
      expect(rows.every((r) => r.quote === r.textAtOffsets)).toBe(true);
      for (const row of rows) expect(Object.values(c.tags)).toContain(row.tag);
    },
  );

  it('lists what the dry run leaves out of a brat file, with the reasons', async () => {
    const library = await emptyLibrary(await tempDir());
    const call = mainApi(library, { path: foreignFixture(CASES.brat?.file ?? '') });
    const { path } = value(await call<ForeignFileChoice>('chooseForeignFile'));
    const preview = value(await call<ForeignPreview>('previewForeign', path, 'brat'));
    expect(preview.dryRun.skipped.map((s) => `${s.ref}:${s.reason}`).sort()).toEqual([
      'E1:event',
      'E1:unlinked-note',
      'E2:event',
      'R1:relation',
      'R1:unlinked-note',
      'R2:relation',
    ]);
  });

  it('leaves the format to the user when neither the name nor the content tells it', async () => {
    const dir = await tempDir();
    const library = await emptyLibrary(dir);
    const picked = { path: join(dir, 'خبر.txt') as string | null };
    await writeFile(picked.path ?? '', 'نص بلا ملف ‎.ann بجانبه', 'utf8');
    const call = mainApi(library, picked);
    expect(value(await call<ForeignFileChoice>('chooseForeignFile'))).toEqual({
      path: picked.path,
      format: null,
    });
    picked.path = join(dir, 'other.json');
    await writeFile(picked.path, '{"أسماء": []}', 'utf8');
    expect(value(await call<ForeignFileChoice>('chooseForeignFile'))).toEqual({
      path: picked.path,
      format: null,
    });
    picked.path = null;
    expect(value(await call<ForeignFileChoice | null>('chooseForeignFile'))).toBeNull();
  });

  it('refuses a path the user did not choose, a bad argument, and an unmapped label, writing nothing', async () => {
    const library = await emptyLibrary(await tempDir());
    const file = foreignFixture(CASES.brat?.file ?? '');
    const call = mainApi(library, { path: file });
    await library.flush();
    const before = await snapshot(library.paths.dir);
    const code = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code);
    // Not chosen in this session yet: nothing is read.
    expect(code(await call('previewForeign', file, 'brat'))).toBe('invalid-argument');
    const allTags = [{ label: 'Person', tag: 'actor.person' }];
    expect(code(await call('importForeign', file, 'brat', allTags, 'keep-both'))).toBe('invalid-argument');
    value(await call<ForeignFileChoice>('chooseForeignFile'));
    expect(code(await call('previewForeign', file, 'xml'))).toBe('invalid-argument');
    expect(
      code(await call('importForeign', file, 'brat', [{ label: 'Person', tag: '../x' }], 'keep-both')),
    ).toBe('invalid-argument');
    const refused = await call('importForeign', file, 'brat', allTags, 'keep-both');
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'invalid-import',
      params: { reason: 'unmapped-label', where: 'labels "GPE", "Organization", "Merge-org"' },
    });
    // The wrong format for the file: refused by the parser, still nothing written.
    expect(code(await call('previewForeign', file, 'doccano'))).toBe('invalid-import');
    expect(await snapshot(library.paths.dir)).toEqual(before);
  });
});
