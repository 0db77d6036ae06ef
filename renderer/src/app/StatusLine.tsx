/**
 * The status line at the foot of the window (a div: a footer may not carry
 * role="status"): "Saving…", "Saved", and translated errors, announced to
 * screen readers. The message lives in a small external store the app's
 * `notify` writes to, so "Saving…" and "Saved" after every edit re-render
 * this line only, not the whole shell (its top bar, view buttons and coder
 * controls).
 */

import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/i18n';
import type { Notify, StatusMessage } from '../status';

/** The message shown, and who to tell when it changes. */
export interface StatusStore {
  notify: Notify;
  subscribe: (listener: () => void) => () => void;
  current: () => StatusMessage | null;
}

/** A status store for the app's lifetime (nothing shown at first); `notify` is stable. */
export function useStatusStore(): StatusStore {
  const [store] = useState((): StatusStore => {
    let message: StatusMessage | null = null;
    const listeners = new Set<() => void>();
    return {
      notify: (next) => {
        message = next;
        for (const listener of [...listeners]) listener();
      },
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      current: () => message,
    };
  });
  return store;
}

export function StatusLine({ store }: { store: StatusStore }) {
  const { t } = useTranslation();
  const status = useSyncExternalStore(store.subscribe, store.current);
  let text = '';
  if (status?.kind === 'saving') text = t('status.saving');
  else if (status?.kind === 'info') text = t(status.key, status.params ?? {});
  else if (status?.kind === 'error') text = errorMessage(status.error);
  return (
    <div
      className={`status-line ${status?.kind ?? ''}`}
      role={status?.kind === 'error' ? 'alert' : 'status'}
      aria-live="polite"
      data-testid="status"
    >
      {text}
    </div>
  );
}
