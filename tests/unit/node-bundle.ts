/**
 * Real separate processes for tests: bundles a TypeScript entry (the CLI, or
 * a test's stand-in writer or app) with Vite into one plain-Node ES module
 * with every dependency inside, in a temp folder of the test file's, and
 * runs such a module to its end.
 */

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForPlainNode } from '../../bench/node-probe';
import { afterAll, beforeAll } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const IMPORT_WORKER = 'electron/services/transfer/import-worker.ts';
const SEARCH_WORKER = 'electron/services/search/search-worker.ts';

/**
 * Bundles `entry` (a path from the repository root, e.g. "electron/cli/hamish.ts")
 * into `<dir>/bin/<name>.mjs`, `<name>` being the entry's file name without its
 * extension, with the import and search workers beside it (`import-worker.mjs`,
 * `search-worker.mjs`: a CLI import checks duplicates in the search workers), and returns that path. Takes seconds: call it in `beforeAll` with a
 * long timeout. Rejects when Vite cannot build the entry.
 */
export async function bundleForNode(entry: string, dir: string): Promise<string> {
  const name = basename(entry, extname(entry));
  const outDir = join(dir, 'bin');
  // The Hamish JSON import's worker beside the entry, as the real builds have it (import-in-worker.ts).
  const workers = { 'import-worker': join(ROOT, IMPORT_WORKER), 'search-worker': join(ROOT, SEARCH_WORKER) };
  await bundleForPlainNode({ [name]: join(ROOT, entry), ...workers }, outDir);
  return join(outDir, `${name}.mjs`);
}

/** A test file's temp folder and the modules bundled into it, by the names the file gave them. */
export interface Bundles<K extends string> {
  work: string;
  bin: Record<K, string>;
}

/**
 * For a test file: before its tests, makes a temp folder named `prefix…` and
 * bundles each of `entries` (name → entry, as `bundleForNode` takes it) into
 * it, within `timeoutMs`; after them, removes the folder. The returned
 * object is filled in once the bundles are built (read it inside tests).
 */
export function useBundles<K extends string>(
  prefix: string,
  entries: Record<K, string>,
  timeoutMs = 120_000,
): Bundles<K> {
  const bundles = { work: '', bin: {} } as Bundles<K>;
  beforeAll(async () => {
    bundles.work = await mkdtemp(join(tmpdir(), prefix));
    for (const name of Object.keys(entries) as K[])
      bundles.bin[name] = await bundleForNode(entries[name], bundles.work);
  }, timeoutMs);
  afterAll(async () => {
    if (bundles.work) await rm(bundles.work, { recursive: true, force: true });
  });
  return bundles;
}

/** How a process ended: its exit code and everything it wrote. */
export interface NodeRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a bundled module (from `bundleForNode`) with this Node until it exits,
 * with HAMISH_LIBRARY_DIR empty so no library folder comes from the
 * environment, and as `asUser` (through runuser) when given. Resolves with
 * the exit code (1 when a signal ended it or it could not start) and the
 * output; never rejects.
 */
export function runBundle(bin: string, args: readonly string[], asUser?: string): Promise<NodeRun> {
  const [file, argv] = asUser
    ? ['runuser', ['-u', asUser, '--', process.execPath, bin, ...args]]
    : [process.execPath, [bin, ...args]];
  return new Promise((done) => {
    const child = spawn(file, argv, { env: { ...process.env, HAMISH_LIBRARY_DIR: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (error) => done({ code: 1, stdout, stderr: stderr + error.message }));
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}
