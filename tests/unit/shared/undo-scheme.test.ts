/**
 * Issue 14, undo after a scheme change, against the real API over a real
 * library folder: tag Demand › Prisoners, delete the annotation, remove the
 * subtype from the scheme, undo. The failed step is kept (the create behind
 * it still applies), the problem names the removed subtype and offers the
 * type's other tags, and the step redone with one of them works.
 */

import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../../electron/services/app-api';
import { Library } from '../../../electron/services/library/library';
import { createServices } from '../../../electron/services/services';
import { createCommand, deleteCommand, editCommand } from '../../../shared/annotation-commands';
import type { HamishApi } from '../../../shared/ipc-contract';
import { DEFAULT_PREFERENCES } from '../../../shared/preferences';
import type { Result } from '../../../shared/result';
import type { Taxonomy } from '../../../shared/taxonomy';
import { UndoHistory } from '../../../shared/undo-history';
import { schemeProblem, TagMemory } from '../../../shared/undo-scheme';
import { inProcessApi, useTempDirs } from '../helpers';

const tempDir = useTempDirs();

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function setup() {
  const library = await Library.open(await tempDir(), { dailyBackup: false });
  const api: HamishApi = inProcessApi(
    createAppApi({
      services: createServices(library, { generator: 'test' }),
      dialogs: { chooseTextFile: () => Promise.resolve(null), chooseExportPath: () => Promise.resolve(null) },
      preferences: { get: () => DEFAULT_PREFERENCES, setLanguage: () => DEFAULT_PREFERENCES },
    }),
  );
  const meta = value(await api.addArticle({ title: 'بيان', text: 'دعا البيان لتبادل الأسرى فوراً.' }));
  return { api, library, id: meta.id };
}

const withoutPrisoners = (t: Taxonomy): Taxonomy => ({
  ...t,
  types: t.types.map((type) =>
    type.id === 'demand' ? { ...type, subtypes: type.subtypes.filter((s) => s.id !== 'prisoners') } : type,
  ),
});

describe('undo after a scheme change', () => {
  it('keeps the step, names the removed subtype, offers the type’s tags, and undoes with one of them', async () => {
    const { api, id } = await setup();
    const memory = new TagMemory();
    const scheme = value(await api.getTaxonomy());
    memory.remember(scheme);
    const history = new UndoHistory();
    const created = value(
      await api.createAnnotation({ articleId: id, start: 12, end: 24, tag: 'demand.prisoners' }),
    );
    history.push(createCommand(api, id, [created]));
    value(await api.deleteAnnotations(id, [created.id]));
    history.push(deleteCommand(api, id, [created]));
    const next = withoutPrisoners(scheme);
    value(await api.saveTaxonomy(next, {}));

    const step = await history.undo();
    expect(step?.result.ok).toBe(false);
    expect(history.canUndo).toBe(true);
    const problem = step ? schemeProblem(step.command, 'undo', next, memory) : null;
    expect(problem).toMatchObject({ tag: 'demand.prisoners', subtype: true });
    expect(problem?.was?.label.en).toBe('Prisoners');
    expect(problem?.alternatives.map((t) => t.id)).toEqual(
      next.types
        .find((t) => t.id === 'demand')
        ?.subtypes.reduce((ids, s) => [...ids, `demand.${s.id}`], ['demand']),
    );

    // Undo again with the type's "other" subtype: the annotation comes back under it.
    const other = problem?.alternatives.find((t) => t.id !== 'demand')?.id ?? '';
    if (step?.command.retag)
      await history.replaceLatest('undo', step.command.retag('demand.prisoners', other));
    expect((await history.undo())?.result.ok).toBe(true);
    expect(value(await api.listAnnotations(id)).map((a) => [a.id, a.tag, a.quote])).toEqual([
      [created.id, other, 'تبادل الأسرى'],
    ]);
    // The create behind it still applies: undoing it removes the annotation.
    expect((await history.undo())?.result.ok).toBe(true);
    expect(value(await api.listAnnotations(id))).toEqual([]);
  });

  it('drops the failed step with the steps that depend on it, and says how many', async () => {
    const { api, id } = await setup();
    const history = new UndoHistory();
    const scheme = value(await api.getTaxonomy());
    const kept = value(await api.createAnnotation({ articleId: id, start: 0, end: 3, tag: 'actor' }));
    history.push(createCommand(api, id, [kept]));
    const created = value(
      await api.createAnnotation({ articleId: id, start: 12, end: 24, tag: 'demand.prisoners' }),
    );
    history.push(createCommand(api, id, [created]));
    value(await api.deleteAnnotations(id, [created.id]));
    history.push(deleteCommand(api, id, [created]));
    value(await api.saveTaxonomy(withoutPrisoners(scheme), {}));

    expect((await history.undo())?.result.ok).toBe(false);
    expect(await history.dropLatest('undo')).toBe(1);
    // Next is the unrelated create of «دعا»: it still undoes.
    const step = await history.undo();
    expect(step?.result.ok).toBe(true);
    expect(step?.command.ids).toEqual([kept.id]);
    expect(history.canUndo).toBe(false);
  });

  it('retags the failed step and the steps that depend on it, so they all apply again', async () => {
    const { api, id } = await setup();
    const history = new UndoHistory();
    const scheme = value(await api.getTaxonomy());
    const created = value(
      await api.createAnnotation({ articleId: id, start: 12, end: 24, tag: 'demand.prisoners' }),
    );
    history.push(createCommand(api, id, [created]));
    const noted = value(await api.updateAnnotation(id, created.id, { note: 'عاجل' }));
    history.push(editCommand(api, created, noted));
    value(await api.deleteAnnotations(id, [created.id]));
    history.push(deleteCommand(api, id, [noted]));
    value(await api.saveTaxonomy(withoutPrisoners(scheme), {}));

    const step = await history.undo();
    expect(step?.result.ok).toBe(false);
    await history.retagSteps(step?.command.ids ?? [], 'demand.prisoners', 'demand.other');
    expect((await history.undo())?.result.ok).toBe(true);
    expect(value(await api.listAnnotations(id)).map((a) => [a.tag, a.note])).toEqual([
      ['demand.other', 'عاجل'],
    ]);
    // The note edit behind it was made under the old tag: it undoes under the new one.
    expect((await history.undo())?.result.ok).toBe(true);
    expect(value(await api.listAnnotations(id)).map((a) => [a.tag, a.note])).toEqual([
      ['demand.other', undefined],
    ]);
    expect((await history.undo())?.result.ok).toBe(true);
    expect(value(await api.listAnnotations(id))).toEqual([]);
  });
});
