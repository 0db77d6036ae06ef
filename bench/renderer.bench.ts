/**
 * Renderer benchmarks in Chromium through the e2e harness (B1–B4, B10): the
 * real app on a 50,000-word Arabic article with 1,000 and 10,000 overlapping
 * annotations, against span wrapping and one-Highlight-per-annotation
 * painters run on a copy of the same DOM in the same page.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type Page } from '@playwright/test';
import { findTag, DEFAULT_TAXONOMY } from '../shared/taxonomy';
import { launchHamish, type HamishApp } from '../tests/e2e/harness';
import {
  cloneArticle,
  highlightPerAnnotation,
  removeClone,
  spanWrap,
  type PageSpan,
} from './baseline-painters';
import { generateArticleText, generateSpans } from './corpus';
import { makeArticle, writeLibrary, type FixtureArticle } from './library-fixture';
import { machine, median, report, row, type Row } from './stats';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const WORDS = Number(process.env['BENCH_WORDS'] ?? 50_000);
const rows: Row[] = [];
let dir: string;
let app: HamishApp;
const articles: Record<'small' | 'large', FixtureArticle> = {} as Record<'small' | 'large', FixtureArticle>;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dir = await mkdtemp(join(tmpdir(), 'hamish-bench-ui-'));
  const raw = generateArticleText(WORDS);
  articles.small = makeArticle('بنش ١٠٠٠', raw, (t) => generateSpans(t, 1000));
  articles.large = makeArticle('بنش ١٠٠٠٠', raw, (t) => generateSpans(t, 10_000));
  await writeLibrary(join(dir, 'library'), [articles.small, articles.large]);
  app = await launchHamish({ libraryDir: join(dir, 'library'), seedSample: false });
});

test.afterAll(async () => {
  const browser = app.context.browser();
  report('renderer', rows, machine({ chromium: browser?.version() ?? 'unknown', words: String(WORDS) }));
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

function pageSpans(a: FixtureArticle): PageSpan[] {
  return a.annotations.map((x) => ({
    start: x.start,
    end: x.end,
    color: findTag(DEFAULT_TAXONOMY, x.tag)?.color ?? '#888888',
  }));
}

/** Opens an article from the library; returns ms to the first frame with all highlights, and paint script ms. */
async function openTimed(page: Page, title: string, expected: number) {
  return page.evaluate(
    async ({ title, expected }) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('.article-open')].find((b) =>
        b.textContent.includes(title),
      );
      if (!button) throw new Error(`no article ${title}`);
      performance.clearMeasures('hamish:paint');
      performance.clearMarks('hamish:article-loaded');
      const t0 = performance.now();
      button.click();
      const painted = () => {
        let n = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith('hamish-')) n += h.size;
        return n >= expected;
      };
      while (!painted()) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const end = performance.now();
      const loaded = performance.getEntriesByName('hamish:article-loaded').at(-1)?.startTime ?? NaN;
      const script = performance.getEntriesByName('hamish:paint').at(-1)?.duration ?? NaN;
      return { total: end - t0, frame: end - loaded, script };
    },
    { title, expected },
  );
}

async function backToLibrary(page: Page): Promise<void> {
  await page.locator('.top-actions button').first().click();
  await page.locator('.article-row').first().waitFor();
}

