/**
 * A Hamish JSON import keeps main responsive (issue 13): the file is parsed
 * and checked in a worker thread, so a timer on main keeps firing while a
 * large file is parsed (before, JSON.parse and the schema ran on main in one
 * piece: no timer could fire between the call and the first progress
 * report) and while it is checked; refusals and cancel still work.
 */

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importAnnotations } from '../../../../../electron/services/transfer/import-service';
import { checkInWorker } from '../../../../../electron/services/transfer/import-in-worker';
import { DEFAULT_TAXONOMY } from '../../../../../shared/taxonomy';
import { SAMPLE_PATH, useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary } from '../../../transfer-helpers';
import { fileWith } from './large-import';

const tempDir = useTempDirs();
afterEach(closeLibraries);

describe('the import runs off main', () => {
  it('a timer on main fires while a 40,000-annotation file is parsed and while it is checked', async () => {
    const library = await openLibrary(join(await tempDir(), 'lib'), SAMPLE_PATH);
    const raw = JSON.stringify(await fileWith(library, 40_000));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const at: Record<string, number> = {};
    const started = ticks;
    const report = await importAnnotations(library, raw, 'keep-both', {
      onProgress: (p) => {
        at[`${p.phase} ${p.done}`] ??= ticks;
      },
    }).finally(() => clearInterval(timer));
    expect(report).toMatchObject({ annotationsAdded: 40_000, problems: [] });
    // Parsed and schema-checked: the first progress report comes after main's timer has run.
    expect(at['checking 0']).toBeGreaterThan(started);
    expect(at['checking 20000']).toBeGreaterThan(at['checking 0'] ?? Infinity);
    expect(at['checking 40000']).toBeGreaterThan(at['checking 20000'] ?? Infinity);
  }, 90_000);

  it('hands back the whole checked file, in file order, and refuses a bad one by name', async () => {
    const library = await openLibrary(join(await tempDir(), 'lib'), SAMPLE_PATH);
    const file = await fileWith(library, 2_500);
    const [meta] = await library.listArticles();
    const text = (await library.getArticle(meta?.id ?? '')).text;
    const host = {
      taxonomy: () => Promise.resolve(DEFAULT_TAXONOMY),
      entityIds: () => [],
      texts: () => Promise.resolve<[string, string][]>([[meta?.textSha256 ?? '', text]]),
    };
    const back = await checkInWorker({ raw: JSON.stringify(file) }, host);
    expect(back).toEqual(file);

    const broken = structuredClone(file);
    const second = broken.articles[0]?.annotations[1];
    if (second) second.quote = 'ليس هذا';
    const error = await checkInWorker({ raw: JSON.stringify(broken) }, host).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-import', params: { reason: 'quote-mismatch' } });
    expect((error as Error).message).toContain('annotations[1]');
    // The worker is still there for the next file.
    expect(await checkInWorker({ raw: JSON.stringify(file) }, host)).toEqual(file);
  });
});
