/**
 * The one generic client wrapper: turns a transport (ipcRenderer.invoke in the
 * preload, a Playwright binding in the test harness) into a typed HamishApi.
 * window.api's type is derived from what this returns.
 */

import type { ImportProgress } from './import-types';
import { API_METHODS, MENU_COMMANDS, type ApiMethod, type HamishApi, type MenuCommand } from './ipc-contract';

export type Invoke = (method: ApiMethod, args: unknown[]) => Promise<unknown>;
export type SubscribeMenu = (listener: (command: MenuCommand) => void) => () => void;

export type SubscribeImport = (listener: (progress: ImportProgress) => void) => () => void;

/** Optional host capabilities: import progress events, and the path of a dropped file (Electron only). */
export interface ClientExtras {
  subscribeImport?: SubscribeImport;
  pathForFile?: (file: unknown) => string;
}

export function createApiClient(invoke: Invoke, subscribeMenu: SubscribeMenu, extras: ClientExtras = {}) {
  const methods = Object.fromEntries(
    API_METHODS.map((method) => [method, (...args: unknown[]) => invoke(method, args)]),
  ) as unknown as HamishApi;
  return {
    ...methods,
    /** Calls `listener` for each application-menu command; returns an unsubscribe function. */
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      return subscribeMenu((command) => {
        if ((MENU_COMMANDS as readonly string[]).includes(command)) listener(command);
      });
    },
    /** Calls `listener` with each progress report of a running import; returns an unsubscribe function. */
    onImportProgress(listener: (progress: ImportProgress) => void): () => void {
      return extras.subscribeImport ? extras.subscribeImport(listener) : () => undefined;
    },
    /** The file system path of a File dropped on the window, or "" when the host cannot tell. */
    pathForFile(file: unknown): string {
      try {
        return extras.pathForFile ? extras.pathForFile(file) : '';
      } catch {
        return '';
      }
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
