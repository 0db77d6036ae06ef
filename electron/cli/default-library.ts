/**
 * The app's library folder, computed the way Electron computes userData for
 * productName "Hamish" (appData/Hamish/library), so the CLI and the app share
 * it: ~/.config/Hamish/library on Linux ($XDG_CONFIG_HOME when set),
 * ~/Library/Application Support/Hamish/library on macOS,
 * %APPDATA%\Hamish\library on Windows. HAMISH_LIBRARY_DIR overrides, as in the app.
 */

import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultLibraryDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env['HAMISH_LIBRARY_DIR'];
  if (override) return override;
  const appData =
    platform === 'darwin'
      ? join(home, 'Library', 'Application Support')
      : platform === 'win32'
        ? (env['APPDATA'] ?? join(home, 'AppData', 'Roaming'))
        : (env['XDG_CONFIG_HOME'] ?? join(home, '.config'));
  return join(appData, 'Hamish', 'library');
}
