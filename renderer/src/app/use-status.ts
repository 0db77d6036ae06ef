/**
 * The status line's state for the App. `notify` shows a message; `dialogNotify`
 * is the one handed to dialogs that also show their own errors in place (the
 * import and export dialogs): an error they send is marked as theirs, and
 * `clearDialogError`, called when such a dialog closes, takes it off the
 * status line, so a refusal already read in the dialog does not linger under
 * the next view as if something had just failed. The message lives in a
 * small external store the status line reads (StatusLine.tsx), so "Saving…"
 * and "Saved" after every edit re-render that line only, not the whole shell.
 */

import { useState } from 'react';
import type { Notify, StatusMessage } from '../status';

/** The message shown, and who to tell when it changes (read with useSyncExternalStore). */
export interface StatusStore {
  subscribe: (listener: () => void) => () => void;
  current: () => StatusMessage | null;
}

export interface StatusState {
  store: StatusStore;
  notify: Notify;
  dialogNotify: Notify;
  /** Clears the status line when it shows an error a dialog sent (see dialogNotify); other messages stay. */
  clearDialogError: () => void;
}

/** The status line's store and the ways to set it (see the module comment); all stable for the app's life. */
export function useStatus(): StatusState {
  const [state] = useState((): StatusState => {
    let message: StatusMessage | null = null;
    const listeners = new Set<() => void>();
    const show = (next: StatusMessage | null) => {
      message = next;
      for (const listener of [...listeners]) listener();
    };
    return {
      store: {
        subscribe: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        current: () => message,
      },
      notify: show,
      dialogNotify: (next) => show(next.kind === 'error' ? { ...next, fromDialog: true } : next),
      clearDialogError: () => {
        if (message?.kind === 'error' && message.fromDialog === true) show(null);
      },
    };
  });
  return state;
}
