/**
 * The one place main touches ipcMain and sends to the renderer: registers a
 * handler per contract method that checks the sender is the app's own
 * window, then validates and runs the call through the shared dispatcher
 * (handlers never throw across IPC); and pushes the contract's typed events.
 */

import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  API_METHODS,
  invokeChannel,
  pushChannel,
  type ApiHandlers,
  type PushEvent,
  type PushEvents,
} from '../shared/ipc-contract';
import { fail, type Result } from '../shared/result';
import { dispatch } from './services/api-dispatch';

/**
 * Registers every method of `api`. `isTrusted` decides whether a message comes
 * from a window this app created with its own page; others are refused.
 */
export function registerApi(api: ApiHandlers, isTrusted: (sender: WebContents) => boolean): void {
  for (const method of API_METHODS) {
    ipcMain.handle(
      invokeChannel(method),
      (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<unknown>> => {
        if (!isTrusted(event.sender)) {
          return Promise.resolve(fail('invalid-argument', 'IPC from an untrusted sender'));
        }
        return dispatch(api, method, args);
      },
    );
  }
}

export function unregisterApi(): void {
  for (const method of API_METHODS) ipcMain.removeHandler(invokeChannel(method));
}

/** Sends one typed push event to the renderer of `target`; nothing when there is no window. */
export function push<E extends PushEvent>(
  target: WebContents | undefined,
  event: E,
  payload: PushEvents[E],
): void {
  target?.send(pushChannel(event), payload);
}
