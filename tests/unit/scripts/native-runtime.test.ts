/**
 * scripts/native-runtime.js, run as npm runs it (a real process, --dry-run so
 * nothing is rebuilt): it leaves a module built for the runtime it is asked
 * for alone, and names the rebuild when the module was built for the other
 * one (after `npm start` built it for Electron, the tests want Node.js).
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const marker = join(
  dirname(require.resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'hamish-runtime.txt',
);
const saved = existsSync(marker) ? readFileSync(marker, 'utf8') : null;
const electron = `electron-${(require('electron/package.json') as { version: string }).version}`;
const node = `node-${process.versions.modules}`;

/** Runs the script with --dry-run: exit code, stdout, stderr. */
function run(runtime: string) {
  const out = spawnSync(process.execPath, ['scripts/native-runtime.js', runtime, '--dry-run'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

afterEach(() => {
  if (saved === null) rmSync(marker, { force: true });
  else writeFileSync(marker, saved);
});

describe('native-runtime', () => {
  it('does nothing when the module is built for the runtime asked for', () => {
    rmSync(marker, { force: true }); // npm install's own build: for this Node.js
    expect(run('node')).toEqual({ code: 0, stdout: '', stderr: '' });
    writeFileSync(marker, `${electron}\n`);
    expect(run('electron')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('rebuilds for Node.js after a build for Electron, and for Electron after npm install, saying so on stderr', () => {
    writeFileSync(marker, `${electron}\n`);
    const toNode = run('node');
    expect(toNode.stdout).toBe(''); // stdout stays the command's own (npm run hamish -- list --json)
    expect(toNode.stderr).toContain(`for ${node} (it was built for ${electron})`);
    expect(toNode.stderr).toContain('would run: npm rebuild better-sqlite3');
    rmSync(marker, { force: true });
    const toElectron = run('electron');
    expect(toElectron.stderr).toContain(`for ${electron} (it was built for ${node})`);
    expect(toElectron.stderr).toContain('would run: npx --no-install electron-builder install-app-deps');
  });

  it('refuses an unknown runtime with its usage line (exit 2)', () => {
    expect(run('deno')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('electron|node') as string,
    });
  });
});
