/**
 * electron/main.ts run for real with Electron mocked and a real library in a
 * temp folder: the page is loaded from hamish://app, only that origin may call
 * the API, `importPaths` reads only what the user dropped or picked, and a
 * start that throws shows an error dialog and exits with code 1.
 */

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DROPPED_PATH_CHANNEL,
  invokeChannel,
  pushChannel,
  type ApiMethod,
} from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { lockLibrary, readLockHolder } from '../../../electron/services/library/library-lock';
import { useTempDirs } from '../helpers';

const tempDir = useTempDirs();
let closeLibraries: (() => Promise<void>) | null = null;

beforeEach(() => {
  vi.resetModules();
  delete process.env['ELECTRON_RENDERER_URL'];
});

afterEach(async () => {
  await closeLibraries?.();
  closeLibraries = null;
  delete process.env['HAMISH_LIBRARY_DIR'];
  vi.restoreAllMocks();
});

/** Fresh fake Electron and library module, then main.ts imported (which starts the app). */
async function runMain(prepare: (fake: typeof import('./electron-fake')) => void = () => undefined) {
  const root = await tempDir();
  process.env['HAMISH_LIBRARY_DIR'] = join(root, 'library');
  // The mocked module main will import (the mock outlives vi.resetModules, so it is asked for, not re-imported).
  const fake = (await import('electron')) as unknown as typeof import('./electron-fake');
  fake.resetElectronFake();
  fake.app.getPath.mockImplementation((name: string) => join(root, name));
  const { Library } = await import('../../../electron/services/library/library');
  const open = vi.spyOn(Library, 'open');
  const close = vi.spyOn(Library.prototype, 'close');
  closeLibraries = async () => {
    for (const r of open.mock.results) if (r.type === 'return') await (await r.value).close();
  };
  prepare(fake);
  await import('../../../electron/main');
  return { fake, root, close };
}

/** Waits until start() has loaded the page. */
async function started(fake: typeof import('./electron-fake')) {
  await vi.waitFor(() => expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalled(), {
    timeout: 10_000,
  });
  const win = fake.BrowserWindow.instances[0];
  if (!win) throw new Error('no window');
  return win;
}

describe('start-up', () => {
  it('registers the scheme before ready, serves it, and loads the page from hamish://app', async () => {
    const { fake } = await runMain();
    const win = await started(fake);
    expect(win.loadURL).toHaveBeenCalledExactlyOnceWith('hamish://app/index.html');
    expect(win.loadFile).not.toHaveBeenCalled();
    expect(fake.protocol.handle).toHaveBeenCalledWith('hamish', expect.any(Function));
    const registered = fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? Infinity;
    expect(registered).toBeLessThan(fake.app.whenReady.mock.invocationCallOrder[0] ?? -Infinity);
  });

  it('focuses the running window when a second instance starts', async () => {
    const { fake } = await runMain();
    const win = await started(fake);
    fake.app.emit('second-instance');
    expect(win.focus).toHaveBeenCalledTimes(1);
  });

  it('shows an error dialog and exits with code 1 when start throws, opening no window', async () => {
    const { fake } = await runMain((f) => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      f.app.getPath.mockImplementation(() => {
        throw new Error('userData is not writable');
      });
    });
    // The exit follows the search thread's close, which waits for that real thread to start and
    // answer: 1,150 ms at load 10, past waitFor's default second. The same bound as the tests below.
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalled(), { timeout: 10_000 });
    expect(fake.app.exit).toHaveBeenCalledExactlyOnceWith(1);
    expect(fake.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(
      expect.stringContaining('Hamish'),
      expect.stringContaining('userData is not writable'),
    );
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('holds the library lock as "app" while it runs', async () => {
    const { fake, root } = await runMain();
    await started(fake);
    expect(await readLockHolder(join(root, 'library'))).toMatchObject({ pid: process.pid, command: 'app' });
  });

  it('refuses to open a library another process is writing, naming it in the error dialog', async () => {
    const root = await tempDir();
    const lib = join(root, 'held');
    await mkdir(lib);
    const held = await lockLibrary(lib, { command: 'hamish import' });
    try {
      const { fake } = await runMain(() => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        process.env['HAMISH_LIBRARY_DIR'] = lib;
      });
      await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalled(), { timeout: 10_000 });
      expect(fake.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(
        expect.any(String),
        expect.stringContaining(
          `is in use by "hamish import" (process ${process.pid}) since ${held.holder.since}`,
        ),
      );
      expect(fake.BrowserWindow.instances).toHaveLength(0);
      closeLibraries = null; // the one open was refused: nothing to close
    } finally {
      await held.release();
    }
  });

  it('closes the library it opened before exiting when a later step fails', async () => {
    const { fake, close } = await runMain((f) => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      f.Menu.setApplicationMenu.mockImplementation(() => {
        throw new Error('menu broken');
      });
    });
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalled(), { timeout: 10_000 });
    expect(fake.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(
      expect.any(String),
      expect.stringContaining('menu broken'),
    );
    expect(close).toHaveBeenCalledTimes(1);
    expect(close.mock.invocationCallOrder[0]).toBeLessThan(fake.app.exit.mock.invocationCallOrder[0] ?? 0);
    expect(fake.app.exit).toHaveBeenCalledExactlyOnceWith(1);
  });
});

