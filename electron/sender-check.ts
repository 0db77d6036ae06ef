/**
 * Who may talk to main over IPC: only the top frame of the app's own window,
 * showing a page of the app's own origin (hamish://app, or the dev server
 * with `npm run dev`). A frame of any other origin, a sub-frame, or another
 * window is refused, so neither a local file nor a stray page can call the API.
 */

import type { BrowserWindow, IpcMainEvent, IpcMainInvokeEvent } from 'electron';

/** The parts of an IPC event the check reads. */
export type IpcSenderEvent = Pick<IpcMainInvokeEvent | IpcMainEvent, 'sender' | 'senderFrame'>;

/** `scheme://host[:port]` of `url`, or null when it does not parse. Works for custom schemes too. */
export function originOf(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    return host ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}

/**
 * Builds the check for `origin` (exact `scheme://host[:port]`): true only
 * when the event comes from `getWindow()`'s web contents, from its top frame (no parent),
 * and that frame's URL has exactly that origin.
 */
export function createSenderCheck(
  getWindow: () => BrowserWindow | null,
  origin: string,
): (event: IpcSenderEvent) => boolean {
  return (event) => {
    const win = getWindow();
    if (!win || win.isDestroyed() || event.sender !== win.webContents) return false;
    const frame = event.senderFrame;
    // Only the top frame speaks for the app: an iframe, whatever its origin, never does.
    if (!frame || frame.parent !== null) return false;
    return originOf(frame.url) === origin;
  };
}
