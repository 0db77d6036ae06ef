/**
 * Storage benchmarks in Node (B5 edit persistence, B6 cold open, B9 export),
 * each against its naive baseline in the same run.
 */

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { test } from '@playwright/test';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { Library } from '../electron/services/library/library';
import { generateArticleText, generateSpans, prng } from './corpus';
import { makeArticle, writeLibrary, type FixtureArticle } from './library-fixture';
import { machine, report, row, type Row } from './stats';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const rows: Row[] = [];
let dir: string;

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-bench-'));
});

test.afterAll(async () => {
  report('storage', rows, machine());
  await rm(dir, { recursive: true, force: true });
});

/**
 * Times `fn` and the longest stretch the event loop was blocked while it ran:
 * the largest gap between consecutive setImmediate turns.
 */
async function timed(fn: () => Promise<unknown>): Promise<{ ms: number; blockedMs: number }> {
  let last = performance.now();
  let blockedMs = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    blockedMs = Math.max(blockedMs, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  running = false;
  return { ms, blockedMs };
}

test('B5: persist one edit, and a burst of 20, in 100,000 annotations over 1,000 articles', async () => {
  test.setTimeout(600_000);
  const articles: FixtureArticle[] = [];
  for (let i = 0; i < 1000; i++) {
    articles.push(makeArticle(`مقال ${i}`, generateArticleText(400, i), (t) => generateSpans(t, 100, i)));
  }
  const libDir = join(dir, 'b5');
  await writeLibrary(libDir, articles);
  const library = await Library.open(libDir);
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
    const t = await timed(() =>
      library.updateAnnotation(a.meta.id, ann?.id ?? '', { tag: r % 2 ? 'event' : 'actor' }),
    );
    single.push(t.ms);
    const burst = Array.from({ length: 20 }, (_, k) => ({ ...pick(), k }));
    for (const b of burst) await library.listAnnotations(b.a.meta.id);
    const tb = await timed(() =>
      Promise.all(burst.map((b) => library.updateAnnotation(b.a.meta.id, b.ann?.id ?? '', { tag: 'event' }))),
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
    const t = await timed(async () => {
      const target = one.data.annotations[Math.floor(random() * one.data.annotations.length)];
      if (target) target.tag = 'event';
      await one.write();
    });
    baseSingle.push(t.ms);
    baseBlocked.push(t.blockedMs);
  }
  const baseMedian = [...baseSingle].sort((x, y) => x - y)[Math.floor(baseSingle.length / 2)] ?? NaN;
  rows.push(
    row('B5', '1 edit, 100k annotations / 1k articles', 'persisted (fsync)', single, {
      target: '≤ 5 ms',
      baseline: { name: 'one lowdb file', median: baseMedian },
    }),
    row('B5', 'burst of 20 edits', 'longest block of main', burstBlocked, {
      target: '≤ 20 ms',
      baseline: {
        name: 'one lowdb file, 1 edit',
        median: [...baseBlocked].sort((x, y) => x - y)[Math.floor(baseBlocked.length / 2)] ?? NaN,
      },
    }),
  );
});

test('B6: cold open of a 10,000-article library to a listed first page', async () => {
  test.setTimeout(600_000);
  const articles = Array.from({ length: 10_000 }, (_, i) =>
    makeArticle(`مقال رقم ${i} عن تبادل الأسرى`, generateArticleText(60, i), () => []),
  );
  const libDir = join(dir, 'b6');
  await writeLibrary(libDir, articles, { withTexts: false });
  const open: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const library = await Library.open(libDir);
    const list = await library.listArticles();
    const firstPage = list.slice(0, 50);
    open.push(performance.now() - t0);
    if (firstPage.length !== 50) throw new Error('listing failed');
    await library.close();
  }
  // Baseline: one big file with every article, its text and annotations, read and parsed.
  const big = join(dir, 'everything.json');
  const fat = articles.map((a) => ({ ...a, text: generateArticleText(600, 1) }));
  await writeFile(big, JSON.stringify({ articles: fat }));
  const base: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const parsed = JSON.parse(await readFile(big, 'utf8')) as { articles: unknown[] };
    if (parsed.articles.length !== 10_000) throw new Error('baseline read failed');
    base.push(performance.now() - t0);
  }
  const sorted = [...base].sort((x, y) => x - y);
  rows.push(
    row('B6', 'cold open, 10k articles', 'open + first page', open, {
      target: '≤ 50 ms',
      baseline: { name: 'one big file', median: sorted[Math.floor(sorted.length / 2)] ?? NaN },
    }),
  );
});

test('B9: export 10,000 annotations as Hamish JSON', async () => {
  test.setTimeout(600_000);
  const article = makeArticle('مقال طويل', generateArticleText(50_000), (t) => generateSpans(t, 10_000));
  const libDir = join(dir, 'b9');
  await writeLibrary(libDir, [article]);
  const library = await Library.open(libDir);
  await library.listAnnotations(article.meta.id);
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const path = join(dir, `export-${r}.json`);
    const t0 = performance.now();
    await library.exportAnnotations(article.meta.id, path, 'bench');
    samples.push(performance.now() - t0);
  }
  await library.close();
  rows.push(row('B9', 'export 10k annotations', 'Hamish JSON to disk', samples, { target: '≤ 100 ms' }));
});
