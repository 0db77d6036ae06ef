/**
 * scripts/native-runtime.js when the rebuild itself fails or the module is
 * gone, run as npm runs it in a temp project (its own node_modules with a
 * better-sqlite3 and an electron package.json, never the shared ones). The
 * rebuild tools are stand-ins on PATH (`npx`, `npm`) that replay what the real
 * `electron-builder install-app-deps` printed offline (the fixture, captured
 * on this machine with no cached headers): the user must see one line naming
 * the reason and the log file, not node-gyp's stack traces.
 */

import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const OFFLINE_OUTPUT = join(root, 'tests/fixtures/native-rebuild/install-app-deps-offline.txt');
const tempDir = useTempDirs();
const NODE_KEY = `node-${process.versions.modules}`;
const ELECTRON_KEY = 'electron-45.3.4';

/** A project with the script, a built better-sqlite3 (marker `builtFor`) and electron 45.3.4. */
async function project(builtFor: string | null, moduleBuilt = true) {
  const dir = await tempDir();
  await cp(join(root, 'scripts'), join(dir, 'scripts'), { recursive: true });
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }');
  const release = join(dir, 'node_modules/better-sqlite3/build/Release');
  await mkdir(release, { recursive: true });
  await writeFile(join(dir, 'node_modules/better-sqlite3/package.json'), '{ "name": "better-sqlite3" }');
  if (moduleBuilt) await writeFile(join(release, 'better_sqlite3.node'), 'stand-in');
  if (builtFor) await writeFile(join(release, 'hamish-runtime.txt'), `${builtFor}\n`);
  await mkdir(join(dir, 'node_modules/electron'), { recursive: true });
  await writeFile(
    join(dir, 'node_modules/electron/package.json'),
    JSON.stringify({ name: 'electron', version: '45.3.4' }),
  );
  const bin = join(dir, 'bin');
  await mkdir(bin);
  return { dir, bin, marker: join(release, 'hamish-runtime.txt') };
}

/** Puts a stand-in `name` on `bin` that records its arguments, prints `output` to stderr and exits `code`. */
async function tool(bin: string, name: string, code: number, output = '') {
  const script = join(bin, name);
  await writeFile(join(bin, `${name}.out`), output);
  await writeFile(script, `#!/bin/sh\necho "$@" > "${script}.args"\ncat "${script}.out" >&2\nexit ${code}\n`);
  await chmod(script, 0o755);
}

function run(dir: string, bin: string, runtime: string) {
  const out = spawnSync(process.execPath, ['scripts/native-runtime.js', runtime], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
  return { code: out.status, stdout: out.stdout, lines: out.stderr.trim().split('\n') };
}

describe('native-runtime when the rebuild fails', () => {
  it('offline, the Electron rebuild says why in one line and where the log is, without stack traces (exit 1)', async () => {
    const { dir, bin, marker } = await project(NODE_KEY);
    await tool(bin, 'npx', 1, await readFile(OFFLINE_OUTPUT, 'utf8'));
    const result = run(dir, bin, 'electron');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.lines).toHaveLength(2);
    expect(result.lines[0]).toBe(
      `Hamish: rebuilding the search index's native module for ${ELECTRON_KEY} (it was built for ${NODE_KEY}).`,
    );
    const failure = result.lines[1] ?? '';
    expect(failure).toMatch(
      new RegExp(
        `^Hamish: rebuilding the search index's native module for ${ELECTRON_KEY} failed: it could not download a prebuilt binary or Electron's headers \\(no internet connection\\)\\. It needs the internet once .*; the tools' output is in (/\\S+rebuild\\.log)\\.$`,
        'u',
      ),
    );
    const log = /output is in (\S+)\.$/u.exec(failure)?.[1] ?? '';
    expect(await readFile(log, 'utf8')).toContain('node-gyp failed to rebuild');
    await rm(dirname(log), { recursive: true });
    expect(await readFile(join(bin, 'npx.args'), 'utf8')).toBe(
      '--no-install electron-builder install-app-deps\n',
    );
    // Nothing was rebuilt, so the marker still says Node.js: the next start tries again.
    expect(await readFile(marker, 'utf8')).toBe(`${NODE_KEY}\n`);
  });

  it('names the first error of another failure (a compiler error), still in one line', async () => {
    const { dir, bin } = await project(ELECTRON_KEY);
    await tool(
      bin,
      'npm',
      1,
      [
        'gyp info spawn make',
        "../src/better_sqlite3.cpp:1:10: fatal error: 'node.h' file not found",
        'gyp ERR! build error',
        'gyp ERR! stack Error: `make` failed with exit code: 2',
        'gyp ERR! stack     at ChildProcess.<anonymous> (/x/node-gyp/lib/build.js:219:23)',
        '',
      ].join('\n'),
    );
    const result = run(dir, bin, 'node');
    expect(result.code).toBe(1);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]).toMatch(
      new RegExp(
        `^Hamish: rebuilding the search index's native module for ${NODE_KEY} failed: \`make\` failed with exit code: 2\\. `,
        'u',
      ),
    );
    expect(result.lines.join('\n')).not.toContain('    at ');
    await rm(dirname(/output is in (\S+)\.$/u.exec(result.lines[1] ?? '')?.[1] ?? ''), { recursive: true });
  });

  it('rebuilds a module a failed rebuild removed, though the marker says it fits', async () => {
    // node-gyp cleans build/ before it configures: after an offline `npm start` the marker
    // (absent, so "npm install's build for Node.js") no longer matches anything on disk.
    const { dir, bin, marker } = await project(null, false);
    await tool(bin, 'npm', 0);
    const result = run(dir, bin, 'node');
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.lines).toEqual([
      `Hamish: rebuilding the search index's native module for ${NODE_KEY} (it is not built).`,
    ]);
    expect(await readFile(join(bin, 'npm.args'), 'utf8')).toBe('rebuild better-sqlite3\n');
    expect(existsSync(marker) && (await readFile(marker, 'utf8'))).toBe(`${NODE_KEY}\n`);
  });
});
