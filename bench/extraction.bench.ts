/**
 * Extraction benchmark (E1): the shared corpus of real saved pages through
 * Hamish's HTML importer and through plain Readability, reporting the share
 * of must-keep snippets kept and of must-not snippets left out, each beside
 * Readability's, and the time per page. BENCH_SMALL=1 scores the first 10
 * pages only (a smoke run of the code path, not a measurement).
 */

import { performance } from 'node:perf_hooks';
import { test } from '@playwright/test';
import {
  hamishText,
  loadCorpus,
  pageHtml,
  readabilityText,
  scorePage,
  totals,
  type PageScore,
} from '../tests/unit/electron/services/import/corpus-score';
import { machine, median, report, row, type Row } from './stats';

const SMALL = process.env['BENCH_SMALL'] === '1';

test('E1: must-keep and must-not snippets on the shared corpus, beside plain Readability', () => {
  test.setTimeout(600_000);
  const pages = loadCorpus(SMALL ? 10 : Number.POSITIVE_INFINITY);
  const ours: PageScore[] = [];
  const theirs: PageScore[] = [];
  const oursMs: number[] = [];
  const theirsMs: number[] = [];
  for (const page of pages) {
    const html = pageHtml(page);
    let start = performance.now();
    const text = hamishText(html);
    oursMs.push(performance.now() - start);
    start = performance.now();
    const baseline = readabilityText(html);
    theirsMs.push(performance.now() - start);
    ours.push(scorePage(page, text));
    theirs.push(scorePage(page, baseline));
  }
  const sum = totals(pages, ours);
  const base = totals(pages, theirs);
  const pct = (n: number, d: number) => (100 * n) / d;
  const label = `${pages.length} real pages${SMALL ? ' [BENCH_SMALL]' : ''}`;
  const rows: Row[] = [
    row('E1', label, 'must-keep snippets kept', [pct(sum.kept, sum.withTotal)], {
      unit: '%',
      target: '≥ 95 %, never below Readability on a page',
      baseline: { name: 'Readability', median: pct(base.kept, base.withTotal) },
    }),
    row('E1', label, 'must-not snippets excluded', [pct(sum.excluded, sum.withoutTotal)], {
      unit: '%',
      target: '≥ 90 %',
      baseline: { name: 'Readability', median: pct(base.excluded, base.withoutTotal) },
    }),
    row('E1', label, 'per page', oursMs, { baseline: { name: 'Readability', median: median(theirsMs) } }),
  ];
  report(SMALL ? 'extraction-small' : 'extraction', rows, machine());
});
