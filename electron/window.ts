/** Creates the single, locked-down application window and remembers its bounds (reopened on a visible display). */

import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { Settings } from './settings';
import { fitToDisplays, MIN_WINDOW } from './window-bounds';

/**
 * Opens the main window (hidden until ready) at the saved bounds fitted to
 * the connected displays; `preloadDir` holds preload.cjs. Bounds are saved on close.
 */
export function createMainWindow(settings: Settings, preloadDir: string): BrowserWindow {
  const saved = fitToDisplays(
    settings.store.get('window'),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = new BrowserWindow({
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    width: saved.width,
    height: saved.height,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'Hamish — هامش',
    backgroundColor: '#faf8f4',
    webPreferences: {
      preload: join(preloadDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click (auxclick) cannot open links in new windows (Electron security checklist).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const remember = () => {
    if (win.isDestroyed()) return;
    const { x, y, width, height } = win.getNormalBounds();
    settings.store.set('window', { x, y, width, height, maximized: win.isMaximized() });
  };
  win.on('close', remember);
  return win;
}
