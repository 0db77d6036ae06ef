/**
 * The front door, proven without the internet: a local Electron mirror on
 * 127.0.0.1 serves a stand-in binary; in a fresh copy of the project the real
 * `npm ci` (ELECTRON_SKIP_BINARY_DOWNLOAD unset, ELECTRON_MIRROR set) must
 * install it through the postinstall step (path.txt written), `npm start` must
 * launch it on the built main entry, `npm start` without it must print one
 * line and exit 1, and `electron-builder --dir` must package the app from the
 * same mirror: app.asar with out/main, out/preload, out/renderer, native
 * modules unpacked, the fuses of electron-builder.yml flipped in the binary.
 */

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAll, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { expect, test } from '@playwright/test';
import { betterSqlitePrebuild } from './mirror/native-prebuild';
import { startMirror, type Mirror } from './mirror/stand-in-mirror';
import { copyProject, run, userEnv } from './mirror/project-copy';

const root = fileURLToPath(new URL('../..', import.meta.url));
const skipReason =
  process.platform === 'linux'
    ? ''
    : 'install mirror test skipped: its stand-in binary is a Linux shell script';
if (skipReason) console.log(skipReason);

/** Most time one command of the test (npm ci, npm start, electron-builder) may take. */
const STEP_LIMIT_MS = 420_000;

const ON = 49; // FuseState.ENABLE ('1')
const OFF = 48; // FuseState.DISABLE ('0')

