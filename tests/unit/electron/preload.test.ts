/**
 * electron/preload.ts with Electron mocked: the page gets one API object
 * through contextBridge; calls go to their invoke channels (pushes are tested
 * in ipc-main.test.ts); a dropped file's path, known only to
 * the preload, is reported to main so main will read it, and nothing is
 * reported for an object that is not a dropped file.
 */

import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DROPPED_PATH_CHANNEL, invokeChannel } from '../../../shared/ipc-contract';
import type { ApiClient } from '../../../shared/ipc-client';
import { contextBridge, ipcRenderer, webUtils } from './electron-fake';

let api: ApiClient;

beforeAll(async () => {
  await import('../../../electron/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, exposed] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, ApiClient];
  expect(name).toBe('api');
  api = exposed;
});

// Calls only: the preload's listeners and the exposed API must stay for the whole file.
beforeEach(() => vi.clearAllMocks());

describe('the preload', () => {
  it('sends each API call on its invoke channel', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [] });
    await expect(api.listArticles()).resolves.toEqual({ ok: true, value: [] });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(invokeChannel('listArticles'));
  });

  it('reports the path of a dropped file to main, and returns it', () => {
    webUtils.getPathForFile.mockReturnValueOnce('/home/user/خبر.txt');
    expect(api.pathForFile({ name: 'خبر.txt' })).toBe('/home/user/خبر.txt');
    expect(ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(DROPPED_PATH_CHANNEL, '/home/user/خبر.txt');
  });

  it('reports nothing for an object with no path (a File the page made itself)', () => {
    webUtils.getPathForFile.mockReturnValueOnce('');
    expect(api.pathForFile({ name: 'forged.txt' })).toBe('');
    webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new TypeError('not a File');
    });
    expect(api.pathForFile('/etc/passwd')).toBe('');
    expect(ipcRenderer.send).not.toHaveBeenCalled();
  });
});
