/**
 * The status line at the foot of the window (a div: a footer may not carry
 * role="status"): "Saving…", "Saved", and translated errors, announced to
 * screen readers. It reads its message from the app's status store
 * (use-status.ts), so a message re-renders this line, not the shell.
 */

import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/i18n';
import type { StatusStore } from './use-status';

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
