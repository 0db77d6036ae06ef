/**
 * Where the Electron binary is and, when it is missing, why: shared by the
 * postinstall step (install-electron.js) and the check before `npm start` /
 * `npm run dev` (require-electron.js). Reads electron's path.txt directly, as
 * electron-vite does; never requires 'electron' (that would start a download).
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The installed electron package's folder (node_modules/electron). */
export function electronPackageDir() {
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

/** The file where install-electron.js records why it did not download (JSON { reason }). */
export function statusFile() {
  return join(electronPackageDir(), '..', '.hamish-electron-install.json');
}

/**
 * The binary electron-vite will launch: `{ path }` when path.txt and the file it names
 * exist (or ELECTRON_EXEC_PATH is set), else `{ missing }`, a sentence saying what is absent.
 */
export function findElectronBinary(env = process.env) {
  const override = env.ELECTRON_EXEC_PATH;
  if (override) {
    return existsSync(override)
      ? { path: override }
      : { missing: `ELECTRON_EXEC_PATH names ${override}, which does not exist` };
  }
  const dir = electronPackageDir();
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: `${pathFile} does not exist` };
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}

/** Records why the last install did not download the binary (null: it did). */
export function recordInstallOutcome(reason) {
  try {
    writeFileSync(statusFile(), JSON.stringify({ reason }));
  } catch {
    // node_modules not writable: the start check then just cannot say why.
  }
}

/** Why the last install left the binary out, or null when it is not known. */
export function lastInstallReason() {
  try {
    return JSON.parse(readFileSync(statusFile(), 'utf8')).reason ?? null;
  } catch {
    return null;
  }
}
