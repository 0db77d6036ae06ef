/**
 * The one generic client wrapper: turns a transport (ipcRenderer.invoke in the
 * preload, a Playwright binding in the test harness) into a typed HamishApi.
 * window.api's type is derived from what this returns.
 */

import { API_METHODS, MENU_COMMANDS, type ApiMethod, type HamishApi, type MenuCommand } from './ipc-contract';

export type Invoke = (method: ApiMethod, args: unknown[]) => Promise<unknown>;
export type SubscribeMenu = (listener: (command: MenuCommand) => void) => () => void;

export function createApiClient(invoke: Invoke, subscribeMenu: SubscribeMenu) {
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
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
