/**
 * Preload (sandboxed, CommonJS): exposes the typed API to the page as
 * `window.api` through contextBridge. The only code that touches ipcRenderer;
 * the page never sees ipcRenderer itself.
 */

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApiClient } from '../shared/ipc-client';
import { MENU_CHANNEL, invokeChannel, type MenuCommand } from '../shared/ipc-contract';

const api = createApiClient(
  (method, args) => ipcRenderer.invoke(invokeChannel(method), ...args),
  (listener) => {
    const handler = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, handler);
    };
  },
);

contextBridge.exposeInMainWorld('api', api);
