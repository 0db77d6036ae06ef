/**
 * listedArticleIds through the real dispatcher over a real library in a temp
 * folder (polish brief, item 1): the import report asks which of its added
 * articles the list still holds instead of fetching the whole list on every
 * 'library-changed' push. Trashed and deleted articles are not listed; the
 * answer keeps the order asked; bad ids and oversized asks are refused at the
 * IPC boundary (invalid-argument), nothing read.
 */

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../../../../electron/services/app-api';
import { dispatch } from '../../../../../electron/services/api-dispatch';
import { Library } from '../../../../../electron/services/library/library';
import { createServices } from '../../../../../electron/services/services';
import { MAX_IMPORT_FILES } from '../../../../../shared/schema/limits';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

async function setup() {
  const library = await Library.open(join(await tempDir(), 'library'));
  const api = createAppApi({
    services: createServices(library, { generator: 'test' }),
    dialogs: { chooseTextFile: () => Promise.resolve(null), chooseExportPath: () => Promise.resolve(null) },
    preferences: { get: () => ({ language: 'ar' }), setLanguage: (language) => ({ language }) },
  });
  return { library, api };
}

describe('listedArticleIds', () => {
  it('answers which of the ids asked the list holds now, in the order asked', async () => {
    const { library, api } = await setup();
    const add = (title: string) => library.addArticle({ title, text: `${title}: نص الخبر.`, language: 'ar' });
    const kept = await add('الوسطاء يبحثون صفقة جديدة');
    const trashed = await add('عائلات المحتجزين تتظاهر');
    const deleted = await add('بيان الحركة بعد جولة المفاوضات');
    const other = await add('مقال لم يسأل عنه أحد');
    await library.trashArticle(deleted.id);
    await library.emptyTrash();
    await library.trashArticle(trashed.id);
    const asked = [deleted.id, trashed.id, kept.id, randomUUID()];
    const result = await dispatch(api, 'listedArticleIds', [asked]);
    expect(result).toEqual({ ok: true, value: [kept.id] });
    expect(await dispatch(api, 'listedArticleIds', [[]])).toEqual({ ok: true, value: [] });
    expect(await dispatch(api, 'listedArticleIds', [[other.id, kept.id]])).toEqual({
      ok: true,
      value: [other.id, kept.id],
    });
    await library.close();
  });

  it('refuses ids that are not ids, and more than an import report can hold', async () => {
    const { library, api } = await setup();
    const { id } = await library.addArticle({ title: 'أ', text: 'نص.', language: 'ar' });
    for (const args of [
      [],
      [id],
      [[id, 42]],
      [['../index']],
      [Array.from({ length: MAX_IMPORT_FILES + 1 }, () => id)],
      [[id], 'extra'],
    ]) {
      const result = await dispatch(api, 'listedArticleIds', args);
      expect(result, JSON.stringify(args).slice(0, 60)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    const full = Array.from({ length: MAX_IMPORT_FILES }, () => id);
    expect(await dispatch(api, 'listedArticleIds', [full])).toMatchObject({ ok: true });
    await library.close();
  });
});
