import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services/api-dispatch';
import { createAppApi } from '../../../../../electron/services/app-api';
import { createServices } from '../../../../../electron/services/services';
import type { ExportFormat } from '../../../../../shared/export/export-request';
import { useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary, seededLibrary, snapshot } from '../../../transfer-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

async function setup(importFile: string | null = null) {
  const dir = await tempDir();
  const library = await seededLibrary(join(dir, 'library'));
  const asked: { name: string; format: ExportFormat }[] = [];
  const api = createAppApi({
    services: createServices(library, { generator: 'Hamish (unit test)' }),
    dialogs: {
      chooseTextFile: () => Promise.resolve(null),
      chooseExportPath: () => Promise.resolve(null),
      chooseExportTarget: (name, format) => {
        asked.push({ name, format });
        return Promise.resolve(join(dir, name));
      },
      chooseImportFile: () => Promise.resolve(importFile),
    },
    preferences: { get: () => ({ language: 'ar' }), setLanguage: (language) => ({ language }) },
  });
  return { dir, library, api, asked };
}

const call = (api: unknown, method: string, ...args: unknown[]) =>
  dispatch(api as Parameters<typeof dispatch>[0], method, args);

describe('exportLibrary and importAnnotations over the IPC dispatch', () => {
  it('exports selected articles as brat into a folder named after the one title', async () => {
    const { dir, library, api, asked } = await setup();
    const [meta] = await library.listArticles();
    const result = await call(api, 'exportLibrary', { format: 'brat', articleIds: [meta?.id] });
    expect(result).toEqual({
      ok: true,
      value: { path: join(dir, 'رموز 🙂 وأسطر'), articles: 1, annotations: 4, claims: 0, orphaned: 0 },
    });
    expect(asked).toEqual([{ name: 'رموز 🙂 وأسطر', format: 'brat' }]);
    expect((await readdir(join(dir, 'رموز 🙂 وأسطر'))).sort()).toEqual(
      [`${meta?.id ?? ''}.ann`, `${meta?.id ?? ''}.txt`, 'annotation.conf', 'visual.conf'].sort(),
    );
  });

  it('names a whole-library export by its article count', async () => {
    const { api, asked } = await setup();
    const result = await call(api, 'exportLibrary', { format: 'csv' });
    expect(result.ok).toBe(true);
    expect(asked[0]?.name).toBe('hamish-3-articles.csv');
  });

  it('refuses a bad request before any dialog opens', async () => {
    const { api, asked } = await setup();
    const bad = [
      [{ format: 'xml' }],
      [{ format: 'json', articleIds: ['../../etc/passwd'] }],
      [{ format: 'json', articleIds: [] }],
      [{ format: 'json', extra: true }],
    ];
    for (const args of bad) {
      const result = await call(api, 'exportLibrary', ...args);
      expect(result.ok ? '' : result.error.code).toBe('invalid-argument');
    }
    const missing = await call(api, 'exportLibrary', {
      format: 'json',
      articleIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(missing.ok ? '' : missing.error.code).toBe('not-found');
    expect(asked).toEqual([]);
    const policy = await call(api, 'importAnnotations', 'merge-somehow');
    expect(policy.ok ? '' : policy.error.code).toBe('invalid-argument');
  });

  it('imports a picked file and reports; a bad file comes back as invalid-import', async () => {
    const source = await setup();
    const exported = await call(source.api, 'exportLibrary', { format: 'json' });
    const path = exported.ok ? (exported.value as { path: string }).path : '';
    const dir = await tempDir();
    const target = await openLibrary(join(dir, 'target'));
    const api = createAppApi({
      services: createServices(target, { generator: 'test' }),
      dialogs: {
        chooseTextFile: () => Promise.resolve(null),
        chooseExportPath: () => Promise.resolve(null),
        chooseImportFile: () => Promise.resolve(path),
      },
      preferences: { get: () => ({ language: 'ar' }), setLanguage: (language) => ({ language }) },
    });
    const result = await call(api, 'importAnnotations', 'keep-mine');
    expect(result).toMatchObject({
      ok: true,
      value: { articlesAdded: 3, annotationsAdded: 7, problems: [] },
    });

    await writeFile(path, '{"format":"hamish-annotations","version":1,');
    await target.flush();
    const before = await snapshot(target.paths.dir);
    const bad = await call(api, 'importAnnotations', 'keep-both');
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid-import', params: { reason: 'not-json' } },
    });
    expect(await snapshot(target.paths.dir)).toEqual(before);
  });
});
