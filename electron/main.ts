/**
 * Main process entry: opens preferences and the library, composes the
 * services (createServices), installs the security policy, wires the typed
 * IPC API and pushes, the menu and the window.
 */

import { join } from 'node:path';
import { app, BrowserWindow, Menu } from 'electron';
import type { MenuCommand } from '../shared/ipc-contract';
import type { UiLanguage } from '../shared/preferences';
import { createAppApi } from './services/app-api';
import { Library } from './services/library/library';
import { createServices } from './services/services';
import { SearchWorkerClient } from './services/search/search-worker-client';
import { APP_ENTRY_URL, APP_ORIGIN, registerAppScheme, serveAppScheme } from './app-protocol';
import { createDialogs } from './dialogs';
import { push, receiveDroppedPaths, registerApi } from './ipc-main';
import { pushListChanges } from './library-pushes';
import { buildMenu } from './menu';
import { grantingDialogs, guardPathReads, PathGrants } from './path-grants';
import { installSecurityPolicy } from './security';
import { createSenderCheck, originOf } from './sender-check';
import { failStart } from './start-failure';
import { coderSetting, openSettings, readLanguage } from './settings';
import { createMainWindow } from './window';

const devUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const isDev = Boolean(devUrl);
const isMac = process.platform === 'darwin';
let mainWindow: BrowserWindow | null = null;
let openLibrary: Library | null = null;

function samplePath(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'sample-article.ar.txt')
    : join(app.getAppPath(), 'resources', 'sample-article.ar.txt');
}

/** Only the app's own window, showing a page of the app's own origin, may call the API. */
const isTrustedSender = createSenderCheck(() => mainWindow, (devUrl && originOf(devUrl)) || APP_ORIGIN);

function sendCommand(command: MenuCommand): void {
  push(mainWindow?.webContents, 'menu-command', command);
}

/** Starts the app; `searchWorker` is the search index's thread, started before Electron was ready. */
async function start(searchWorker: SearchWorkerClient): Promise<void> {
  installSecurityPolicy(isDev);
  if (!isDev) serveAppScheme(join(import.meta.dirname, '../renderer'));
  const settings = openSettings(app.getPath('userData'));
  const coder = coderSetting(settings);
  const library = (openLibrary = await Library.open(
    process.env['HAMISH_LIBRARY_DIR'] ?? join(app.getPath('userData'), 'library'),
    // The app is the library's one writer while it runs (library-lock.ts); a CLI import waits or is refused.
    { samplePath: samplePath(), access: { command: 'app' }, coder: () => coder.current() },
  ));
  const setMenu = (language: UiLanguage) => Menu.setApplicationMenu(buildMenu(language, sendCommand, isMac));
  const getLanguage = () => readLanguage(settings);
  const grants = new PathGrants();

  const services = createServices(library, {
    generator: `Hamish ${app.getVersion()}`,
    search: { worker: searchWorker },
  });
  services.imports.onProgress((progress) => push(mainWindow?.webContents, 'import-progress', progress));
  services.transfers.onProgress((progress) =>
    push(mainWindow?.webContents, 'annotation-import-progress', progress),
  );
  pushListChanges(library, (change) => push(mainWindow?.webContents, 'library-changed', change));
  const api = createAppApi({
    services,
    dialogs: grantingDialogs(
      createDialogs(() => mainWindow, getLanguage),
      grants,
    ),
    preferences: {
      get: () => ({ language: getLanguage() }),
      setLanguage: (language) => {
        settings.store.set('language', language);
        setMenu(language);
        return { language };
      },
    },
    coder,
    preferencesSetAside: settings.setAside,
  });
  registerApi(guardPathReads(api, grants), isTrustedSender);
  receiveDroppedPaths(isTrustedSender, (path) => grants.grant(path));
  setMenu(getLanguage());

  mainWindow = createMainWindow(settings, join(import.meta.dirname, '../preload'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(devUrl ?? APP_ENTRY_URL);

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

// Before the app is ready: the scheme must be privileged before any page loads.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // The search index's thread starts now, beside Electron's start and the library's open: its start
  // (~20-45 ms, more under load) is then not waited for once the library is listed (issue 17, B8).
  // It touches no file until the index attaches, and keeps the process alive only while asked something.
  const searchWorker = new SearchWorkerClient();
  // Any failure at start is shown to the user, then the app quits with a non-zero code.
  app
    .whenReady()
    .then(() => start(searchWorker))
    .catch((error: unknown) =>
      failStart(error, async () => {
        await openLibrary?.close();
        await searchWorker.close();
      }),
    );
}
