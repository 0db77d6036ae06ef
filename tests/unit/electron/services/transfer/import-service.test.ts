/**
 * A large annotation import reports its progress, checks and prepares in the
 * worker (main's check counter stays still), can be cancelled until it
 * starts writing (nothing written), and a file past MAX_IMPORT_ANNOTATIONS
 * is refused before its annotations are validated (nothing written). Judged
 * by counts and order; the time budgets are hang guards.
 */

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_ANNOTATIONS } from '../../../../../shared/schema/limits';
import { checksInThisThread } from '../../../../../electron/services/transfer/import-check';
import { importAnnotations } from '../../../../../electron/services/transfer/import-service';
import type { AnnotationImportProgress } from '../../../../../shared/export/export-request';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../../../../shared/export-format';
import { SAMPLE_PATH, useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary, snapshot } from '../../../transfer-helpers';
import { fileWith } from './large-import';

const tempDir = useTempDirs();
/** A hang guard, not a speed target: tens of thousands of annotations took 15.5 s of a 20 s default at load 25. */
const HANG_GUARD = 120_000;
afterEach(closeLibraries);

async function sampleLibrary() {
  return openLibrary(join(await tempDir(), 'lib'), SAMPLE_PATH);
}

describe('progress and cancel', () => {
  it(
    'reports checking, preparing, writing and done, counting up to the file’s annotations',
    async () => {
      const library = await sampleLibrary();
      const raw = JSON.stringify(await fileWith(library, 23_000));
      const seen: AnnotationImportProgress[] = [];
      await importAnnotations(library, raw, 'keep-both', { onProgress: (p) => seen.push(p) });
      expect(new Set(seen.map((p) => p.phase))).toEqual(
        new Set(['checking', 'preparing', 'writing', 'done']),
      );
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
    },
    HANG_GUARD,
  );

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
    HANG_GUARD,
  );

  it(
    'checks and prepares in the worker: main checks no annotation, and the reports of both phases count up',
    async () => {
      const library = await sampleLibrary();
      const raw = JSON.stringify(await fileWith(library, 20_000));
      const before = checksInThisThread();
      const seen: string[] = [];
      await importAnnotations(library, raw, 'keep-both', {
        onProgress: (p) => {
          if (p.phase === 'checking' || p.phase === 'preparing') seen.push(`${p.phase} ${p.done}`);
        },
      });
      // Counts, not a timer's ticks between two reports: a main the machine left waiting may take
      // several of the worker's reports in one turn of its loop, and that is no fault of the import.
      expect(checksInThisThread()).toEqual(before);
      // Checking reports every 5,000 annotations, preparing every 1,000 (import-apply.ts), in order.
      const every = (phase: string, step: number) =>
        Array.from({ length: 20_000 / step }, (_, i) => `${phase} ${(i + 1) * step}`);
      expect(seen).toEqual(['checking 0', ...every('checking', 5_000), ...every('preparing', 1_000)]);
    },
    HANG_GUARD,
  );
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
