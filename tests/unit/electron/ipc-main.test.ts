/**
 * @vitest-environment node
 *
 * The two IPC wrappers end to end, with only the Electron binary replaced by
 * an in-memory bus: main's `push` and `registerApi` (electron/ipc-main.ts)
 * on one side, the real preload (electron/preload.ts, over shared/ipc-client.ts)
 * on the other. Pushes reach the page's listeners with their payloads,
 * menu commands not in the contract are dropped, unsubscribing detaches the
 * ipcRenderer listener, and invoke calls come back as dispatch's Results.
 */

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import type { ApiClient } from '../../../shared/ipc-client';
import {
  API_METHODS,
  DROPPED_PATH_CHANNEL,
  invokeChannel,
  PUSH_EVENTS,
  pushChannel,
  type ApiHandlers,
} from '../../../shared/ipc-contract';
import type { ImportProgress } from '../../../shared/import-types';
import { ok } from '../../../shared/result';

type Listener = (event: unknown, payload: unknown) => void;

const bus = vi.hoisted(() => {
  const rendererListeners = new Map<string, Set<Listener>>();
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const exposed: Record<string, unknown> = {};
  /** The window's WebContents as main sees it: send() delivers to the page's ipcRenderer listeners. */
  const webContents = {
    send: (channel: string, payload: unknown) => {
      for (const listener of rendererListeners.get(channel) ?? []) listener({}, payload);
    },
  };
  const stranger = { send: () => undefined };
  /** What the preload sent to main with ipcRenderer.send: [channel, payload]. */
  const sentToMain: [string, unknown][] = [];
  return { rendererListeners, handlers, exposed, webContents, stranger, sender: webContents, sentToMain };
});

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) =>
      bus.handlers.set(channel, handler),
    removeHandler: (channel: string) => bus.handlers.delete(channel),
  },
  ipcRenderer: {
    send: (channel: string, payload: unknown) => bus.sentToMain.push([channel, payload]),
    invoke: (channel: string, ...args: unknown[]) => {
      const handler = bus.handlers.get(channel);
      return handler ? handler({ sender: bus.sender }, ...args) : Promise.reject(new Error('no handler'));
    },
    on: (channel: string, listener: Listener) => {
      const set = bus.rendererListeners.get(channel) ?? new Set<Listener>();
      bus.rendererListeners.set(channel, set.add(listener));
    },
    removeListener: (channel: string, listener: Listener) =>
      bus.rendererListeners.get(channel)?.delete(listener),
  },
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      bus.exposed[key] = value;
    },
  },
  webUtils: { getPathForFile: () => '/dropped/article.html' },
}));

const { push, registerApi, unregisterApi } = await import('../../../electron/ipc-main');
let api: ApiClient;

beforeAll(async () => {
  await import('../../../electron/preload');
  api = bus.exposed['api'] as ApiClient;
});

afterEach(() => {
  unregisterApi();
  bus.sender = bus.webContents;
});

const PROGRESS: ImportProgress = {
  done: 2,
  total: 5,
  current: 'مقال.html',
  added: 1,
  duplicates: 1,
  refused: 0,
  finished: false,
};

describe('main → renderer pushes through the typed wrappers', () => {
  it('delivers import progress and menu commands to the page, each on its own channel', () => {
    const progress: ImportProgress[] = [];
    const commands: string[] = [];
    const offProgress = api.onImportProgress((p) => progress.push(p));
    const offMenu = api.onMenuCommand((c) => commands.push(c));

    push(bus.webContents as never, 'import-progress', PROGRESS);
    push(bus.webContents as never, 'menu-command', 'import-folder');
    push(bus.webContents as never, 'menu-command', 'show-library');

    expect(progress).toEqual([PROGRESS]);
    expect(commands).toEqual(['import-folder', 'show-library']);
    offProgress();
    offMenu();
  });

  it('drops a menu command that is not in the contract, though the raw channel carried it', () => {
    const commands: string[] = [];
    const raw: unknown[] = [];
    const offMenu = api.onMenuCommand((c) => commands.push(c));
    const offRaw = api.on('menu-command', (c) => raw.push(c));
    push(bus.webContents as never, 'menu-command', 'format-disk' as never);
    expect(commands).toEqual([]);
    expect(raw).toEqual(['format-disk']);
    offMenu();
    offRaw();
  });

  it('unsubscribing removes the ipcRenderer listener: later pushes reach no one', () => {
    const progress: ImportProgress[] = [];
    const off = api.onImportProgress((p) => progress.push(p));
    expect(bus.rendererListeners.get(pushChannel('import-progress'))?.size).toBe(1);
    off();
    expect(bus.rendererListeners.get(pushChannel('import-progress'))?.size).toBe(0);
    push(bus.webContents as never, 'import-progress', PROGRESS);
    expect(progress).toEqual([]);
  });

  it('sends nothing, and does not throw, when there is no window', () => {
    expect(() => push(undefined, 'menu-command', 'show-library')).not.toThrow();
  });

  it('uses one channel per event, none of them an invoke channel', () => {
    const pushes = PUSH_EVENTS.map(pushChannel);
    expect(new Set(pushes).size).toBe(PUSH_EVENTS.length);
    const invokes = new Set(API_METHODS.map(invokeChannel));
    expect(pushes.filter((c) => invokes.has(c))).toEqual([]);
  });
});

describe('renderer → main invokes through the same wrappers', () => {
  const handlers = Object.fromEntries(
    API_METHODS.map((m) => [m, () => ({ method: m })]),
  ) as unknown as ApiHandlers;

  it('come back as the Result dispatch builds', async () => {
    registerApi(handlers, (event) => event.sender === (bus.webContents as never));
    expect(await api.getPreferences()).toEqual(ok({ method: 'getPreferences' }));
    expect(await api.search('غزة')).toEqual(ok({ method: 'search' }));
    expect(await api.getArticle('../../etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('are refused for a sender that is not the app window', async () => {
    registerApi(handlers, (event) => event.sender === (bus.webContents as never));
    bus.sender = bus.stranger;
    expect(await api.getPreferences()).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: 'IPC from an untrusted sender' },
    });
  });

  it('hands the preload the dropped file path, and reports it to main as granted', () => {
    expect(api.pathForFile({})).toBe('/dropped/article.html');
    expect(bus.sentToMain).toEqual([[DROPPED_PATH_CHANNEL, '/dropped/article.html']]);
  });
});
