/**
 * Tagging across the library is one undo step (issue 15): the annotations
 * tagLibraryMentions made in several articles go with one undo and come back
 * with one redo, same ids, against the real API over a real library folder.
 */

import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../../electron/services/app-api';
import { Library } from '../../../electron/services/library/library';
import { createServices } from '../../../electron/services/services';
import { createAcrossCommand } from '../../../shared/annotation-commands';
import { DEFAULT_PREFERENCES } from '../../../shared/preferences';
import type { Result } from '../../../shared/result';
import { UndoHistory } from '../../../shared/undo-history';
import { inProcessApi, useTempDirs } from '../helpers';

const tempDir = useTempDirs();

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('createAcrossCommand', () => {
  it('undoes and redoes the mentions tagged in three articles in one step each', async () => {
    const library = await Library.open(await tempDir());
    const api = inProcessApi(
      createAppApi({
        services: createServices(library, { generator: 'test' }),
        dialogs: {
          chooseTextFile: () => Promise.resolve(null),
          chooseExportPath: () => Promise.resolve(null),
        },
        preferences: { get: () => DEFAULT_PREFERENCES, setLanguage: () => DEFAULT_PREFERENCES },
      }),
    );
    const texts = [
      'طالبوا بتبادل الأسرى.',
      'ملف تبادل الاسرى عالق.',
      'لا تبادل للأسرى الآن، قال تبادل الأسرى.',
    ];
    const ids: string[] = [];
    for (const [i, text] of texts.entries())
      ids.push(value(await api.addArticle({ title: `م${i}`, text })).id);
    const found = value(await api.findLibraryMentions({ phrases: ['تبادل الأسرى'], tag: 'demand' }));
    expect(found).toHaveLength(3);
    const mentions = found.map(({ articleId, start, end }) => ({ articleId, start, end }));
    const groups = value(await api.tagLibraryMentions({ tag: 'demand', mentions }));
    const history = new UndoHistory();
    history.push(createAcrossCommand(api, ids[0] ?? '', groups));
    const counts = async () =>
      Promise.all(ids.map(async (id) => value(await api.listAnnotations(id)).length));
    expect(await counts()).toEqual([1, 1, 1]);

    const undone = await history.undo();
    expect(undone?.result.ok).toBe(true);
    expect(await counts()).toEqual([0, 0, 0]);
    await history.redo();
    expect(await counts()).toEqual([1, 1, 1]);
    const again = await Promise.all(ids.map(async (id) => value(await api.listAnnotations(id))[0]?.id));
    expect(again.sort()).toEqual(groups.flatMap((g) => g.annotations.map((a) => a.id)).sort());
    expect(history.canUndo).toBe(true);
    await library.close();
  });
});
