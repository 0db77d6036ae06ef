/**
 * A fresh Node process opening one library, as the app's main process does
 * at start (bundled by node-probe.ts, run with --expose-gc): B6 cold open
 * to the first page in a process whose code has never run, and B12 the
 * process's memory with the library open and idle once the background
 * check is over. Prints one JSON line: times in ms, memory in MB.
 * Usage: node --expose-gc open-probe.mjs <library dir> <idle ms>
 */

import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Library } from '../electron/services/library/library';
import { DEFAULT_QUERY } from '../shared/library-query';
import { withBlocking } from './event-loop';

const [dir, idle = '3000'] = process.argv.slice(2);
if (!dir) throw new Error('usage: open-probe <library dir> <idle ms>');
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

const t0 = performance.now();
const library = await Library.open(dir, { dailyBackup: false });
const page = library.queryArticles({ ...DEFAULT_QUERY, limit: 50 });
const openMs = performance.now() - t0;
const check = await withBlocking(() => library.checkDone);
const report = library.startupReport();
if (!report.complete || report.quarantined.length > 0) throw new Error('the start-up check failed');
await sleep(Number(idle));
globalThis.gc?.();
await sleep(200);
const memory = process.memoryUsage();
console.log(
  JSON.stringify({
    openMs,
    listed: page.items.length,
    total: page.total,
    checkMs: check.ms,
    checkBlockedMs: check.blockedMs,
    articles: library.allMeta().length,
    rssMb: mb(memory.rss),
    heapUsedMb: mb(memory.heapUsed),
    heapTotalMb: mb(memory.heapTotal),
    externalMb: mb(memory.external),
  }),
);
await library.close();
