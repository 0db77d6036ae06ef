import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/services/api-dispatch';
import { createAppApi } from '../../../../electron/services/app-api';
import { createServices } from '../../../../electron/services/services';
import { Library } from '../../../../electron/services/library/library';
import type { ApiHandlers } from '../../../../shared/ipc-contract';
import type { ArticleMeta } from '../../../../shared/model';
import type { Preferences } from '../../../../shared/preferences';
import { AppFailure, ok, type Result } from '../../../../shared/result';
import { SAMPLE_PATH, fixture, servicesSettled, storedAnnotations, useTempDirs } from '../../helpers';

const tempDir = useTempDirs();

async function setup(answers: { textFile?: string | null; exportPath?: string | null } = {}) {
  // Exports go beside the library folder, never into it (export-target.ts).
  const dir = await tempDir();
  const libraryDir = join(dir, 'library');
  const library = await Library.open(libraryDir, { samplePath: SAMPLE_PATH });
  let preferences: Preferences = { language: 'ar' };
  const services = createServices(library, { generator: 'Hamish (unit test)' });
  const api = createAppApi({
    services,
    dialogs: {
      chooseTextFile: () => Promise.resolve(answers.textFile ?? null),
      chooseExportPath: (name) =>
        Promise.resolve(answers.exportPath === undefined ? join(dir, name) : answers.exportPath),
    },
    preferences: {
      get: () => preferences,
      setLanguage: (language) => (preferences = { language }),
    },
  });
  await servicesSettled(services);
  const [sample] = await library.listArticles();
  if (!sample) throw new Error('sample not seeded');
  const state = async () => ({
    articles: await library.listArticles(),
    annotations: await library.listAnnotations(sample.id),
    files: (await readdir(libraryDir, { recursive: true })).sort(),
  });
  return { dir, libraryDir, library, api, sample, state };
}

const errorCode = (result: Result<unknown>): string | undefined =>
  result.ok ? undefined : result.error.code;

describe('dispatch refuses bad calls without touching the library', () => {
  it.each([
    ['an unknown method', 'dropDatabase', []],
    ['"__proto__"', '__proto__', []],
    ['"constructor"', 'constructor', []],
    ['"toString"', 'toString', []],
    ['a non-string method', 42, []],
    ['args that are not an array', 'listArticles', { 0: 'x' }],
    ['extra arguments', 'listArticles', ['x']],
    ['a number for an id', 'getArticle', [7]],
    ['a path traversal id', 'getArticle', ['../../x']],
    [
      'a path traversal article id in an annotation',
      'createAnnotation',
      [{ articleId: '../../x', start: 0, end: 1, tag: 'actor' }],
    ],
    [
      'a string offset',
      'createAnnotation',
      [{ articleId: '00000000-0000-4000-8000-000000000000', start: '0', end: 1, tag: 'actor' }],
    ],
    ['an extra property', 'addArticle', [{ title: 'عنوان', text: 'نص', admin: true }]],
    ['a huge title', 'addArticle', [{ title: 'ع'.repeat(1_000_000), text: 'نص' }]],
    ['a huge text', 'addArticle', [{ title: 'عنوان', text: 'ن'.repeat(5_000_001) }]],
    ['an unknown language', 'setLanguage', ['fr']],
  ])('%s', async (_label, method, args) => {
    const { api, state } = await setup();
    const before = await state();
    const result = await dispatch(api, method, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await state()).toEqual(before);
  });

  it('names the offending field', async () => {
    const { api } = await setup();
    const result = await dispatch(api, 'addArticle', [{ title: '', text: 'نص' }]);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', params: { field: 'argument 1.title' } },
    });
  });

  it('keeps the message short for a huge method name', async () => {
    const { api } = await setup();
    const result = await dispatch(api, 'x'.repeat(1_000_000), []);
    expect(result.ok ? '' : result.error.message.length).toBeLessThan(200);
  });
});

