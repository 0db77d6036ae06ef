/**
 * The library's files are a door like IPC and import, held to the same
 * schema and limits: at start-up a file holding a value past a limit (a note
 * of MAX_NOTE_LENGTH + 1, a date "2025-13-45") is set aside in quarantine/
 * with where and why, while one at the limit opens (a refused index is
 * rebuilt keeping every value of it that fits); and no writer, even one
 * that skips IPC (the CLI, the services), can put such a value into
 * index.json: it is refused and the folder is unchanged.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { AppFailure } from '../../../../../shared/result';
import { MAX_NOTE_LENGTH } from '../../../../../shared/schema/limits';
import { useTempDirs } from '../../../helpers';
import { snapshot } from '../../../transfer-helpers';
import { SHORT_TITLE, twoArticles } from '../../../two-articles';

const tempDir = useTempDirs();
const NOW = new Date('2026-03-14T09:26:53.589Z');

async function reopen(dir: string): Promise<Library> {
  const library = await Library.open(dir, { now: () => NOW, dailyBackup: false });
  await library.checkDone;
  return library;
}

/** Rewrites the JSON file at `path` through `change`. */
async function editJson(path: string, change: (json: Record<string, unknown>) => void): Promise<string> {
  const json = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  change(json);
  const raw = JSON.stringify(json);
  await writeFile(path, raw);
  return raw;
}

/** Awaits `promise`, expecting an AppFailure, and returns it. */
async function failure(promise: Promise<unknown>): Promise<AppFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('resolved');
}

const setNote = (note: string) => (json: Record<string, unknown>) => {
  const [first] = json['annotations'] as Record<string, unknown>[];
  if (first) first['note'] = note;
};

describe('files read at start-up', () => {
  it(`open an annotations file whose note has ${MAX_NOTE_LENGTH} units`, async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    await editJson(join(dir, 'annotations', `${short.id}.json`), setNote('ن'.repeat(MAX_NOTE_LENGTH)));
    const library = await reopen(dir);
    expect(library.startupReport().quarantined).toEqual([]);
    expect((await library.listAnnotations(short.id))[0]?.note).toHaveLength(MAX_NOTE_LENGTH);
    await library.close();
  });

  it(`set aside, byte for byte, an annotations file whose note has ${MAX_NOTE_LENGTH + 1} units`, async () => {
    const dir = await tempDir();
    const { short, long, onLong } = await twoArticles(dir, NOW);
    const path = join(dir, 'annotations', `${short.id}.json`);
    const raw = await editJson(path, setNote('ن'.repeat(MAX_NOTE_LENGTH + 1)));
    const library = await reopen(dir);
    const [moved, ...others] = library.startupReport().quarantined;
    expect(others).toEqual([]);
    expect(moved).toMatchObject({
      kind: 'annotations',
      file: `annotations/${short.id}.json`,
      title: SHORT_TITLE,
    });
    expect(moved?.reason).toMatch(/^unexpected content at annotations\.0\.note: /u);
    expect(await readFile(join(dir, moved?.movedTo ?? ''), 'utf8')).toBe(raw);
    expect(await library.listAnnotations(short.id)).toEqual([]);
    expect(await library.listAnnotations(long.id)).toEqual([onLong]);
    await library.close();
  });

  it('set aside an index.json with the date 2025-13-45, and rebuild it keeping every value that fits', async () => {
    const dir = await tempDir();
    const { short, long } = await twoArticles(dir, NOW);
    const raw = await editJson(join(dir, 'index.json'), (json) => {
      for (const meta of json['articles'] as Record<string, unknown>[]) {
        meta['source'] = 'وكالة';
        meta['date'] = meta['id'] === short.id ? '2025-13-45' : '2025-10-02';
        if (meta['id'] === long.id) meta['title'] = 'ع'.repeat(2_000_000);
      }
    });
    const library = await reopen(dir);
    const report = library.startupReport();
    expect(report.indexRebuilt).toBe(true);
    expect(report.quarantined.map((q) => [q.kind, q.reason])).toEqual([
      ['index', expect.stringMatching(/^unexpected content at articles\.\d\.(date|title): /u)],
    ]);
    expect(await readFile(join(dir, report.quarantined[0]?.movedTo ?? ''), 'utf8')).toBe(raw);
    const listed = new Map((await library.listArticles()).map((m) => [m.id, m]));
    // Only the values past the schema are lost: the bad date, and the 2-million-character title (now the first line).
    expect(listed.get(short.id)).toMatchObject({
      title: SHORT_TITLE,
      source: 'وكالة',
      date: '',
      addedAt: NOW.toISOString(),
    });
    expect(listed.get(long.id)).toMatchObject({ source: 'وكالة', date: '2025-10-02' });
    expect(listed.get(long.id)?.title).not.toBe('ع'.repeat(2_000_000));
    expect(listed.get(long.id)?.title.length).toBeGreaterThan(0);
    await library.close();
  });
});

describe('writers that skip IPC', () => {
  it('cannot give an article the date 2025-13-45: refused, index.json unchanged', async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    const library = await reopen(dir);
    await library.flush();
    const before = await snapshot(dir);
    const refused = await failure(library.updateMeta(short.id, { date: '2025-13-45' }));
    expect(refused.code).toBe('invalid-argument');
    expect(refused.params?.['field']).toBe('date');
    expect((await library.getArticle(short.id)).meta.date).toBe('');
    await library.flush();
    expect(await snapshot(dir)).toEqual(before);
    await library.close();
  });

  it('cannot add an article whose date is not ISO 8601: refused, no file left behind', async () => {
    const dir = await tempDir();
    await twoArticles(dir, NOW);
    const library = await reopen(dir);
    await library.flush();
    const before = await snapshot(dir);
    const refused = await failure(library.addArticle({ title: 'أمس', text: 'نص المقال', date: 'yesterday' }));
    expect(refused.code).toBe('invalid-argument');
    expect(refused.params?.['field']).toBe('date');
    expect(await library.listArticles()).toHaveLength(2);
    await library.flush();
    expect(await snapshot(dir)).toEqual(before);
    await library.close();
  });
});