test.describe('install from a local Electron mirror', () => {
  test.skip(Boolean(skipReason), skipReason);
  // Each command gets a generous bound (STEP_LIMIT_MS): they only guard against a hang, and
  // on 2 cores shared with other work a vite build alone took over 2 minutes. Speed is not
  // what this test checks.
  test.setTimeout(4 * STEP_LIMIT_MS);

  let mirror: Mirror | undefined;
  let dir = '';
  test.afterAll(async () => {
    await mirror?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('npm ci installs the stand-in, npm start launches it, electron-builder packages the app', async () => {
    const { version } = JSON.parse(
      await readFile(join(root, 'node_modules/electron/package.json'), 'utf8'),
    ) as {
      version: string;
    };
    const prebuild = betterSqlitePrebuild(root);
    mirror = await startMirror(version, 'linux', process.arch, [prebuild]);
    dir = await mkdtemp(join(tmpdir(), 'hamish-install-'));
    const project = join(dir, 'hamish');
    const log = join(dir, 'stand-in.log');
    const env = userEnv(process.env, ['ELECTRON_SKIP_BINARY_DOWNLOAD', 'ELECTRON_EXEC_PATH', 'CI'], {
      ELECTRON_MIRROR: mirror.url,
      electron_use_remote_checksums: '1',
      electron_config_cache: join(dir, 'electron-cache'),
      ELECTRON_BUILDER_CACHE: join(dir, 'builder-cache'),
      // electron-builder fetches the zip through @electron/get's default cache, which is
      // $XDG_CACHE_HOME/electron: without this the stand-in landed in the user's ~/.cache.
      XDG_CACHE_HOME: join(dir, 'xdg-cache'),
      HAMISH_STAND_IN_LOG: log,
      // A user's npm ci downloads better-sqlite3's prebuilt binary; here the mirror serves it.
      npm_config_better_sqlite3_binary_host: `${mirror.url.replace(/\/$/u, '')}${prebuild.hostPath}`,
    });

    await test.step('npm ci in a fresh copy fetches the binary from the mirror', async () => {
      expect(await copyProject(root, project)).toBeGreaterThan(50);
      expect(existsSync(join(project, 'node_modules'))).toBe(false);
      const ci = await run(
        'npm',
        ['ci', '--prefer-offline', '--no-audit', '--no-fund'],
        project,
        env,
        STEP_LIMIT_MS,
      );
      expect(ci.timedOut, ci.output).toBe(false);
      expect(ci.code, ci.output).toBe(0);
      expect(ci.output).toContain(`Electron binary installed from ${mirror?.url ?? ''}`);
      expect(mirror?.requests).toContain(`/v${version}/electron-v${version}-linux-${process.arch}.zip`);
      expect(mirror?.requests).toContain(prebuild.path);
      const electronDir = join(project, 'node_modules', 'electron');
      expect(await readFile(join(electronDir, 'path.txt'), 'utf8')).toBe('electron');
      expect(existsSync(join(electronDir, 'dist', 'electron'))).toBe(true);
    });

    await test.step('npm start builds the app and launches the binary on its main entry', async () => {
      const start = await run('npm', ['start'], project, env, STEP_LIMIT_MS);
      expect(start.timedOut, start.output).toBe(false);
      expect(start.code, start.output).toBe(0);
      const lines = (await readFile(log, 'utf8')).trim().split('\n');
      expect(lines).toContain(`cwd\t${project}`);
      expect(lines.filter((l) => l.startsWith('arg\t'))).toEqual(['arg\t.']);
      expect(lines).toContain('main\tout/main/main.js');
      expect(lines).toContain('main-built\tyes');
      expect(lines).toContain(
        `env\tELECTRON_EXEC_PATH\t${join(project, 'node_modules/electron/dist/electron')}`,
      );
    });

    await test.step('electron-builder --dir packages the app with the same mirror', async () => {
      const builder = join(project, 'node_modules', '.bin', 'electron-builder');
      const zip = `/v${version}/electron-v${version}-linux-${process.arch}.zip`;
      const fetchedBefore = mirror?.requests.filter((r) => r === zip).length ?? 0;
      const pack = await run(builder, ['--dir', '--linux', `--${process.arch}`], project, env, STEP_LIMIT_MS);
      expect(pack.timedOut, pack.output).toBe(false);
      expect(pack.code, pack.output).toBe(0);
      expect(mirror?.requests.filter((r) => r === zip).length).toBeGreaterThan(fetchedBefore);
      const cached = await readdir(join(dir, 'xdg-cache', 'electron'), { recursive: true });
      expect(cached.some((f) => f.endsWith(zip.split('/').pop() ?? '-'))).toBe(true);
      const unpacked = join(
        project,
        'dist',
        `linux${process.arch === 'x64' ? '' : `-${process.arch}`}-unpacked`,
      );
      const asar = join(unpacked, 'resources', 'app.asar');
      const entries = listPackage(asar, { isPack: false }).map((e) => e.replace(/\\/gu, '/'));
      expect(entries).toContain('/out/main/main.js');
      expect(entries.some((e) => e.startsWith('/out/preload/'))).toBe(true);
      expect(entries).toContain('/out/renderer/index.html');
      expect(entries).toContain('/package.json');
      // Production dependencies are packaged; the project itself is not (no self-dependency).
      expect(entries).toContain('/node_modules/lowdb/package.json');
      expect(entries.filter((e) => e.startsWith('/node_modules/hamish'))).toEqual([]);
      expect(entries.filter((e) => e.startsWith('/node_modules/electron/'))).toEqual([]);
      // Native modules (*.node) must live unpacked beside the archive, never inside it.
      const natives = entries.filter((e) => e.endsWith('.node'));
      expect(natives).toContain('/node_modules/better-sqlite3/build/Release/better_sqlite3.node');
      const unpackedNative = join(
        `${asar}.unpacked`,
        'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      );
      expect(existsSync(unpackedNative)).toBe(true);
      for (const native of natives) {
        expect(statFile(asar, native.slice(1), false), native).toMatchObject({ unpacked: true });
      }
      // The binary is the stand-in, renamed; its fuses are flipped as electron-builder.yml says.
      const binaries = (await readdir(unpacked)).filter((f) => f.toLowerCase() === 'hamish');
      expect(binaries).toHaveLength(1);
      const wire = await getCurrentFuseWire(join(unpacked, binaries[0] ?? ''));
      expect(wire).toMatchObject({
        [FuseV1Options.RunAsNode]: OFF,
        [FuseV1Options.EnableCookieEncryption]: ON,
        [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: OFF,
        [FuseV1Options.EnableNodeCliInspectArguments]: OFF,
        [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ON,
        [FuseV1Options.OnlyLoadAppFromAsar]: ON,
        [FuseV1Options.GrantFileProtocolExtraPrivileges]: OFF,
      });
      const extracted = join(dir, 'asar');
      extractAll(asar, extracted);
      expect(await readFile(join(extracted, 'out/main/main.js'), 'utf8')).toBe(
        await readFile(join(project, 'out/main/main.js'), 'utf8'),
      );
    });

    await test.step('without the binary, npm start says why in one line and exits 1', async () => {
      await unlink(join(project, 'node_modules', 'electron', 'path.txt'));
      const start = await run('npm', ['start', '--silent'], project, env, STEP_LIMIT_MS);
      expect(start.code).toBe(1);
      const lines = start.output.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^Hamish cannot start: the Electron binary is not installed, because .*path\.txt does not exist\. Run "npm run install-electron"/u,
      );
    });
  });
});
