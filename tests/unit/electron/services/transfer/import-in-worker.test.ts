/**
 * A Hamish JSON import keeps main responsive (issue 13): the file is parsed
 * and checked in a worker thread. Proved by counts, not by a timer a busy
 * machine may not run: main's own parse and check counters stay still while
 * a 40,000-annotation file is imported (before, JSON.parse and the schema ran
 * on main in one piece), and main's loop turns many times more during the
 * import than during the same parse and check done on main, in the same run;
 * the progress reports count up in order. Refusals and cancel still work.
 */

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checksInThisThread,
  checkImport,
  parseImport,
} from '../../../../../electron/services/transfer/import-check';
import { importAnnotations } from '../../../../../electron/services/transfer/import-service';
import { checkInWorker } from '../../../../../electron/services/transfer/import-in-worker';
import { DEFAULT_TAXONOMY } from '../../../../../shared/taxonomy';
import { turnsDuring } from '../../../../../bench/event-loop';
import { SAMPLE_PATH, useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary } from '../../../transfer-helpers';
import { fileWith } from './large-import';

const tempDir = useTempDirs();
afterEach(closeLibraries);

describe('the import runs off main', () => {
  it('parses and checks a 40,000-annotation file in the worker: main parses and checks nothing, and keeps turning', async () => {
    const library = await openLibrary(join(await tempDir(), 'lib'), SAMPLE_PATH);
    const file = await fileWith(library, 40_000);
    const raw = JSON.stringify(file);
    const seen: string[] = [];
    const before = checksInThisThread();
    const inWorker = await turnsDuring(() =>
      importAnnotations(library, raw, 'keep-both', {
        onProgress: (p) => {
          if (p.phase === 'checking') seen.push(`${p.phase} ${p.done}`);
        },
      }),
    );
    expect(inWorker.value).toMatchObject({ annotationsAdded: 40_000, problems: [] });
    // Deterministic: not one file parsed nor one annotation checked on main.
    expect(checksInThisThread()).toEqual(before);
    expect(seen).toEqual(['checking 0', ...[5, 10, 15, 20, 25, 30, 35, 40].map((k) => `checking ${k}000`)]);

    // Same-run baseline: the same parse and check on main hold the loop for their whole length.
    const [meta] = await library.listArticles();
    const text = (await library.getArticle(meta?.id ?? '')).text;
    const onMain = await turnsDuring(async () => {
      const data = parseImport(raw);
      await checkImport(data, DEFAULT_TAXONOMY, new Set(), () => text);
    });
    expect(checksInThisThread()).toEqual({
      parsed: before.parsed + 1,
      annotations: before.annotations + 40_000,
    });
    console.log(`import turns: worker ${inWorker.turns}, parse and check on main ${onMain.turns}`);
    // Counted turns, not a timer's ticks: a busy machine pauses the process either way, but cannot
    // make a held loop turn.
    expect(inWorker.turns).toBeGreaterThan(10 * (onMain.turns + 1));
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
