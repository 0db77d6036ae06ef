/**
 * The row of buttons at the foot of a form dialog: optional extra buttons at
 * the start, then Cancel and the primary submit button at the end.
 */

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The submit button's label. */
  submit: string;
  onCancel: () => void;
  /** Disables the submit button (a save in progress, nothing to submit). */
  disabled?: boolean;
  /** Buttons shown before the spacer (e.g. "Open file…"). */
  children?: ReactNode;
}

/** Cancel and submit for a dialog that is a <form> (see Modal's onSubmit). */
export function ModalActions({ submit, onCancel, disabled = false, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="modal-actions">
      {children}
      <span className="spacer" />
      <button type="button" onClick={onCancel}>
        {t('actions.cancel')}
      </button>
      <button type="submit" className="primary" disabled={disabled}>
        {submit}
      </button>
    </div>
  );
}
