/**
 * Bench fixtures kept between runs under BENCH_CACHE_DIR (default
 * `<tmp>/hamish-bench-cache`): a folder per key, built once by its maker in a side folder and renamed into
 * place when complete (so an interrupted build is never reused), then reused
 * by later runs. The key names the fixture, its parameters, a hash of the
 * sources that make it and this checkout's folder (opening a library may
 * migrate or add files, so checkouts running other library code never share
 * one). Used by news-library.ts (the news libraries) and storage.bench.ts
 * (B6's 10k library, storage-fixture.ts). `copyFixture` copies a cached
 * folder for a run to change (folder-import.bench.ts).
 */

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The cache's root folder: BENCH_CACHE_DIR, else `<tmp>/hamish-bench-cache`. */
export const benchCacheRoot = (): string =>
  process.env['BENCH_CACHE_DIR'] ?? join(tmpdir(), 'hamish-bench-cache');

/**
 * The cache key of a fixture: `name`, then each parameter's value in the
 * order given, then 12 hex digits of a SHA-256 over this checkout's folder
 * and the files `sources` (paths relative to bench/, read as bytes; a missing
 * one throws ENOENT). A change to any source, or another checkout, gives
 * another key.
 */
export function fixtureKey(
  name: string,
  params: Record<string, number | string>,
  sources: readonly string[],
): string {
  const hash = createHash('sha256').update(join(import.meta.dirname, '..'));
  for (const f of sources) hash.update(readFileSync(join(import.meta.dirname, f)));
  return [name, ...Object.values(params).map(String), hash.digest('hex').slice(0, 12)].join('-');
}

/**
 * The cached folder of `key` under `root`: reused when `complete(folder)`
 * says so (default: it exists; `built` false), else made by `make(dir)` in
 * `<folder>.partial-<pid>` (created empty, with `root`, before `make` runs)
 * and renamed into place, over any incomplete folder, once `make` resolves
 * (`built` true). A `make` that throws leaves no folder under the key (its
 * partial one is removed) and the error is rethrown.
 */
export async function cachedFixture(
  key: string,
  make: (dir: string) => Promise<void>,
  root: string = benchCacheRoot(),
  complete: (dir: string) => boolean = existsSync,
): Promise<{ dir: string; built: boolean }> {
  const dir = join(root, key);
  if (complete(dir)) return { dir, built: false };
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  try {
    await make(partial);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
  await rm(dir, { recursive: true, force: true });
  await rename(partial, dir);
  return { dir, built: true };
}

/**
 * Copies the folder `from` to `to` (which must not exist yet), keeping every
 * file's modification time, so a library's check stamps still vouch for its
 * copied files and its first open checks them as a warm start does. Uses the
 * system's `cp -a` (not on Windows): at 10,000 articles (20,000 small files
 * and a 120 MB index) Node's `fs.cp` took 8–26 s and 7.5–16 s of CPU a copy
 * at load 7–8, `cp -a` 4–9 s and 1.3–4.2 s of CPU.
 */
export async function copyFixture(from: string, to: string): Promise<void> {
  if (existsSync(to)) throw new Error(`copyFixture: ${to} exists already`);
  if (process.platform === 'win32') await cp(from, to, { recursive: true, preserveTimestamps: true });
  else await promisify(execFile)('cp', ['-a', from, to]);
}
