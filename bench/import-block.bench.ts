/**
 * B12: how long a Hamish JSON import of 10k, 40k and 200k annotations holds
 * main's event loop while the file is parsed, schema-checked and checked
 * against the text (issue 13): now in a worker thread (checkInWorker, main
 * only takes batches of 1,000 annotations), against the same-run baseline
 * of the old path, parseImport and checkImport on main (which yielded only
 * between chunks of the check, never during JSON.parse and the schema).
 * Reported: the longest event-loop block (median, p95) and the whole time.
 * BENCH_SMALL=1 runs tiny sizes (a smoke run).
 */

import { test } from '@playwright/test';
import { checkImport, parseImport } from '../electron/services/transfer/import-check';
import { checkInWorker } from '../electron/services/transfer/import-in-worker';
import { buildExport } from '../shared/export-format';
import { DEFAULT_TAXONOMY } from '../shared/taxonomy';
import { generateArticleText, generateSpans } from './corpus';
import { withBlocking } from './event-loop';
import { makeArticle } from './library-fixture';
import { machine, median, report, row, type Row } from './stats';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const SMALL = process.env['BENCH_SMALL'] === '1';
const SIZES = SMALL ? [100, 400, 2_000] : [10_000, 40_000, 200_000];
const sized = (label: string) => (SMALL ? `${label} [BENCH_SMALL]` : label);
const rows: Row[] = [];

test.afterAll(() => {
  report(SMALL ? 'import-block-small' : 'import-block', rows, machine());
});

test('B12: main-thread block while a Hamish JSON file is parsed and checked', async () => {
  test.setTimeout(1_800_000);
  for (const n of SIZES) {
    const article = makeArticle('مقال للاستيراد', generateArticleText(Math.max(2_000, n / 4)), (t) =>
      generateSpans(t, n),
    );
    const raw = JSON.stringify(
      buildExport(
        [
          {
            meta: article.meta,
            annotations: article.annotations,
            text: article.text,
            blocks: article.blocks,
          },
        ],
        DEFAULT_TAXONOMY,
        new Date().toISOString(),
        'bench',
        { includeText: false },
      ),
    );
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
      row('B12', scenario, 'longest event-loop block', now.blocked, {
        baseline: { name: 'parse + check on main', median: median(old.blocked) },
      }),
      row('B12', scenario, 'whole parse + check', now.ms, {
        baseline: { name: 'parse + check on main', median: median(old.ms) },
      }),
    );
  }
});
