/**
 * The one generic client wrapper: turns a transport (ipcRenderer in the
 * preload, a Playwright binding in the test harness) into a typed HamishApi
 * plus typed subscriptions to what main pushes (PushEvents). window.api's
 * type is derived from what this returns.
 */

import type { ImportProgress } from './import-types';
import {
  API_METHODS,
  LIBRARY_CHANGES,
  MENU_COMMANDS,
  pushChannel,
  type ApiMethod,
  type HamishApi,
  type LibraryChange,
  type MenuCommand,
  type PushEvent,
  type PushEvents,
} from './ipc-contract';

export type Invoke = (method: ApiMethod, args: unknown[]) => Promise<unknown>;

/** Listens to one push channel's raw payloads; returns an unsubscribe function. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/** Optional host capabilities: the path of a dropped file (Electron only). */
export interface ClientExtras {
  pathForFile?: (file: unknown) => string;
}

/** Builds the renderer's API object over `invoke` (methods) and `subscribe` (pushes). */
export function createApiClient(invoke: Invoke, subscribe: Subscribe, extras: ClientExtras = {}) {
  const methods = Object.fromEntries(
    API_METHODS.map((method) => [method, (...args: unknown[]) => invoke(method, args)]),
  ) as unknown as HamishApi;
  /** Calls `listener` with each payload main pushes as `event`; returns an unsubscribe function. */
  const on = <E extends PushEvent>(event: E, listener: (payload: PushEvents[E]) => void): (() => void) =>
    subscribe(pushChannel(event), (payload) => listener(payload as PushEvents[E]));
  return {
    ...methods,
    on,
    /** Calls `listener` for each application-menu command (unknown ones are dropped); returns an unsubscribe function. */
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      return on('menu-command', (command) => {
        if ((MENU_COMMANDS as readonly string[]).includes(command)) listener(command);
      });
    },
    /**
     * Calls `listener` each time main changed the article list on its own (LibraryChange); a payload
     * that is not one (an unknown reason, not an object) is dropped. Returns an unsubscribe function.
     */
    onLibraryChanged(listener: (change: LibraryChange) => void): () => void {
      return on('library-changed', (change: unknown) => {
        const reason = (change as { reason?: unknown } | null)?.reason;
        if ((LIBRARY_CHANGES as readonly unknown[]).includes(reason)) listener({ reason } as LibraryChange);
      });
    },
    /** Calls `listener` with each progress report of a running import; returns an unsubscribe function. */
    onImportProgress(listener: (progress: ImportProgress) => void): () => void {
      return on('import-progress', listener);
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
