/**
 * The save step every form dialog shares (new article, article metadata):
 * busy while the call runs, a failure reported in the footer in the user's
 * language with the dialog left open, or a "saved" message naming the title
 * and the saved value handed on.
 */

import { useState } from 'react';
import type { Result } from '../../../shared/result';
import type { Notify } from '../status';

/**
 * Returns `busy` (true while a save runs) and `save(call, doneKey, onDone)`:
 * runs `call`; on failure notifies the error and stops; on success notifies
 * `doneKey` with `{ title }` of the value and calls `onDone` with it.
 */
export function useDialogSave(notify: Notify) {
  const [busy, setBusy] = useState(false);
  const save = async <T extends { title: string }>(
    call: () => Promise<Result<T>>,
    doneKey: string,
    onDone: (value: T) => void,
  ): Promise<void> => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      notify({ kind: 'error', error: result.error });
      return;
    }
    notify({ kind: 'info', key: doneKey, params: { title: result.value.title } });
    onDone(result.value);
  };
  return { busy, save };
}
