/**
 * Adopting an unknown article text through the app's API (issue 13): the
 * renderer's client over the real dispatcher and handlers, on a real library
 * in a temp folder. The start-up report names the file, adoptArticle lists it
 * with its annotations, and bad ids are refused in main with nothing written.
 */

import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppApi } from '../../../../electron/services/app-api';
import { createServices, type Services } from '../../../../electron/services/services';
import { Library } from '../../../../electron/services/library/library';
import type { HamishApi } from '../../../../shared/ipc-contract';
import type { Preferences } from '../../../../shared/preferences';
import { fingerprint } from '../../fuzz/fuzz-helpers';
import { fixture, inProcessApi, readUtf8, servicesSettled, useTempDirs } from '../../helpers';
import { twoArticles } from '../../two-articles';

const tempDir = useTempDirs();
const NOW = new Date('2026-03-14T09:00:00.000Z');
const opened: Library[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

async function open(dir: string): Promise<{ library: Library; services: Services; api: HamishApi }> {
  const library = await Library.open(dir, { now: () => NOW });
  opened.push(library);
  const preferences: Preferences = { language: 'ar' };
  const services = createServices(library, { generator: 'Hamish (unit test)' });
  const handlers = createAppApi({
    services,
    dialogs: { chooseTextFile: () => Promise.resolve(null), chooseExportPath: () => Promise.resolve(null) },
    preferences: { get: () => preferences, setLanguage: () => preferences },
  });
  return { library, services, api: inProcessApi(handlers) };
}

/** A library with one article text its index does not list (what a kill during an import leaves); returns its id and text. */
async function withUnknownText(dir: string): Promise<{ id: string; text: string }> {
  await twoArticles(dir, NOW);
  const other = await Library.open(await tempDir(), { now: () => NOW });
  const text = await readUtf8(fixture('astral-lines.ar.txt'));
  const { id } = await other.addArticle({ title: 'مقالة منقطعة', text });
  await other.createAnnotation({ articleId: id, start: 0, end: 3, tag: 'actor' });
  await other.close();
  for (const folder of ['articles', 'annotations']) {
    await copyFile(join(other.paths.dir, folder, `${id}.json`), join(dir, folder, `${id}.json`));
  }
  return { id, text };
}

describe('adoptArticle over IPC', () => {
  it('adopts the unknown text the start-up report names, with its annotations', async () => {
    const dir = await tempDir();
    const { id } = await withUnknownText(dir);
    const { library, api } = await open(dir);
    await library.checkDone;

    const before = await api.getStartupReport();
    if (!before.ok) throw new Error(before.error.message);
    expect(before.value.unknownFiles).toEqual([
      {
        kind: 'article',
        file: `articles/${id}.json`,
        articleId: id,
        reason: 'an article text the list of articles does not include',
      },
    ]);

    const adopted = await api.adoptArticle(id.toUpperCase());
    if (!adopted.ok) throw new Error(adopted.error.message);
    expect(adopted.value.id).toBe(id);
    // Its own title, kept in the article file since it was added.
    expect(adopted.value.title).toBe('مقالة منقطعة');
    const listed = await api.listArticles();
    expect(listed.ok && listed.value.map((m) => m.id)).toContain(id);
    const annotations = await api.listAnnotations(id);
    expect(annotations.ok && annotations.value.map((a) => a.tag)).toEqual(['actor']);
    const after = await api.getStartupReport();
    expect(after.ok && after.value.unknownFiles).toBeUndefined();

    // Once is enough: a second adoption is refused as a duplicate.
    const again = await api.adoptArticle(id);
    expect(again.ok ? 'ok' : again.error.code).toBe('duplicate');
  });

  it('refuses a malformed id in main and a missing file, writing nothing', async () => {
    const dir = await tempDir();
    await withUnknownText(dir);
    const { services, api } = await open(dir);
    await servicesSettled(services);
    const files = await fingerprint(dir);

    for (const bad of ['../index', 'articles/x.json', '', 'x'.repeat(300)]) {
      const result = await api.adoptArticle(bad);
      expect(result.ok ? 'ok' : result.error.code).toBe('invalid-argument');
    }
    const missing = await api.adoptArticle('3f1c2b8e-9d4a-4c6b-8e2f-1a2b3c4d5e6f');
    expect(missing.ok ? 'ok' : missing.error.code).toBe('not-found');
    expect(await fingerprint(dir)).toEqual(files);
  });
});
