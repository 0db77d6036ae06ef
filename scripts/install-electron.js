/**
 * `postinstall` (and `npm run install-electron`): fetches the Electron binary
 * with Electron's own installer (node_modules/electron/install.js, which uses
 * @electron/get and so honours ELECTRON_MIRROR, electron_config_cache and
 * electron_use_remote_checksums), then prints one line saying what happened.
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips it (except with --force). A failed
 * download (offline) never fails `npm install`: the line says why and what to
 * run later. Exit code 0 always, except 1 for --force when the download fails.
 */

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { electronPackageDir, findElectronBinary, recordInstallOutcome } from './electron-binary.js';

/** A download that takes longer than this is given up (a network that drops packets). */
const TIMEOUT_MS = 10 * 60 * 1000;
const LATER = 'run "npm run install-electron" when you are online';

const force = process.argv.includes('--force');
const skip = !force && ['1', 'true'].includes(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '');

function finish(line, reason) {
  recordInstallOutcome(reason);
  console.log(line);
  process.exitCode = reason && force ? 1 : 0;
}

/** The first line of the installer's error output, the error's message (no stack trace). */
function why(stderr) {
  const lines = stderr.split('\n').map((l) => l.trim());
  return lines.find((l) => l !== '' && !l.startsWith('at ')) ?? '';
}

if (skip) {
  finish(
    `Electron binary not downloaded: ELECTRON_SKIP_BINARY_DOWNLOAD is set; ${LATER.replace('when you are online', 'to fetch it')}.`,
    'ELECTRON_SKIP_BINARY_DOWNLOAD was set during npm install',
  );
} else {
  const dir = electronPackageDir();
  const child = spawn(process.execPath, [join(dir, 'install.js')], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const timer = setTimeout(() => {
    stderr = `Error: no answer after ${TIMEOUT_MS / 60000} minutes`;
    child.kill();
  }, TIMEOUT_MS);
  child.on('close', (code) => {
    clearTimeout(timer);
    const found = findElectronBinary();
    if (code === 0 && 'path' in found) {
      const from = process.env.ELECTRON_MIRROR ? ` from ${process.env.ELECTRON_MIRROR}` : '';
      finish(`Electron binary installed${from}: ${found.path}`, null);
    } else {
      const source = process.env.ELECTRON_MIRROR || 'github.com/electron/electron/releases';
      const error = why(stderr) || `the installer exited with code ${code}`;
      finish(
        `Electron binary not downloaded: could not fetch it from ${source} (${error}); npm start needs it: ${LATER}.`,
        `the install could not fetch it from ${source} (${error})`,
      );
    }
  });
}
