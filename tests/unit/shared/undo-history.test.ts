/**
 * Undo and redo of create, edit, retag, delete and "tag all" against the real
 * API over a real library folder, across two articles.
 */

import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../../electron/services/app-api';
import { createServices } from '../../../electron/services/services';
import { Library } from '../../../electron/services/library/library';
import type { HamishApi } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { DEFAULT_PREFERENCES } from '../../../shared/preferences';
import { createCommand, deleteCommand, editCommand } from '../../../shared/annotation-commands';
import { UndoHistory } from '../../../shared/undo-history';
import { SAMPLE_PATH, inProcessApi, useTempDirs } from '../helpers';

const tempDir = useTempDirs();

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function setup(): Promise<{ api: HamishApi; a: string; b: string }> {
  const library = await Library.open(await tempDir(), { samplePath: SAMPLE_PATH });
  const api = inProcessApi(
    createAppApi({
      services: createServices(library, { generator: 'test' }),
      dialogs: { chooseTextFile: () => Promise.resolve(null), chooseExportPath: () => Promise.resolve(null) },
      preferences: { get: () => DEFAULT_PREFERENCES, setLanguage: () => DEFAULT_PREFERENCES },
    }),
  );
  const [sample] = value(await api.listArticles());
  const other = value(await api.addArticle({ title: 'ب', text: 'قال ويتكوف إن حماس وافقت.' }));
  return { api, a: sample?.id ?? '', b: other.id };
}

const tagsOf = async (api: HamishApi, id: string) => value(await api.listAnnotations(id)).map((x) => x.tag);

describe('UndoHistory with annotation commands', () => {
  it('undoes and redoes create, retag with note, and delete, in order, across articles', async () => {
    const { api, a, b } = await setup();
    const history = new UndoHistory();
    const created = value(await api.createAnnotation({ articleId: a, start: 0, end: 4, tag: 'actor' }));
    history.push(createCommand(api, a, [created]));
    const edited = value(await api.updateAnnotation(a, created.id, { tag: 'actor.person', note: 'ن' }));
    history.push(editCommand(api, created, edited));
    const inB = value(await api.createAnnotation({ articleId: b, start: 4, end: 10, tag: 'actor' }));
    history.push(createCommand(api, b, [inB]));
    value(await api.deleteAnnotation(b, inB.id));
    history.push(deleteCommand(api, b, [inB]));

    expect(await tagsOf(api, b)).toEqual([]);
    expect((await history.undo())?.command.label).toBe('delete');
    expect(await tagsOf(api, b)).toEqual(['actor']);
    expect((await history.undo())?.command.articleId).toBe(b);
    expect(await tagsOf(api, b)).toEqual([]);
    // The next undo belongs to the other article: the edit comes back off.
    const step = await history.undo();
    expect(step?.command).toMatchObject({ articleId: a, label: 'retag' });
    expect(value(await api.listAnnotations(a))).toEqual([expect.objectContaining({ tag: 'actor' })]);
    expect(value(await api.listAnnotations(a))[0]?.note).toBeUndefined();
    await history.undo();
    expect(await tagsOf(api, a)).toEqual([]);
    expect(await history.undo()).toBeNull();

    await history.redo();
    await history.redo();
    expect(value(await api.listAnnotations(a))).toEqual([
      expect.objectContaining({ id: created.id, tag: 'actor.person', note: 'ن' }),
    ]);
    await history.redo();
    await history.redo();
    expect(await tagsOf(api, b)).toEqual([]);
    expect(history.canRedo).toBe(false);
  });

  it('undoes a batch ("tag all mentions") in one step and clears redo after a new change', async () => {
    const { api, b } = await setup();
    const history = new UndoHistory();
    const batch = value(
      await api.createAnnotations(b, [
        { articleId: b, start: 4, end: 10, tag: 'actor' },
        { articleId: b, start: 14, end: 18, tag: 'actor' },
      ]),
    );
    history.push(createCommand(api, b, batch));
    await history.undo();
    expect(await tagsOf(api, b)).toEqual([]);
    expect(history.canRedo).toBe(true);
    const single = value(await api.createAnnotation({ articleId: b, start: 0, end: 3, tag: 'event' }));
    history.push(createCommand(api, b, [single]));
    expect(history.canRedo).toBe(false);
  });

  it('an undo pressed while a change is still being saved undoes that change, once saved', async () => {
    const { api, a } = await setup();
    const history = new UndoHistory();
    const first = value(await api.createAnnotation({ articleId: a, start: 0, end: 4, tag: 'actor' }));
    history.push(createCommand(api, a, [first]));
    // The delete is sent; its answer has not come back when the undo is asked for.
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const deleting = api.deleteAnnotations(a, [first.id]);
    history.record(
      deleting.then(async (r) => {
        await answered;
        return r.ok ? deleteCommand(api, a, [first]) : null;
      }),
    );
    const undoing = history.undo();
    answer();
    const step = await undoing;
    expect(step?.command.label).toBe('delete');
    expect(step?.result.ok).toBe(true);
    expect(await tagsOf(api, a)).toEqual(['actor']);
    // A change whose save failed records nothing: the next undo is the create's.
    history.record(Promise.resolve(null));
    expect((await history.undo())?.command.label).toBe('create');
    expect(await tagsOf(api, a)).toEqual([]);
  });

  it('a scheme save that merges twins drops the steps on the merged annotations, and only those', async () => {
    const { api, a, b } = await setup();
    const history = new UndoHistory();
    const span = { articleId: a, start: 0, end: 4 };
    const older = value(await api.createAnnotation({ ...span, tag: 'actor' }));
    history.push(createCommand(api, a, [older]));
    const younger = value(await api.createAnnotation({ ...span, tag: 'actor.person' }));
    history.push(createCommand(api, a, [younger]));
    const noted = value(await api.updateAnnotation(a, younger.id, { note: 'المبعوث' }));
    history.push(editCommand(api, younger, noted));
    const elsewhere = value(await api.createAnnotation({ articleId: b, start: 4, end: 10, tag: 'actor' }));
    history.push(createCommand(api, b, [elsewhere]));
    // Undone and then redone is still a step on the other article: it must stay too.
    await history.undo();

    const scheme = value(await api.getTaxonomy());
    const without = {
      ...scheme,
      types: scheme.types.map((t) =>
        t.id === 'actor' ? { ...t, subtypes: t.subtypes.filter((s) => s.id !== 'person') } : t,
      ),
    };
    const saved = value(await api.saveTaxonomy(without, { 'actor.person': 'actor' }));
    expect(saved.merges.map((m) => m.ids)).toEqual([[older.id, younger.id]]);
    expect(await history.dropTouching(saved.merges.flatMap((m) => m.ids))).toBe(3);
    expect(history.canUndo).toBe(false);
    // The other article's step is still there to redo, and redoes.
    expect((await history.redo())?.result.ok).toBe(true);
    expect(await tagsOf(api, b)).toEqual(['actor']);
    expect(await tagsOf(api, a)).toEqual(['actor']);
  });
});
