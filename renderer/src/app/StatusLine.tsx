/**
 * The status line at the foot of the window (a div: a footer may not carry
 * role="status"): "Saving…", "Saved", and translated errors, announced to
 * screen readers. It reads its message from the app's status store
 * (use-status.ts), so a message re-renders this line, not the shell. One
 * line: a long message ends in an ellipsis, and the whole of it is its
 * title (hover) and, as a tab stop, shown wrapped while focused; paths and
 * ids in it are kept whole (IsolatedRuns).
 */

import { useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, withIsolatedPaths } from '../i18n/i18n';
import { IsolatedRuns } from '../ui/IsolatedRuns';
import { useTruncated } from '../ui/use-truncated';
import type { StatusStore } from './use-status';

export function StatusLine({ store }: { store: StatusStore }) {
  const { t } = useTranslation();
  const status = useSyncExternalStore(store.subscribe, store.current);
  const ref = useRef<HTMLDivElement>(null);
  let text = '';
  if (status?.kind === 'saving') text = t('status.saving');
  else if (status?.kind === 'info') text = t(status.key, withIsolatedPaths(status.params ?? {}));
  else if (status?.kind === 'error') text = errorMessage(status.error);
  const cut = useTruncated(ref, text);
  return (
    <div
      ref={ref}
      className={`status-line ${status?.kind ?? ''}`}
      role={status?.kind === 'error' ? 'alert' : 'status'}
      aria-live="polite"
      data-testid="status"
      title={cut ? text : undefined}
      tabIndex={cut ? 0 : undefined}
    >
      <IsolatedRuns text={text} />
    </div>
  );
}
