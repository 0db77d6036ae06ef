/**
 * Preload (sandboxed, CommonJS): exposes the typed API to the page as
 * `window.api` through contextBridge. The only code that touches ipcRenderer;
 * the page never sees ipcRenderer itself.
 */

import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { createApiClient } from '../shared/ipc-client';
import { DROPPED_PATH_CHANNEL, invokeChannel } from '../shared/ipc-contract';

const api = createApiClient(
  (method, args) => ipcRenderer.invoke(invokeChannel(method), ...args),
  (channel, listener) => {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
  {
    // Dropped files: the page sees File objects only; their paths are known to the preload alone,
    // which tells main so that main reads only what the user dropped (the page cannot name a path).
    pathForFile: (file) => {
      const path = webUtils.getPathForFile(file as File);
      if (path) ipcRenderer.send(DROPPED_PATH_CHANNEL, path);
      return path;
    },
  },
);

contextBridge.exposeInMainWorld('api', api);
