/**
 * The import worker's thread as main keeps it (import-in-worker.ts drives
 * its jobs): where its script is (built, or TypeScript under Node through
 * jiti), started on first use and kept between imports, forgotten when a
 * job ends it; and the file's content turned into transferable UTF-8
 * chunks, a slice per turn of main's event loop.
 */

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { nextTurn } from '../storage/next-turn';

/**
 * The worker's script beside this module: the built one (out/main/*.js,
 * out/cli/*.mjs, one entry of each build), or under Node with TypeScript
 * sources (tests, benches) the .ts file run through jiti's loader.
 */
function workerScript(): { url: URL; execArgv: string[] } {
  const here = import.meta.url;
  if (/\.ts$/u.test(new URL(here).pathname)) {
    // jiti's "./register" export has an import condition only: found beside its package.json.
    const jiti = dirname(createRequire(here).resolve('jiti/package.json'));
    const loader = pathToFileURL(join(jiti, 'lib', 'jiti-register.mjs')).href;
    return { url: new URL('./import-worker.ts', here), execArgv: ['--import', loader] };
  }
  const ext = new URL(here).pathname.endsWith('.mjs') ? '.mjs' : '.js';
  return { url: new URL(`./import-worker${ext}`, here), execArgv: [] };
}

/** UTF-16 code units of content encoded per turn of main's event loop. */
const ENCODE_SLICE = 1 << 20;

/**
 * `raw` as UTF-8 chunks, one slice of ENCODE_SLICE code units per turn of
 * the event loop, never splitting a surrogate pair; their buffers are then
 * transferred to the worker, not copied.
 */
export async function encodeInSlices(raw: string): Promise<Uint8Array[]> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < raw.length;) {
    let end = Math.min(raw.length, at + ENCODE_SLICE);
    const last = raw.charCodeAt(end - 1);
    if (end < raw.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(encoder.encode(raw.slice(at, end)));
    at = end;
    await nextTurn();
  }
  return chunks;
}

/** The kept worker (started on first use, ended on cancel or failure). */
let kept: Worker | null = null;

export function workerNow(): Worker {
  if (kept) return kept;
  const { url, execArgv } = workerScript();
  const worker = new Worker(url, { execArgv });
  worker.on('exit', () => {
    if (kept === worker) kept = null;
  });
  kept = worker;
  return worker;
}

/** Forgets `worker` as the kept one (a job is ending it): the next job starts a new worker. */
export function forgetWorker(worker: Worker): void {
  if (kept === worker) kept = null;
}
