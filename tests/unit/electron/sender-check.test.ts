/**
 * electron/sender-check.ts, as ipc-main.ts uses it, with Electron mocked: an API call
 * runs only when it comes from the top frame of the app's window showing a
 * page of the app's origin; frames of other origins, sub-frames and other
 * windows are refused before any handler runs. Dropped-path reports are taken
 * from the trusted sender only.
 */

import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { receiveDroppedPaths, registerApi } from '../../../electron/ipc-main';
import { createSenderCheck, originOf } from '../../../electron/sender-check';
import { APP_ORIGIN } from '../../../electron/app-protocol';
import { DROPPED_PATH_CHANNEL, invokeChannel, type ApiHandlers } from '../../../shared/ipc-contract';
import {
  BrowserWindow as FakeWindow,
  type FakeFrame,
  FakeWebContents,
  ipcMain,
  resetElectronFake,
} from './electron-fake';

beforeEach(resetElectronFake);

function setUp(origin = APP_ORIGIN) {
  const win = new FakeWindow({});
  const listArticles = vi.fn(() => Promise.resolve([]));
  const api = { listArticles } as unknown as ApiHandlers;
  const isTrusted = createSenderCheck(() => win as unknown as BrowserWindow, origin);
  registerApi(api, isTrusted);
  const handler = ipcMain.handlers.get(invokeChannel('listArticles'));
  if (!handler) throw new Error('listArticles was not registered');
  /** Calls listArticles as if from `frame` of `contents`. */
  const call = (contents: FakeWebContents, frame: FakeFrame | null) =>
    handler({ sender: contents, senderFrame: frame }) as Promise<{
      ok: boolean;
      error?: { message: string };
    }>;
  return { win, listArticles, call, isTrusted };
}

describe('the IPC sender check', () => {
  it('lets the top frame of the app window on hamish://app call the API', async () => {
    const { win, listArticles, call } = setUp();
    await expect(call(win.webContents, win.webContents.mainFrame)).resolves.toEqual({ ok: true, value: [] });
    expect(listArticles).toHaveBeenCalledTimes(1);
  });

  it.each([
    'file:///home/user/Downloads/evil.html',
    'file:///work/out/renderer/index.html',
    'https://example.org/',
    'hamish://other/index.html',
    'hamish://app.evil/index.html',
    'http://127.0.0.1:5173/',
    'about:blank',
    'not a url',
  ])('refuses the app window when its frame shows %s', async (url) => {
    const { win, listArticles, call } = setUp();
    win.webContents.mainFrame = { url, parent: null };
    const result = await call(win.webContents, win.webContents.mainFrame);
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/untrusted sender/);
    expect(listArticles).not.toHaveBeenCalled();
  });

  it('refuses a sub-frame, even one of the app origin, and a missing frame', async () => {
    const { win, listArticles, call } = setUp();
    const iframe = { url: 'hamish://app/index.html', parent: win.webContents.mainFrame };
    expect((await call(win.webContents, iframe)).ok).toBe(false);
    expect((await call(win.webContents, null)).ok).toBe(false);
    expect(listArticles).not.toHaveBeenCalled();
  });

  it('refuses another window and a destroyed one', async () => {
    const { win, listArticles, call } = setUp();
    const other = new FakeWebContents();
    expect((await call(other, other.mainFrame)).ok).toBe(false);
    win.isDestroyed.mockReturnValue(true);
    expect((await call(win.webContents, win.webContents.mainFrame)).ok).toBe(false);
    expect(listArticles).not.toHaveBeenCalled();
  });

  it('trusts the dev server origin exactly, port included, when that is the origin given', async () => {
    const { win, call } = setUp(originOf('http://localhost:5173/') ?? '');
    win.webContents.mainFrame = { url: 'http://localhost:5173/index.html', parent: null };
    expect((await call(win.webContents, win.webContents.mainFrame)).ok).toBe(true);
    win.webContents.mainFrame = { url: 'http://localhost:5174/index.html', parent: null };
    expect((await call(win.webContents, win.webContents.mainFrame)).ok).toBe(false);
  });
});

describe('dropped-path reports', () => {
  it('are granted from the trusted sender only, and only when they are strings', () => {
    const { win, isTrusted } = setUp();
    const granted: string[] = [];
    receiveDroppedPaths(isTrusted, (path) => granted.push(path));
    const other = new FakeWebContents();
    ipcMain.emit(DROPPED_PATH_CHANNEL, { sender: other, senderFrame: other.mainFrame }, '/tmp/forged.txt');
    ipcMain.emit(
      DROPPED_PATH_CHANNEL,
      { sender: win.webContents, senderFrame: win.webContents.mainFrame },
      42,
    );
    ipcMain.emit(
      DROPPED_PATH_CHANNEL,
      { sender: win.webContents, senderFrame: win.webContents.mainFrame },
      '/home/user/مقال.txt',
    );
    expect(granted).toEqual(['/home/user/مقال.txt']);
  });
});
