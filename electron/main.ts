/**
 * Main process entry: opens preferences and the library, composes the
 * services (createServices), installs the security policy, wires the typed
 * IPC API and pushes, the menu and the window.
 */

import { join } from 'node:path';
import { app, BrowserWindow, Menu, type WebContents } from 'electron';
import type { MenuCommand } from '../shared/ipc-contract';
import type { UiLanguage } from '../shared/preferences';
import { createAppApi } from './services/app-api';
import { Library } from './services/library/library';
import { createServices } from './services/services';
import { createDialogs } from './dialogs';
import { push, registerApi } from './ipc-main';
import { buildMenu } from './menu';
import { installSecurityPolicy } from './security';
import { openSettings, readLanguage } from './settings';
import { createMainWindow } from './window';

const isDev = !app.isPackaged && Boolean(process.env['ELECTRON_RENDERER_URL']);
const isMac = process.platform === 'darwin';
let mainWindow: BrowserWindow | null = null;

function samplePath(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'sample-article.ar.txt')
    : join(app.getAppPath(), 'resources', 'sample-article.ar.txt');
}

/** Only the app's own window, showing the app's own page, may call the API. */
function isTrustedSender(sender: WebContents): boolean {
  if (!mainWindow || sender !== mainWindow.webContents) return false;
  const url = sender.getURL();
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  return isDev && devUrl ? url.startsWith(devUrl) : url.startsWith('file://');
}

function sendCommand(command: MenuCommand): void {
  push(mainWindow?.webContents, 'menu-command', command);
}

async function start(): Promise<void> {
  installSecurityPolicy(isDev);
  const settings = openSettings(app.getPath('userData'));
  const library = await Library.open(
    process.env['HAMISH_LIBRARY_DIR'] ?? join(app.getPath('userData'), 'library'),
    // The app is the library's one writer while it runs (library-lock.ts); a CLI import waits or is refused.
    { samplePath: samplePath(), access: { command: 'app' } },
  );
  const setMenu = (language: UiLanguage) => Menu.setApplicationMenu(buildMenu(language, sendCommand, isMac));
  const getLanguage = () => readLanguage(settings);

  const services = createServices(library, { generator: `Hamish ${app.getVersion()}` });
  services.imports.onProgress((progress) => push(mainWindow?.webContents, 'import-progress', progress));
  const api = createAppApi({
    services,
    dialogs: createDialogs(() => mainWindow, getLanguage),
    preferences: {
      get: () => ({ language: getLanguage() }),
      setLanguage: (language) => {
        settings.store.set('language', language);
        setMenu(language);
        return { language };
      },
    },
    preferencesSetAside: settings.setAside,
  });
  registerApi(api, isTrustedSender);
  setMenu(getLanguage());

  mainWindow = createMainWindow(settings, join(import.meta.dirname, '../preload'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (isDev && devUrl) await mainWindow.loadURL(devUrl);
  else await mainWindow.loadFile(join(import.meta.dirname, '../renderer/index.html'));

  // Daily backups are made at start; an app left open past midnight makes the next one within the hour.
  setInterval(() => void library.backupIfDue().catch(() => undefined), 60 * 60 * 1000).unref();

  // Pending index writes are finished before the process exits.
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    void library.flush().finally(() => {
      flushed = true;
      app.quit();
    });
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => {
    console.error('Hamish failed to start', error);
    app.exit(1);
  });
}
