/**
 * The one place main touches ipcMain and sends to the renderer: registers a
 * handler per contract method that checks the sender is the app's own
 * window, then validates and runs the call through the shared dispatcher
 * (handlers never throw across IPC); and pushes the contract's typed events.
 */

import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  API_METHODS,
  DROPPED_PATH_CHANNEL,
  invokeChannel,
  pushChannel,
  type ApiHandlers,
  type PushEvent,
  type PushEvents,
} from '../shared/ipc-contract';
import { fail, type Result } from '../shared/result';
import { dispatch } from './services/api-dispatch';
import type { IpcSenderEvent } from './sender-check';

/**
 * Registers every method of `api`. `isTrusted` decides whether a message comes
 * from a window this app created with its own page (see sender-check.ts); others are refused.
 */
export function registerApi(api: ApiHandlers, isTrusted: (event: IpcSenderEvent) => boolean): void {
  for (const method of API_METHODS) {
    ipcMain.handle(
      invokeChannel(method),
      (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<unknown>> => {
        if (!isTrusted(event)) {
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

/**
 * Listens for the preload's reports of dropped files and passes each absolute
 * path string from a trusted sender to `grant`; anything else is ignored.
 */
export function receiveDroppedPaths(
  isTrusted: (event: IpcSenderEvent) => boolean,
  grant: (path: string) => void,
): void {
  ipcMain.on(DROPPED_PATH_CHANNEL, (event, path: unknown) => {
    if (isTrusted(event) && typeof path === 'string') grant(path);
  });
}

/** Sends one typed push event to the renderer of `target`; nothing when there is no window. */
export function push<E extends PushEvent>(
  target: WebContents | undefined,
  event: E,
  payload: PushEvents[E],
): void {
  target?.send(pushChannel(event), payload);
}
