/**
 * B16: how long a Hamish JSON import of 10k, 40k and 200k annotations holds
 * main's event loop while the file is parsed, schema-checked and checked
 * against the text (issue 13): now in a worker thread (checkInWorker, main
 * only takes batches of 1,000 annotations), against the same-run baseline
 * of the old path, parseImport and checkImport on main (which yielded only
 * between chunks of the check, never during JSON.parse and the schema).
 * Reported: the longest event-loop block (median, p95) and the whole time.
 * A second test times the whole import, to disk (parse, check, merge, sort,
 * serialise, write), of the same file into a library whose article already
 * holds half of its annotations: the longest block of main's event loop.
 * BENCH_SMALL=1 runs tiny sizes (a smoke run).
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { Library } from '../electron/services/library/library';
import { checkImport, parseImport } from '../electron/services/transfer/import-check';
import { checkInWorker } from '../electron/services/transfer/import-in-worker';
import { importAnnotations } from '../electron/services/transfer/import-service';
import { buildExport } from '../shared/export-format';
import { DEFAULT_TAXONOMY } from '../shared/taxonomy';
import { generateArticleText, generateSpans } from './corpus';
import { withBlocking } from './event-loop';
import { makeArticle, writeLibrary } from './library-fixture';
import { machine, median, report, row, type Row } from './stats';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const SMALL = process.env['BENCH_SMALL'] === '1';
const SIZES = SMALL ? [100, 400, 2_000] : [10_000, 40_000, 200_000];
const sized = (label: string) => (SMALL ? `${label} [BENCH_SMALL]` : label);
const rows: Row[] = [];

test.afterAll(() => {
  report(SMALL ? 'import-block-small' : 'import-block', rows, machine());
});

/** fileOf's results, made once per size and shared by both tests (200k annotations took ~9 s to generate). */
const files = new Map<number, ReturnType<typeof makeFile>>();

/** An article with `n` generated annotations, and the Hamish JSON file (no text) that carries them (made once per size). */
function fileOf(n: number) {
  const made = files.get(n) ?? makeFile(n);
  files.set(n, made);
  return made;
}

/** Generates the article and file of fileOf (the same text and spans for the same `n`; ids drawn afresh). */
function makeFile(n: number) {
  const article = makeArticle('مقال للاستيراد', generateArticleText(Math.max(2_000, n / 4)), (t) =>
    generateSpans(t, n),
  );
  const raw = JSON.stringify(
    buildExport(
      [{ meta: article.meta, annotations: article.annotations, text: article.text, blocks: article.blocks }],
      DEFAULT_TAXONOMY,
      new Date().toISOString(),
      'bench',
      { includeText: false },
    ),
  );
  return { article, raw };
}

test('B16: main-thread block while a Hamish JSON file is parsed and checked', async () => {
  test.setTimeout(1_800_000);
  for (const n of SIZES) {
    const { article, raw } = fileOf(n);
    const host = {
      taxonomy: () => Promise.resolve(DEFAULT_TAXONOMY),
      entityIds: () => [],
      texts: () => Promise.resolve<[string, string][]>([[article.meta.textSha256, article.text]]),
    };
    const runs = n >= 200_000 && !SMALL ? Math.min(RUNS, 3) : RUNS;
    const old = { blocked: [] as number[], ms: [] as number[] };
    const now = { blocked: [] as number[], ms: [] as number[] };
    // One unmeasured start of the worker (it is kept between imports).
    await checkInWorker({ raw }, host);
    for (let r = 0; r < runs; r++) {
      const before = await withBlocking(async () => {
        const data = parseImport(raw);
        await checkImport(
          data,
          DEFAULT_TAXONOMY,
          new Set<string>(),
          () => article.text,
          () => new Promise((resolve) => setImmediate(resolve)),
        );
      });
      old.blocked.push(before.blockedMs);
      old.ms.push(before.ms);
      const after = await withBlocking(() => checkInWorker({ raw }, host));
      now.blocked.push(after.blockedMs);
      now.ms.push(after.ms);
    }
    const scenario = sized(`parse + check ${n} annotations`);
    rows.push(
      row('B16', scenario, 'longest event-loop block', now.blocked, {
        baseline: { name: 'parse + check on main', median: median(old.blocked) },
      }),
      row('B16', scenario, 'whole parse + check', now.ms, {
        baseline: { name: 'parse + check on main', median: median(old.ms) },
      }),
    );
  }
});

test('B16: main-thread block during a whole Hamish JSON import, to disk', async () => {
  test.setTimeout(1_800_000);
  const dir = await mkdtemp(join(tmpdir(), 'hamish-bench-import-block-'));
  try {
    for (const n of SIZES) {
      const { article, raw } = fileOf(n);
      const mine = article.annotations.slice(0, Math.floor(n / 2));
      const runs = n >= 200_000 && !SMALL ? Math.min(RUNS, 3) : RUNS;
      const blocked: number[] = [];
      const whole: number[] = [];
      for (let r = 0; r < runs; r++) {
        const libDir = join(dir, `lib-${n}-${r}`);
        await writeLibrary(libDir, [{ ...article, annotations: mine }]);
        const library = await Library.open(libDir, { dailyBackup: false });
        await library.checkDone;
        const { value, ms, blockedMs } = await withBlocking(() =>
          importAnnotations(library, raw, 'keep-both'),
        );
        const seen = value.annotationsAdded + value.annotationsUnchanged;
        if (seen !== n) throw new Error(`import ${n}: ${seen} annotations counted`);
        blocked.push(blockedMs);
        whole.push(ms);
        await library.close();
        await rm(libDir, { recursive: true, force: true });
      }
      const scenario = sized(`import ${n} into an article holding ${mine.length}`);
      rows.push(
        row('B16', scenario, 'longest event-loop block, whole import', blocked),
        row('B16', scenario, 'whole import, to disk', whole),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
