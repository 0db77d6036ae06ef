/**
 * Runs a benchmark entry (e.g. open-probe.ts) in a fresh plain-Node process:
 * bundled once with Vite into one ES module (every dependency inside), then
 * spawned with --expose-gc; its last stdout line is parsed as JSON.
 */

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';

const ROOT = join(import.meta.dirname, '..');
const run = promisify(execFile);
/** better-sqlite3 loads its native module from its own folder: the bundles import it from node_modules by path. */
const SQLITE = join(ROOT, 'node_modules/better-sqlite3/lib/index.js');

/**
 * Bundles `inputs` (output name → absolute entry path) for plain Node into
 * `outDir` as ES modules `<name>.mjs`, every dependency inside but
 * better-sqlite3 (imported from node_modules by absolute path); shared with
 * the tests' bundler (tests/unit/node-bundle.ts). Rejects when Vite cannot build.
 */
export async function bundleForPlainNode(inputs: Record<string, string>, outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      ssr: true,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: {
        input: inputs,
        external: ['better-sqlite3'],
        output: {
          format: 'es',
          entryFileNames: '[name].mjs',
          chunkFileNames: '[name]-[hash].mjs',
          paths: { 'better-sqlite3': SQLITE },
        },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  });
}

/** Bundles `entry` (a path from the repository root) into `outDir`; resolves to the module's path. */
export async function bundleProbe(entry: string, outDir: string): Promise<string> {
  await bundleForPlainNode({ probe: join(ROOT, entry) }, outDir);
  return join(outDir, 'probe.mjs');
}

/** Runs the bundled probe `path` with `args`; resolves to its last stdout line, parsed. Rejects on a non-zero exit. */
export async function runProbe<T>(path: string, args: readonly string[]): Promise<T> {
  const { stdout } = await run(process.execPath, ['--expose-gc', path, ...args], {
    cwd: ROOT,
    maxBuffer: 16 * 2 ** 20,
  });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as T;
}
