/** Creates the single, locked-down application window and remembers its bounds. */

import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { Settings, WindowBounds } from './settings';

/** Keeps saved bounds only if they are still on a connected display. */
function visibleBounds(bounds: WindowBounds): WindowBounds {
  if (bounds.x === undefined || bounds.y === undefined) return bounds;
  const { x, y, width, height } = bounds;
  const onScreen = screen
    .getAllDisplays()
    .some(
      ({ workArea: a }) => x < a.x + a.width && x + width > a.x && y < a.y + a.height && y + height > a.y,
    );
  return onScreen ? bounds : { width, height, maximized: bounds.maximized };
}

export function createMainWindow(settings: Settings, preloadDir: string): BrowserWindow {
  const saved = visibleBounds(settings.store.get('window'));
  const win = new BrowserWindow({
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    width: saved.width,
    height: saved.height,
    minWidth: 720,
    minHeight: 480,
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