for (const [id, size, count] of [
  ['B1', 'small', 1000],
  ['B2', 'large', 10_000],
] as const) {
  test(`${id}: open a ${WORDS}-word article with ${count} annotations, to first frame`, async () => {
    test.setTimeout(600_000);
    const { page } = app;
    const a = articles[size];
    const frames: number[] = [];
    const totals: number[] = [];
    const scripts: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t = await openTimed(page, a.meta.title, count);
      frames.push(t.frame);
      totals.push(t.total);
      scripts.push(t.script);
      if (r < RUNS - 1) await backToLibrary(page);
    }
    const wrapFrames: number[] = [];
    const wrapScripts: number[] = [];
    const perFrames: number[] = [];
    const perScripts: number[] = [];
    const spans = pageSpans(a);
    for (let r = 0; r < RUNS; r++) {
      await page.evaluate(cloneArticle);
      const w = await page.evaluate(spanWrap, spans);
      wrapFrames.push(w.frame);
      wrapScripts.push(w.script);
      await page.evaluate(removeClone);
      // One Highlight per annotation takes minutes at 10,000 here: run it there only with BENCH_FULL=1.
      if (count < 10_000 || (process.env['BENCH_FULL'] && r === 0)) {
        await page.evaluate(cloneArticle);
        const h = await page.evaluate(highlightPerAnnotation, spans);
        perFrames.push(h.frame);
        perScripts.push(h.script);
        await page.evaluate(removeClone);
      }
    }
    const label = `open, ${count} annotations`;
    rows.push(
      row(id, label, 'paint script', scripts, {
        baseline: { name: 'span wrapping', median: median(wrapScripts) },
      }),
      row(id, label, 'data in renderer → first frame (React render + paint)', frames, {
        target: id === 'B1' ? '≤ 60 ms' : '≤ 100 ms',
        baseline: { name: 'span wrapping, to frame', median: median(wrapFrames) },
      }),
      row(id, label, 'data in renderer → first frame', frames, {
        baseline: {
          name: perFrames.length
            ? 'Highlight per annotation'
            : 'Highlight per annotation (not run, BENCH_FULL=1)',
          median: perFrames.length ? median(perFrames) : Number.NaN,
        },
      }),
      row(id, label, 'click → first frame, incl. harness IPC (Playwright binding)', totals),
    );
    await backToLibrary(page);
  });
}

test('B3: add one annotation with 10,000 present, to next frame', async () => {
  test.setTimeout(600_000);
  const { page } = app;
  await openTimed(page, articles.large.meta.title, 10_000);
  const total: number[] = [];
  const scripts: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = await page.evaluate(async (r) => {
      const blocks = document.querySelectorAll('[data-testid="article-text"] [data-block]');
      const node = blocks[(r * 7) % blocks.length]?.firstChild;
      if (!node) throw new Error('no block');
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, Math.min(12, node.textContent?.length ?? 0));
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      await new Promise((res) => setTimeout(res, 50)); // the tag menu opens
      const before = CSS.highlights.get('hamish-actor')?.size ?? 0;
      performance.clearMeasures('hamish:paint');
      const t0 = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '1' }));
      while ((CSS.highlights.get('hamish-actor')?.size ?? 0) <= before)
        await new Promise((res) => setTimeout(res, 0));
      await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
      return {
        total: performance.now() - t0,
        script: performance.getEntriesByName('hamish:paint').at(-1)?.duration ?? NaN,
      };
    }, r);
    total.push(t.total);
    scripts.push(t.script);
  }
  rows.push(
    row('B3', 'add 1 with 10k present', 'repaint script', scripts, { target: '≤ 25 ms' }),
    row('B3', 'add 1 with 10k present', 'to frame incl. fsync of the edit', total),
  );
  await backToLibrary(page);
});

test('B4: scroll through the 10,000-annotation article, frame times', async () => {
  test.setTimeout(600_000);
  const { page } = app;
  await openTimed(page, articles.large.meta.title, 10_000);
  const frames = await page.evaluate(async () => {
    const scroller = document.querySelector('.reader-scroll');
    if (!scroller) throw new Error('no scroller');
    const deltas: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 240 && scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight; i++) {
      scroller.scrollTop += 180;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      deltas.push(now - last);
      last = now;
    }
    return deltas;
  });
  rows.push(row('B4', 'scroll, 10k annotations', 'frame time', frames, { target: 'p95 ≤ 16.7 ms' }));
  await backToLibrary(page);
});

test('B10: renderer heap with the 10,000-annotation article open, and after 100 open/close cycles', async () => {
  test.setTimeout(900_000);
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  const heapMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  };
  await openTimed(page, articles.large.meta.title, 10_000);
  const open = await heapMB();
  await backToLibrary(page);
  const first = await heapMB();
  const cycles = Number(process.env['BENCH_CYCLES'] ?? 100);
  for (let i = 0; i < cycles; i++) {
    await openTimed(page, articles.small.meta.title, 1000);
    await backToLibrary(page);
  }
  const after = await heapMB();
  rows.push(
    row('B10', 'renderer heap, 10k article open', 'JS heap', [open], { unit: 'MB', target: 'report' }),
    row('B10', `library view before / after ${cycles} open-close cycles`, 'JS heap growth', [after - first], {
      unit: 'MB',
      target: 'no growth',
      baseline: { name: 'before cycles (absolute)', median: first },
    }),
  );
});
