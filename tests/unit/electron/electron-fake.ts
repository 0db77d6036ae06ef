/**
 * The stand-in for the `electron` module in unit tests (the binary cannot be
 * run here): registered once by tests/unit/electron/setup.ts. Only what the
 * shell's modules call exists; every function is a vi.fn so tests can see
 * calls, and emitters are real EventEmitters so listeners run. Node parts
 * (fs, electron-store's `conf`) stay real.
 */

import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';

/** The repository root (app.getAppPath() in development). */
export const APP_PATH = resolve(import.meta.dirname, '../../..');

/** A frame: what the sender check reads (a top frame has no parent). */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  mainFrame: FakeFrame = { url: 'hamish://app/index.html', parent: null };
  windowOpenHandler: OpenHandler | null = null;
  readonly send = vi.fn();
  readonly setWindowOpenHandler = vi.fn((handler: OpenHandler) => {
    this.windowOpenHandler = handler;
  });
  readonly getURL = vi.fn(() => this.mainFrame.url);
}

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly isDestroyed = vi.fn(() => false);
  readonly isMinimized = vi.fn(() => false);
  readonly isMaximized = vi.fn(() => false);
  readonly maximize = vi.fn();
  readonly restore = vi.fn();
  readonly focus = vi.fn();
  readonly show = vi.fn();
  readonly loadURL = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  readonly loadFile = vi.fn<(path: string) => Promise<void>>(() => Promise.resolve());
  readonly getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }));

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  getPath: vi.fn((name: string) => join(tmpdir(), 'hamish-electron-fake', name)),
  getVersion: vi.fn(() => '0.0.0-test'),
  getAppPath: vi.fn(() => APP_PATH),
  whenReady: vi.fn(() => Promise.resolve()),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
});

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = Object.assign(new EventEmitter(), {
  handlers: new Map<string, Handler>(),
  handle: vi.fn((channel: string, handler: Handler) => {
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
});

export const webRequest = { onHeadersReceived: vi.fn() };
export const session = {
  defaultSession: {
    webRequest,
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

const canceledOpen = { canceled: true, filePaths: [] as string[] };
export const dialog = {
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<typeof canceledOpen>>(() =>
    Promise.resolve(canceledOpen),
  ),
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath: string }>>(() =>
    Promise.resolve({ canceled: true, filePath: '' }),
  ),
  showMessageBox: vi.fn<(...args: unknown[]) => Promise<{ response: number; checkboxChecked: boolean }>>(() =>
    Promise.resolve({ response: 1, checkboxChecked: false }),
  ),
  showErrorBox: vi.fn(),
};

export const shell = {
  openExternal: vi.fn(() => Promise.resolve()),
  openPath: vi.fn(() => Promise.resolve('')),
};

/** Menu.buildFromTemplate hands back the template itself, so tests can walk and click it. */
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };

/** One 1920×1080 display with a 40 px task bar, unless a test replaces them. */
export const displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
export const screen = {
  getAllDisplays: vi.fn(() => displays),
  getPrimaryDisplay: vi.fn(() => displays[0]),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = Object.assign(new EventEmitter(), { send: vi.fn(), invoke: vi.fn() });
export const webUtils = { getPathForFile: vi.fn<(file: unknown) => string>(() => '') };

/** Clears recorded calls and test-set behaviours (back to the defaults above), listeners, handlers and windows. */
export function resetElectronFake(): void {
  vi.resetAllMocks();
  for (const emitter of [app, ipcMain, ipcRenderer]) emitter.removeAllListeners();
  ipcMain.handlers.clear();
  BrowserWindow.instances.length = 0;
  displays.splice(0, displays.length, { workArea: { x: 0, y: 0, width: 1920, height: 1040 } });
}

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  screen,
  session,
  shell,
  webUtils,
};
