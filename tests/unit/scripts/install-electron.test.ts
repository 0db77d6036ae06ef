/**
 * scripts/install-electron.js (postinstall) and scripts/require-electron.js
 * (before start and dev), run as npm runs them, in a temp project whose
 * node_modules/electron is a copy of the real package (its own install.js and
 * @electron/get): skipped on purpose, offline, and fetched from a local mirror.
 */

import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startMirror } from '../../electron/mirror/stand-in-mirror';
import { useTempDirs } from '../helpers';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const tempDir = useTempDirs();

/** A project folder with the two scripts and a fresh (binary-less) electron package. */
async function project(): Promise<string> {
  const dir = await tempDir();
  await cp(join(root, 'scripts'), join(dir, 'scripts'), { recursive: true });
  await cp(join(root, 'package.json'), join(dir, 'package.json'));
  const electron = join(dir, 'node_modules', 'electron');
  await mkdir(electron, { recursive: true });
  for (const file of ['package.json', 'install.js', 'checksums.json', 'index.js']) {
    await cp(join(root, 'node_modules', 'electron', file), join(electron, file));
  }
  await mkdir(join(dir, 'node_modules', '@electron'));
  await symlink(
    join(root, 'node_modules', '@electron', 'get'),
    join(dir, 'node_modules', '@electron', 'get'),
  );
  await symlink(
    join(root, 'node_modules', '@electron-internal'),
    join(dir, 'node_modules', '@electron-internal'),
  );
  return dir;
}

function node(
  dir: string,
  script: string,
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(ELECTRON_|electron_)/u.test(k)),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(dir, 'scripts', script), ...args],
      { cwd: dir, env: { ...base, electron_config_cache: join(dir, 'cache'), ...env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The stand-in mirror serves a Linux layout (dist/electron, a shell script). */
const notLinux =
  process.platform === 'linux' ? '' : 'mirror download test skipped: the stand-in binary is Linux-only';
if (notLinux) console.log(notLinux);

describe('postinstall and the start check', () => {
  it('are wired into package.json: install runs the download, start and dev check first', async () => {
    const { scripts } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts['postinstall']).toBe('node scripts/install-electron.js');
    expect(scripts['install-electron']).toBe('node scripts/install-electron.js --force');
    // The binary check first, then the search index's native module built for Electron (native-runtime.js).
    const electronFirst = 'node scripts/require-electron.js && node scripts/native-runtime.js electron && ';
    expect(scripts['start']).toBe(`${electronFirst}electron-vite preview`);
    expect(scripts['dev']).toBe(`${electronFirst}electron-vite dev`);
    for (const name of ['test:unit', 'test:e2e', 'hamish', 'bench:smoke'])
      expect(scripts[name]).toMatch(/^node scripts\/native-runtime\.js node && /u);
  });

  it('skips on purpose with ELECTRON_SKIP_BINARY_DOWNLOAD=1, and start says so in one line', async () => {
    const dir = await project();
    const install = await node(dir, 'install-electron.js', { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(install).toEqual({
      code: 0,
      stdout:
        'Electron binary not downloaded: ELECTRON_SKIP_BINARY_DOWNLOAD is set; run "npm run install-electron" to fetch it.\n',
      stderr: '',
    });
    const start = await node(dir, 'require-electron.js', {});
    expect(start.code).toBe(1);
    expect(start.stdout).toBe('');
    expect(start.stderr).toBe(
      'Hamish cannot start: the Electron binary is not installed, because ELECTRON_SKIP_BINARY_DOWNLOAD was set during npm install. Run "npm run install-electron" (it needs the internet or ELECTRON_MIRROR), then try again.\n',
    );
  });

  it('offline: npm install does not fail, one line says why and what to run; --force fails', async () => {
    const dir = await project();
    const mirror = `http://127.0.0.1:${await closedPort()}/`;
    const install = await node(dir, 'install-electron.js', { ELECTRON_MIRROR: mirror });
    expect(install.code).toBe(0);
    expect(install.stderr).toBe('');
    expect(install.stdout.split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Electron binary not downloaded: could not fetch it from ${mirror} \\(.+\\); npm start needs it: run "npm run install-electron" when you are online\\.$`,
          'u',
        ),
      ),
      '',
    ]);
    expect(install.stdout).not.toMatch(/\n\s+at /u);
    const start = await node(dir, 'require-electron.js', {});
    expect(start.code).toBe(1);
    expect(start.stderr).toContain(`because the install could not fetch it from ${mirror}`);
    const forced = await node(dir, 'install-electron.js', { ELECTRON_MIRROR: mirror }, '--force');
    expect(forced.code).toBe(1);
  });

  it.skipIf(Boolean(notLinux))(
    'fetches the binary from ELECTRON_MIRROR, checked against its SHASUMS256.txt; start then passes',
    async () => {
      const dir = await project();
      const { version } = JSON.parse(
        await readFile(join(root, 'node_modules/electron/package.json'), 'utf8'),
      ) as {
        version: string;
      };
      const mirror = await startMirror(version, process.platform, process.arch);
      try {
        const install = await node(dir, 'install-electron.js', {
          ELECTRON_MIRROR: mirror.url,
          electron_use_remote_checksums: '1',
        });
        const binary = join(dir, 'node_modules', 'electron', 'dist', 'electron');
        expect(install).toEqual({
          code: 0,
          stdout: `Electron binary installed from ${mirror.url}: ${binary}\n`,
          stderr: '',
        });
        expect(mirror.requests).toContain(`/v${version}/SHASUMS256.txt`);
        expect(await readFile(join(dir, 'node_modules', 'electron', 'path.txt'), 'utf8')).toBe('electron');
        expect(await node(dir, 'require-electron.js', {})).toEqual({ code: 0, stdout: '', stderr: '' });
      } finally {
        await mirror.close();
      }
    },
  );
});
