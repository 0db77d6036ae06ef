/**
 * A large annotation import reports its progress, can be cancelled until it
 * starts writing (nothing written), and a file past MAX_IMPORT_ANNOTATIONS
 * is refused before its annotations are validated (nothing written).
 */

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_ANNOTATIONS } from '../../../../../shared/schema/limits';
import { importAnnotations } from '../../../../../electron/services/transfer/import-service';
import type { AnnotationImportProgress } from '../../../../../shared/export/export-request';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../../../../shared/export-format';
import { SAMPLE_PATH, useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary, snapshot } from '../../../transfer-helpers';
import { fileWith } from './large-import';

const tempDir = useTempDirs();
afterEach(closeLibraries);

async function sampleLibrary() {
  return openLibrary(join(await tempDir(), 'lib'), SAMPLE_PATH);
}

describe('progress and cancel', () => {
  it('reports checking, preparing, writing and done, counting up to the file’s annotations', async () => {
    const library = await sampleLibrary();
    const raw = JSON.stringify(await fileWith(library, 23_000));
    const seen: AnnotationImportProgress[] = [];
    await importAnnotations(library, raw, 'keep-both', { onProgress: (p) => seen.push(p) });
    expect(new Set(seen.map((p) => p.phase))).toEqual(new Set(['checking', 'preparing', 'writing', 'done']));
    expect(seen.every((p) => p.total === 23_000)).toBe(true);
    // Checking then preparing count up in steps of 5,000; the order of phases never goes back.
    const order = ['checking', 'preparing', 'writing', 'done'];
    for (let i = 1; i < seen.length; i++) {
      const [before, now] = [seen[i - 1], seen[i]] as [AnnotationImportProgress, AnnotationImportProgress];
      const step = order.indexOf(now.phase) - order.indexOf(before.phase);
      expect(step >= 0).toBe(true);
      if (step === 0) expect(now.done).toBeGreaterThan(before.done);
    }
    expect(seen.filter((p) => p.phase === 'checking').map((p) => p.done)).toEqual([
      0, 5000, 10000, 15000, 20000,
    ]);
    expect(seen.at(-1)).toEqual({ phase: 'done', done: 23_000, total: 23_000 });
  });

  it.each(['checking', 'preparing'] as const)(
    'cancelled while %s: refused as cancelled, not a byte written',
    async (phase) => {
      const library = await sampleLibrary();
      const raw = JSON.stringify(await fileWith(library, 20_000));
      await library.flush();
      await library.checkDone;
      const before = await snapshot(library.paths.dir);
      const controller = new AbortController();
      const error = await importAnnotations(library, raw, 'take-theirs', {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === phase && p.done >= 5_000) controller.abort();
        },
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'cancelled' });
      expect(await snapshot(library.paths.dir)).toEqual(before);
      const [meta] = await library.listArticles();
      expect(await library.listAnnotations(meta?.id ?? '')).toHaveLength(0);
    },
  );

  it('yields to the event loop while checking and preparing: timers fire between chunks', async () => {
    const library = await sampleLibrary();
    const raw = JSON.stringify(await fileWith(library, 20_000));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const at: Record<string, number> = {};
    await importAnnotations(library, raw, 'keep-both', {
      onProgress: (p) => {
        at[`${p.phase} ${p.done}`] = ticks;
      },
    });
    clearInterval(timer);
    // Between two progress reports of one phase nothing but the import's own synchronous work runs, unless it yields.
    expect(at['checking 15000']).toBeGreaterThan(at['checking 5000'] ?? Infinity);
    expect(at['preparing 20000']).toBeGreaterThan(at['preparing 5000'] ?? Infinity);
  });
});

describe('the annotation limit', () => {
  it(`refuses a file of more than ${MAX_IMPORT_ANNOTATIONS} annotations by name, writing nothing`, async () => {
    const library = await sampleLibrary();
    const before = await snapshot(library.paths.dir);
    // A million annotations: refused on their number, before any is validated.
    const raw = JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      articles: [{ annotations: new Array(600_000).fill(0) }, { annotations: new Array(400_000).fill(0) }],
    });
    const error = await importAnnotations(library, raw, 'keep-both').catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'invalid-import',
      params: { reason: 'too-many-annotations', where: 'articles' },
    });
    expect((error as Error).message).toContain(
      '1000000 annotations is more than 250000 (MAX_IMPORT_ANNOTATIONS)',
    );
    expect(await snapshot(library.paths.dir)).toEqual(before);
  });

  it('lets a file of exactly the limit pass the count; its invalid values are refused by name, not a stack overflow', async () => {
    const library = await sampleLibrary();
    const raw = JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      articles: [{ annotations: new Array(MAX_IMPORT_ANNOTATIONS).fill(0) }],
    });
    const error = await importAnnotations(library, raw, 'keep-both').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-import', params: { reason: 'invalid-value' } });
  });
});
