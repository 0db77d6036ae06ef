/**
 * The status line's state for the App. `notify` shows a message; `dialogNotify`
 * is the one handed to dialogs that also show their own errors in place (the
 * import and export dialogs): an error they send is marked as theirs, and
 * `clearDialogError`, called when such a dialog closes, takes it off the
 * status line, so a refusal already read in the dialog does not linger under
 * the next view as if something had just failed.
 */

import { useCallback, useState } from 'react';
import type { Notify, StatusMessage } from '../status';

export interface StatusState {
  status: StatusMessage | null;
  notify: Notify;
  dialogNotify: Notify;
  /** Clears the status line when it shows an error a dialog sent (see dialogNotify); other messages stay. */
  clearDialogError: () => void;
}

/** The status line's message and the ways to set it (see the module comment). */
export function useStatus(): StatusState {
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const notify = useCallback((message: StatusMessage) => setStatus(message), []);
  const dialogNotify = useCallback(
    (message: StatusMessage) =>
      setStatus(message.kind === 'error' ? { ...message, fromDialog: true } : message),
    [],
  );
  const clearDialogError = useCallback(
    () => setStatus((shown) => (shown?.kind === 'error' && shown.fromDialog === true ? null : shown)),
    [],
  );
  return { status, notify, dialogNotify, clearDialogError };
}
