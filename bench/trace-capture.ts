/**
 * Chromium trace capture for benchmarks (BENCH_TRACE=1): starts tracing a
 * page's browser with the categories an analysis needs, and on stop writes
 * `<name>.trace.json` beside the bench results (it opens in DevTools'
 * Performance panel) and returns the parsed events. The analyses are
 * `frame-trace.ts` (phases per frame, B4's scroll) and `trace-profile.ts`
 * (phases and functions per timed window, B3's edits).
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** True when BENCH_TRACE=1 asks for traces. */
export const TRACING = process.env['BENCH_TRACE'] === '1';

/**
 * Starts tracing `page`'s browser with `categories`. The returned function
 * stops, writes `<dir>/<name>.trace.json` and returns the trace's events
 * (as Chromium writes them: times in microseconds; each analysis reads
 * them as its own event shape) and the file's path.
 * Throws when `page` has no launched browser (a persistent context).
 */
export async function captureTrace(
  page: Page,
  categories: readonly string[],
  dir: string,
  name: string,
): Promise<() => Promise<{ events: unknown[]; path: string }>> {
  const browser = page.context().browser();
  if (!browser) throw new Error('tracing needs a launched browser');
  await browser.startTracing(page, { categories: [...categories] });
  return async () => {
    const buffer = await browser.stopTracing();
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${name}.trace.json`);
    await writeFile(path, buffer);
    const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: unknown[] } | unknown[];
    return { events: Array.isArray(trace) ? trace : trace.traceEvents, path };
  };
}
