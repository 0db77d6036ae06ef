/**
 * Storage benchmarks in Node (B5 edit persistence, B6 cold open, B9 export),
 * each against its naive baseline in the same run. BENCH_SMALL=1 runs every
 * scenario with tiny sizes (a smoke run of the code paths, not a measurement).
 */

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { test } from '@playwright/test';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { writeExport } from '../electron/services/export/export-service';
import { Library } from '../electron/services/library/library';
import { CHECK_STAMPS_FILE } from '../electron/services/library/check/check-stamps';
import { writeFileAtomic } from '../electron/services/storage/atomic-write';
import { EXPORT_FORMATS } from '../shared/export/export-request';
import { DEFAULT_QUERY } from '../shared/library-query';
import { generateArticleText, generateSpans, prng } from './corpus';
import { makeArticle, writeLibrary, type FixtureArticle } from './library-fixture';
import { withBlocking } from './event-loop';
import { b6Fixture } from './storage-fixture';
import { machine, report, row, type Row } from './stats';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const SMALL = process.env['BENCH_SMALL'] === '1';
/** Scenario sizes: the issue's, or tiny ones for the smoke run. */
const SIZE = SMALL
  ? { b5Articles: 20, b5PerArticle: 10, b5Big: 200, b6Articles: 200, b9Words: 2_000, b9Annotations: 200 }
  : {
      b5Articles: 1000,
      b5PerArticle: 100,
      b5Big: 10_000,
      b6Articles: 10_000,
      b9Words: 50_000,
      b9Annotations: 10_000,
    };
/** Edits timed in the one-article B5 row (enough for a p95). */
const B5_EDITS = SMALL ? 10 : 60;
/** Labels say the real size; the smoke run says it is one. */
const sized = (label: string) => (SMALL ? `${label} [BENCH_SMALL]` : label);
const medianOf = (values: readonly number[]) =>
  [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? NaN;
const rows: Row[] = [];
const info: Record<string, unknown> = {};
let dir: string;

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-bench-'));
});

test.afterAll(async () => {
  report(SMALL ? 'storage-small' : 'storage', rows, { ...machine(), ...info });
  await rm(dir, { recursive: true, force: true });
});

test('B5: persist one edit, and a burst of 20, in 100,000 annotations over 1,000 articles', async () => {
  test.setTimeout(600_000);
  const articles: FixtureArticle[] = [];
  for (let i = 0; i < SIZE.b5Articles; i++) {
    articles.push(
      makeArticle(`مقال ${i}`, generateArticleText(400, i), (t) => generateSpans(t, SIZE.b5PerArticle, i)),
    );
  }
  const libDir = join(dir, 'b5');
  await writeLibrary(libDir, articles);
  // No daily backup: it is made before any edit is timed (B6's first start is where one is timed).
  const library = await Library.open(libDir, { dailyBackup: false });
  // Steady state: edits made while the start-up check still reads every article are slower (B6 rows).
  await library.checkDone;
  const random = prng(5);
  const pick = () => {
    const a = articles[Math.floor(random() * articles.length)] as FixtureArticle;
    return { a, ann: a.annotations[Math.floor(random() * a.annotations.length)] };
  };
  // Warm the caches the app would have warmed by opening the article.
  const single: number[] = [];
  const burstBlocked: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const { a, ann } = pick();
    await library.listAnnotations(a.meta.id);
    const t = await withBlocking(() =>
      // A note edit: a retag may land on a same-span annotation of that tag, which the library refuses as a twin.
      library.updateAnnotation(a.meta.id, ann?.id ?? '', { note: `تعديل ${r}` }),
    );
    single.push(t.ms);
    const burst = Array.from({ length: 20 }, (_, k) => ({ ...pick(), k }));
    for (const b of burst) await library.listAnnotations(b.a.meta.id);
    const tb = await withBlocking(() =>
      Promise.all(
        burst.map((b) =>
          library.updateAnnotation(b.a.meta.id, b.ann?.id ?? '', { note: `دفعة ${r}-${b.k}` }),
        ),
      ),
    );
    burstBlocked.push(tb.blockedMs);
  }
  await library.close();

  // Baseline: one lowdb file holding every annotation of the library.
  const one = new Low(new JSONFile<{ annotations: FixtureArticle['annotations'] }>(join(dir, 'one.json')), {
    annotations: [],
  });
  one.data.annotations = articles.flatMap((a) => a.annotations);
  await one.write();
  const baseSingle: number[] = [];
  const baseBlocked: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = await withBlocking(async () => {
      const target = one.data.annotations[Math.floor(random() * one.data.annotations.length)];
      if (target) target.tag = 'event';
      await one.write();
    });
    baseSingle.push(t.ms);
    baseBlocked.push(t.blockedMs);
  }
  const baseMedian = [...baseSingle].sort((x, y) => x - y)[Math.floor(baseSingle.length / 2)] ?? NaN;
  rows.push(
    row('B5', sized('1 edit, 100k annotations / 1k articles'), 'persisted (fsync)', single, {
      target: '≤ 5 ms',
      baseline: { name: 'one lowdb file', median: baseMedian },
    }),
    row('B5', sized('burst of 20 edits'), 'longest block of main', burstBlocked, {
      target: '≤ 20 ms',
      baseline: {
        name: 'one lowdb file, 1 edit',
        median: [...baseBlocked].sort((x, y) => x - y)[Math.floor(baseBlocked.length / 2)] ?? NaN,
      },
    }),
  );
});

