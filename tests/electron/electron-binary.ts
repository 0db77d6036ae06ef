/**
 * Finds the Electron binary that `npm install` downloads (its postinstall
 * step). On machines installed offline or with ELECTRON_SKIP_BINARY_DOWNLOAD=1
 * there is none, and the launch tests skip with this module's reason. Reads electron's path.txt
 * itself: requiring 'electron' would try to download the binary.
 */

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function electronBinary(): { path: string } | { missing: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      missing: `${pathFile} does not exist: the Electron binary was not downloaded (npm run install-electron fetches it where the internet or an ELECTRON_MIRROR is reachable)`,
    };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `the Electron binary ${binary} is missing` };
}
