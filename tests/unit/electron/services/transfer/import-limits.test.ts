/**
 * A Hamish JSON import holds every value to the limits IPC holds it to (the
 * same schema, shared/schema/): a 20 MB note, a 2-million-character title,
 * 20 million code points of text and the date "2025-13-45" are each refused
 * with where and why, and nothing in the library folder changes (its files
 * hashed before and after). What the import does accept can be sent back
 * through IPC unchanged, as undo does after a delete.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectExport } from '../../../../../electron/services/export/export-service';
import { importAnnotationsFile } from '../../../../../electron/services/transfer/import-service';
import type { Library } from '../../../../../electron/services/library/library';
import type { HamishExport } from '../../../../../shared/export-format';
import { API_ARGS } from '../../../../../shared/ipc-validation';
import { AppFailure } from '../../../../../shared/result';
import { MAX_NOTE_LENGTH } from '../../../../../shared/schema/limits';
import { useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary, seededLibrary, snapshot } from '../../../transfer-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

/** The seeded library's export (with texts), and a fresh empty library to import into. */
async function setUp(): Promise<{ source: Library; data: HamishExport; target: Library }> {
  const source = await seededLibrary(join(await tempDir(), 'source'));
  const data = await collectExport(source, { includeText: true, generator: 'test' });
  const target = await openLibrary(join(await tempDir(), 'target'));
  return { source, data, target };
}

/** Imports `data` as a file into `library`; returns the refusal, or null when it was imported. */
async function refusal(library: Library, data: HamishExport): Promise<AppFailure | null> {
  const path = join(await tempDir(), 'import.hamish.json');
  await writeFile(path, JSON.stringify(data));
  try {
    await importAnnotationsFile(library, path, 'keep-both');
    return null;
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
}

/** `data` with its first article changed by `change`. */
function withFirstArticle(
  data: HamishExport,
  change: (article: HamishExport['articles'][number]) => HamishExport['articles'][number],
): HamishExport {
  const [first, ...rest] = data.articles;
  if (!first) throw new Error('the export has no article');
  return { ...data, articles: [change(first), ...rest] };
}

const TWENTY_MB_NOTE = 'م'.repeat(10 * 1024 * 1024); // 2 bytes a letter in UTF-8: 20 MiB

describe.each([
  [
    'a 20 MB note',
    (a: HamishExport['articles'][number]) => ({
      ...a,
      annotations: a.annotations.map((x, i) => (i === 0 ? { ...x, note: TWENTY_MB_NOTE } : x)),
    }),
    /^articles\[0\] \(id [0-9a-f-]{36}\) › annotations\[0\] \(id [0-9a-f-]{36}\) › note$/u,
  ],
  [
    'a title of 2 million characters',
    (a: HamishExport['articles'][number]) => ({ ...a, title: 'ع'.repeat(2_000_000) }),
    /^articles\[0\] \(id [0-9a-f-]{36}\) › title$/u,
  ],
  [
    'a text of 20 million code points',
    (a: HamishExport['articles'][number]) => ({ ...a, text: 'ع'.repeat(20_000_000), length: 20_000_000 }),
    /^articles\[0\] \(id [0-9a-f-]{36}\) › (text|length)$/u,
  ],
  [
    'the date 2025-13-45',
    (a: HamishExport['articles'][number]) => ({ ...a, date: '2025-13-45' }),
    /^articles\[0\] \(id [0-9a-f-]{36}\) › date$/u,
  ],
])('Hamish JSON import of %s', (_name, change, where) => {
  it('is refused with where and why, into an empty library and into the one that has the article', async () => {
    const { source, data, target } = await setUp();
    const bad = withFirstArticle(data, change);
    for (const library of [target, source]) {
      await library.flush();
      const before = await snapshot(library.paths.dir);
      const failure = await refusal(library, bad);
      expect(failure?.code).toBe('invalid-import');
      expect(failure?.params?.['reason']).toBe('invalid-value');
      expect(String(failure?.params?.['where'])).toMatch(where);
      expect(String(failure?.params?.['detail'])).not.toBe('');
      await library.flush();
      expect(await snapshot(library.paths.dir)).toEqual(before);
    }
    // The same file without the bad value is imported: the refusal was for that value alone.
    expect(await refusal(target, data)).toBeNull();
    expect(await target.listArticles()).toHaveLength(data.articles.length);
  }, 60_000);
});

describe('Hamish JSON import at the limits', () => {
  it(`imports a note of ${MAX_NOTE_LENGTH} units, and IPC then accepts the annotation back (undo of a delete)`, async () => {
    const { data, target } = await setUp();
    const note = 'ن'.repeat(MAX_NOTE_LENGTH);
    const good = withFirstArticle(data, (a) => ({
      ...a,
      annotations: a.annotations.map((x, i) => (i === 0 ? { ...x, note } : x)),
    }));
    expect(await refusal(target, good)).toBeNull();
    const [first] = good.articles;
    const imported = await target.listAnnotations(first?.id ?? '');
    expect(imported.map((a) => a.note)).toContain(note);
    expect(API_ARGS.restoreAnnotations.safeParse([first?.id, imported]).success).toBe(true);
  });
});
