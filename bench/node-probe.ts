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

/**
 * Bundles `inputs` (output name → absolute entry path) for plain Node into
 * `outDir` as ES modules `<name>.mjs`, every dependency inside; shared with
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
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
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