describe('dispatch runs valid calls', () => {
  it('lists, adds and annotates through the API', async () => {
    const { api, sample, libraryDir } = await setup();
    const listed = await dispatch(api, 'listArticles', []);
    expect(listed).toEqual(ok([sample]));
    const added = (await dispatch(api, 'addArticle', [
      { title: ' خبر ', text: 'التقى الوزيران في القاهرة اليوم.' },
    ])) as Result<ArticleMeta>;
    expect(added).toMatchObject({ ok: true, value: { title: 'خبر', language: 'ar' } });
    const id = added.ok ? added.value.id : '';
    const created = await dispatch(api, 'createAnnotation', [
      { articleId: id, start: 0, end: 5, tag: 'event' },
    ]);
    expect(created).toMatchObject({ ok: true, value: { quote: 'التقى' } });
    expect(await storedAnnotations(libraryDir, id)).toHaveLength(1);
    expect(await dispatch(api, 'setLanguage', ['en'])).toEqual(ok({ language: 'en' }));
    expect(await dispatch(api, 'getPreferences', [])).toEqual(ok({ language: 'en' }));
  });

  it('turns an AppFailure thrown by the library into a failed Result', async () => {
    const { api, sample, state } = await setup();
    const before = await state();
    const result = await dispatch(api, 'createAnnotation', [
      { articleId: sample.id, start: 0, end: sample.length + 10, tag: 'actor' },
    ]);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'out-of-range', params: { length: sample.length } },
    });
    const missing = await dispatch(api, 'getArticle', ['3f1c2b8e-9d4a-4c6b-8e2f-1a2b3c4d5e6f']);
    expect(errorCode(missing)).toBe('not-found');
    expect(await state()).toEqual(before);
  });

  it('turns other exceptions into "internal" and never rejects', async () => {
    const throwing = {
      listArticles: () => {
        throw new TypeError('boom');
      },
      getTaxonomy: () =>
        Promise.reject(new AppFailure('storage-failed', 'disk full', { file: 'taxonomy.json' })),
    } as unknown as ApiHandlers;
    expect(await dispatch(throwing, 'listArticles', [])).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
    expect(await dispatch(throwing, 'getTaxonomy', [])).toEqual({
      ok: false,
      error: { code: 'storage-failed', message: 'disk full', params: { file: 'taxonomy.json' } },
    });
  });

  it('opens a picked text file, or returns null when the dialog is cancelled', async () => {
    const picked = await setup({ textFile: fixture('short-article.ar.txt') });
    expect(await dispatch(picked.api, 'openTextFile', [])).toMatchObject({
      ok: true,
      value: { fileName: 'short-article.ar.txt', title: 'short-article.ar' },
    });
    const cancelled = await setup({ textFile: null });
    expect(await dispatch(cancelled.api, 'openTextFile', [])).toEqual(ok(null));
    // The dialog offers .txt files; a binary one is refused by the app's importer.
    const image = join(await tempDir(), 'image.txt');
    await writeFile(image, await readFile(process.execPath).then((b) => b.subarray(0, 4096)));
    const binary = await setup({ textFile: image });
    expect(errorCode(await dispatch(binary.api, 'openTextFile', []))).toMatch(/^file-(not-text|too-large)$/);
    // A file of a type the importer does not know is refused as such.
    const unknown = await setup({ textFile: process.execPath });
    expect(errorCode(await dispatch(unknown.api, 'openTextFile', []))).toBe('file-unsupported');
  });

  it('exports to the chosen path, or returns null when cancelled', async () => {
    const { api, sample, dir } = await setup();
    const result = await dispatch(api, 'exportAnnotations', [sample.id]);
    const expected = join(dir, `${sample.title}.hamish.json`);
    expect(result).toEqual(ok({ path: expected }));
    expect(JSON.parse(await readFile(expected, 'utf8'))).toMatchObject({ format: 'hamish-annotations' });
    const cancelled = await setup({ exportPath: null });
    expect(await dispatch(cancelled.api, 'exportAnnotations', [cancelled.sample.id])).toEqual(ok(null));
    expect(
      errorCode(await dispatch(api, 'exportAnnotations', ['3f1c2b8e-9d4a-4c6b-8e2f-1a2b3c4d5e6f'])),
    ).toBe('not-found');
  });
});