test('B5: one edit in a 10,000-annotation article, to durable (journal line vs whole-file rewrite)', async () => {
  test.setTimeout(600_000);
  const article = makeArticle('مقال طويل', generateArticleText(SIZE.b9Words, 51), (t) =>
    generateSpans(t, SIZE.b5Big, 52),
  );
  const libDir = join(dir, 'b5-big');
  await writeLibrary(libDir, [article]);
  const library = await Library.open(libDir, { dailyBackup: false });
  await library.checkDone;
  const ids = (await library.listAnnotations(article.meta.id)).map((a) => a.id);
  const edits: number[] = [];
  for (let r = 0; r < B5_EDITS; r++) {
    const started = performance.now();
    await library.updateAnnotation(article.meta.id, ids[r % ids.length] ?? '', { note: `تعديل ${r}` });
    edits.push(performance.now() - started);
  }
  await library.close();
  // Baseline, same run and disk: the whole annotations file rewritten durably per edit (the way before the journal).
  const path = join(libDir, 'annotations', `${article.meta.id}.json`);
  const file = JSON.parse(await readFile(path, 'utf8')) as { annotations: { tag: string }[] };
  const rewrites: number[] = [];
  for (let r = 0; r < B5_EDITS; r++) {
    const started = performance.now();
    const target = file.annotations[r % file.annotations.length];
    if (target) target.tag = r % 2 ? 'actor' : 'event';
    await writeFileAtomic(path, JSON.stringify(file, null, 2));
    rewrites.push(performance.now() - started);
  }
  rows.push(
    row('B5', sized('1 edit in a 10k-annotation article'), 'to durable (journal line)', edits, {
      target: '≤ 2 ms median, ≤ 10 ms p95',
      baseline: { name: 'whole-file rewrite', median: medianOf(rewrites) },
    }),
  );
});

