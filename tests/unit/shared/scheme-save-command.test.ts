/**
 * @vitest-environment node
 * The scheme save as the editor sends it and its undo step (shared/scheme-save-command.ts)
 * through the real IPC validation and handlers over a real library in a temp folder: a save
 * made on the version the editor read goes through and is one step of the undo history; undo
 * brings the earlier scheme and the moved annotation back, redo saves again; a save made on a
 * version that is no longer the scheme's is refused with 'scheme-changed' and writes nothing;
 * a malformed version is refused at the door.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../../electron/services/app-api';
import { Library } from '../../../electron/services/library/library';
import { createServices } from '../../../electron/services/services';
import type { HamishApi } from '../../../shared/ipc-contract';
import { DEFAULT_PREFERENCES } from '../../../shared/preferences';
import type { Result } from '../../../shared/result';
import { schemeSaveCommand, sendSchemeSave } from '../../../shared/scheme-save-command';
import { schemeVersion } from '../../../shared/scheme-version';
import type { Taxonomy } from '../../../shared/taxonomy';
import { UndoHistory } from '../../../shared/undo-history';
import { inProcessApi, storedAnnotations, useTempDirs } from '../helpers';

const tempDir = useTempDirs();
const TEXT = 'دعا البيان إلى تبادل الأسرى فوراً ووقف إطلاق النار.';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const withoutPrisoners = (t: Taxonomy): Taxonomy => ({
  ...t,
  types: t.types.map((type) =>
    type.id === 'demand' ? { ...type, subtypes: type.subtypes.filter((s) => s.id !== 'prisoners') } : type,
  ),
});

async function setup() {
  const dir = await tempDir();
  const library = await Library.open(dir, { dailyBackup: false });
  const api: HamishApi = inProcessApi(
    createAppApi({
      services: createServices(library, { generator: 'test' }),
      dialogs: { chooseTextFile: () => Promise.resolve(null), chooseExportPath: () => Promise.resolve(null) },
      preferences: { get: () => DEFAULT_PREFERENCES, setLanguage: () => DEFAULT_PREFERENCES },
    }),
  );
  const meta = value(await api.addArticle({ title: 'بيان', text: TEXT }));
  const start = [...TEXT].indexOf('ت', TEXT.indexOf('تبادل'));
  value(await api.createAnnotation({ articleId: meta.id, start, end: start + 5, tag: 'demand.prisoners' }));
  const tags = async () => (await storedAnnotations(dir, meta.id)).map((a) => a.tag);
  const scheme = async () => JSON.parse(await readFile(join(dir, 'taxonomy.json'), 'utf8')) as Taxonomy;
  return { library, api, tags, scheme };
}

describe('a scheme save from the editor', () => {
  it('is one undo step: undo brings back the scheme and the moved annotation, redo saves again', async () => {
    const { library, api, tags, scheme } = await setup();
    const read = value(await api.getTaxonomy());
    const request = {
      taxonomy: withoutPrisoners(read),
      reassign: { 'demand.prisoners': 'demand' },
      claims: null,
      base: schemeVersion(read),
    };
    const saved = value(await sendSchemeSave(api, request));
    const history = new UndoHistory();
    history.record(Promise.resolve(schemeSaveCommand(api, request, saved.taxonomy)));
    expect(await tags()).toEqual(['demand']);

    const undone = await history.undo();
    expect(undone?.result.ok).toBe(true);
    expect(await scheme()).toEqual(read);
    expect(await tags()).toEqual(['demand.prisoners']);
    const redone = await history.redo();
    expect(redone?.result.ok).toBe(true);
    expect(await scheme()).toEqual(withoutPrisoners(read));
    expect(await tags()).toEqual(['demand']);
    // The redone save is undone again: the step follows the version its redo wrote.
    expect((await history.undo())?.result.ok).toBe(true);
    expect(await scheme()).toEqual(read);
    await library.close();
  });

  it('undoes only its own save: after another save (an import merging its scheme saves the same way) it is refused', async () => {
    const { library, api, tags, scheme } = await setup();
    const read = value(await api.getTaxonomy());
    const request = {
      taxonomy: withoutPrisoners(read),
      reassign: { 'demand.prisoners': 'demand' },
      claims: null,
      base: schemeVersion(read),
    };
    const saved = value(await sendSchemeSave(api, request));
    const history = new UndoHistory();
    history.record(Promise.resolve(schemeSaveCommand(api, request, saved.taxonomy)));
    const other = {
      ...saved.taxonomy,
      types: saved.taxonomy.types.map((t) => (t.id === 'event' ? { ...t, color: '#123456' } : t)),
    };
    value(await api.saveTaxonomy(other, {}));
    const before = [await scheme(), await tags()];
    const result = (await history.undo())?.result;
    expect(result && !result.ok ? result.error.code : 'undone').toBe('scheme-changed');
    expect([await scheme(), await tags()]).toEqual(before);
    await library.close();
  });

  it('is refused, writing nothing, when made on a scheme that changed since; a bad version at the door', async () => {
    const { library, api, tags, scheme } = await setup();
    const read = value(await api.getTaxonomy());
    const base = schemeVersion(read);
    const other = {
      ...read,
      types: read.types.map((t) => (t.id === 'event' ? { ...t, color: '#123456' } : t)),
    };
    value(await sendSchemeSave(api, { taxonomy: other, reassign: {}, claims: null, base }));
    const before = [await scheme(), await tags()];
    const late = await sendSchemeSave(api, {
      taxonomy: withoutPrisoners(read),
      reassign: { 'demand.prisoners': 'demand' },
      claims: null,
      base,
    });
    expect(late.ok ? 'saved' : late.error.code).toBe('scheme-changed');
    expect([await scheme(), await tags()]).toEqual(before);
    const bad = await api.saveTaxonomy(read, {}, null, 'not a version');
    expect(bad.ok ? 'saved' : bad.error.code).toBe('invalid-argument');
    expect([await scheme(), await tags()]).toEqual(before);
    await library.close();
  });
});