/** Calls API `method` over the fake IPC as the window's top frame currently showing `url`. */
async function call(
  fake: typeof import('./electron-fake'),
  win: InstanceType<(typeof import('./electron-fake'))['BrowserWindow']>,
  method: ApiMethod,
  ...args: unknown[]
): Promise<Result<unknown>> {
  const handler = fake.ipcMain.handlers.get(invokeChannel(method));
  if (!handler) throw new Error(`${method} is not registered`);
  return (await handler(
    { sender: win.webContents, senderFrame: win.webContents.mainFrame },
    ...args,
  )) as Result<unknown>;
}

describe('the API as main wires it', () => {
  it('answers the page on hamish://app and refuses the same window once it shows a local file', async () => {
    const { fake } = await runMain();
    const win = await started(fake);
    expect((await call(fake, win, 'listArticles')).ok).toBe(true);
    win.webContents.mainFrame = { url: 'file:///work/out/renderer/index.html', parent: null };
    expect(await call(fake, win, 'listArticles')).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('imports a dropped file only after the preload reported the drop', async () => {
    const { fake, root } = await runMain();
    const win = await started(fake);
    const file = join(root, 'خبر-عاجل.txt');
    await writeFile(file, 'خبر عاجل\n\nأعلنت الحكومة اليوم عن خطة جديدة لدعم التعليم في المناطق الريفية.');

    const refused = await call(fake, win, 'importPaths', [file]);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', params: { field: 'paths' } },
    });

    // A report from another window grants nothing.
    const stranger = new fake.FakeWebContents();
    fake.ipcMain.emit(DROPPED_PATH_CHANNEL, { sender: stranger, senderFrame: stranger.mainFrame }, file);
    expect((await call(fake, win, 'importPaths', [file])).ok).toBe(false);

    fake.ipcMain.emit(
      DROPPED_PATH_CHANNEL,
      { sender: win.webContents, senderFrame: win.webContents.mainFrame },
      file,
    );
    const imported = await call(fake, win, 'importPaths', [file]);
    expect(imported).toMatchObject({ ok: true, value: { added: [{ file: basename(file) }] } });
  });

  it('reads a file picked in the import dialog again when the page names it later', async () => {
    const { fake, root } = await runMain();
    const win = await started(fake);
    const file = join(root, 'مقال.md');
    await writeFile(file, '# مقال\n\nنص المقال الأول عن الاقتصاد والتجارة في المنطقة.');
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await call(fake, win, 'importFiles')).toMatchObject({
      ok: true,
      value: { added: [{ file: basename(file) }] },
    });
    // Granted by the dialog: naming it again is allowed (it is a duplicate now, not a refusal).
    expect(await call(fake, win, 'importPaths', [file])).toMatchObject({
      ok: true,
      value: { duplicates: [{ file: basename(file) }] },
    });
  });

  it('pushes a menu click to the window, and rebuilds the menu in the language the page sets', async () => {
    const { fake, root } = await runMain();
    const win = await started(fake);
    type Item = { label?: string; click?: () => void; submenu?: Item[] };
    const menu = () => (fake.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as { template: Item[] }).template;
    const flat = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
    expect(menu()[0]?.label).toBe('ملف');
    flat(menu())
      .find((i) => i.label === 'مقال جديد…')
      ?.click?.();
    expect(win.webContents.send).toHaveBeenCalledExactlyOnceWith(pushChannel('menu-command'), 'new-article');

    expect(await call(fake, win, 'setLanguage', 'en')).toEqual({ ok: true, value: { language: 'en' } });
    expect(menu()[0]?.label).toBe('File');
    await expect(readFile(join(root, 'userData', 'preferences.json'), 'utf8')).resolves.toContain('"en"');
  });
});