test('B6: cold open of a 10,000-article library to a listed first page', async () => {
  test.setTimeout(1_200_000);
  const n = SIZE.b6Articles;
  // From the bench cache (generated on the first run), never opened: the first start below is a real one.
  const fixture = await b6Fixture(n);
  info['b6Fixture'] = fixture.built ? 'generated' : 'cached';
  const libDir = fixture.library;
  // The renderer's first request (library-api.ts): newest first, one page; from index.head.json once the first open wrote it.
  const firstPage = (library: Library) => library.queryArticles({ ...DEFAULT_QUERY, limit: 50 }).items.length;

  // First start on this library (no check stamps yet, daily backup due): every file is read and hashed.
  const first = await withBlocking(async () => {
    const library = await Library.open(libDir);
    if (firstPage(library) !== Math.min(50, n)) throw new Error('listing failed');
    await library.close(); // waits for the background check
  });
  const open: number[] = [];
  const check: number[] = [];
  const checkBlocked: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const library = await Library.open(libDir);
    const listed = firstPage(library);
    open.push(performance.now() - t0);
    if (listed !== Math.min(50, n)) throw new Error('listing failed');
    // The rest of the start-up check, in the background (stamps recorded by the first start).
    const t = await withBlocking(() => library.checkDone);
    check.push(performance.now() - t0);
    checkBlocked.push(t.blockedMs);
    if (!library.startupReport().complete) throw new Error('check not complete');
    await library.close();
  }
  // The same background check without stamps (a library copied from elsewhere, or stamps lost).
  const noStamps: number[] = [];
  const noStampsBlocked: number[] = [];
  for (let r = 0; r < Math.min(RUNS, 3); r++) {
    await rm(join(libDir, CHECK_STAMPS_FILE), { force: true });
    const library = await Library.open(libDir);
    const t = await withBlocking(() => library.checkDone);
    noStamps.push(t.ms);
    noStampsBlocked.push(t.blockedMs);
    await library.close();
  }
  // Baseline: one big file with every article, its text and annotations, read and parsed (3 runs, as the
  // other baselines of slow scenarios: its median is 285× ours, ~2.3 s a run).
  const base: number[] = [];
  for (let r = 0; r < Math.min(RUNS, 3); r++) {
    const t0 = performance.now();
    const parsed = JSON.parse(await readFile(fixture.baseline, 'utf8')) as { articles: unknown[] };
    if (parsed.articles.length !== n) throw new Error('baseline read failed');
    base.push(performance.now() - t0);
  }
  const baseline = { name: 'one big file', median: medianOf(base) };
  rows.push(
    row('B6', sized('cold open, 10k articles'), 'open + first page', open, { target: '≤ 50 ms', baseline }),
    row('B6', sized('background check after open'), 'open to check done (stamps)', check),
    row('B6', sized('background check after open'), 'longest event-loop block', checkBlocked),
    row('B6', sized('background check, no stamps'), 'check duration', noStamps),
    row('B6', sized('background check, no stamps'), 'longest event-loop block', noStampsBlocked),
    row('B6', sized('first start: daily backup + full check'), 'open to check done (once)', [first.ms]),
  );
});

test('B9: export 10,000 annotations to each format', async () => {
  test.setTimeout(600_000);
  const article = makeArticle('مقال طويل', generateArticleText(SIZE.b9Words), (t) =>
    generateSpans(t, SIZE.b9Annotations),
  );
  const libDir = join(dir, 'b9');
  await writeLibrary(libDir, [article]);
  const library = await Library.open(libDir, { dailyBackup: false });
  await library.listAnnotations(article.meta.id);
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const path = join(dir, `export-${r}.json`);
    const t0 = performance.now();
    await library.exportAnnotations(article.meta.id, path, 'bench');
    samples.push(performance.now() - t0);
  }
  rows.push(
    row('B9', sized('export 10k annotations'), 'Hamish JSON to disk (one article)', samples, {
      target: '≤ 100 ms',
    }),
  );
  // Every format through the export dialog's code path (writeExport), text included where the format has it.
  // A .qdc is the codebook alone (no annotation to export): not part of this scenario.
  // The formats without a target run 5 times, not 7: their spread (p95 within ~2× the median even at load 9)
  // leaves the median and p95 where 7 runs put them, and qdpx alone took 16 s of 7 runs.
  for (const format of EXPORT_FORMATS.filter((f) => f !== 'qdc')) {
    const times: number[] = [];
    for (let r = 0; r < (format === 'json' ? RUNS : Math.min(RUNS, 5)); r++) {
      const path = join(dir, `export-${format}-${r}`);
      const t0 = performance.now();
      const summary = await writeExport(library, { format, articleIds: [article.meta.id] }, path, 'bench');
      times.push(performance.now() - t0);
      if (summary.annotations !== article.annotations.length) throw new Error(`${format} export incomplete`);
    }
    rows.push(
      row('B9', sized('export 10k annotations'), `${format} (export dialog path)`, times, {
        ...(format === 'json' ? { target: '≤ 100 ms' } : {}),
      }),
    );
  }
  await library.close();
});
