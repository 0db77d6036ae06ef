/**
 * Runs before `npm start` and `npm run dev`: when the Electron binary is
 * missing, prints one line saying why and what to run, and exits 1 (instead
 * of electron-vite's "Electron uninstall" stack trace). Silent when present.
 */

import { findElectronBinary, lastInstallReason } from './electron-binary.js';

const found = findElectronBinary();
if ('missing' in found) {
  const reason = lastInstallReason();
  const because = reason ?? found.missing;
  console.error(
    `Hamish cannot start: the Electron binary is not installed, because ${because}. Run "npm run install-electron" (it needs the internet or ELECTRON_MIRROR), then try again.`,
  );
  process.exit(1);
}
