/**
 * Why main refused to save the scheme, in the interface language, shown in
 * the editor beside Save; a failure code this build has no sentence for gets
 * a general one. When claims use frames, roles or types the scheme removes
 * ('frame-in-use'), it offers the two ways on: take those parts out of the
 * claims, or delete the claims; either saves again with that policy.
 */

import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import type { ClaimPolicy } from '../../../shared/schema/claim-schema';
import { errorMessage } from '../i18n/i18n';

interface Props {
  error: AppError;
  /** Saves again with `policy` for the claims the scheme breaks. */
  onPolicy: (policy: ClaimPolicy) => void;
}

export function SaveRefusal({ error, onPolicy }: Props) {
  const { t, i18n } = useTranslation();
  const known = i18n.exists(`errors.${error.code}`);
  return (
    <div className="scheme-refusal" role="alert" data-testid="scheme-refusal">
      <p className="form-error">{known ? errorMessage(error) : t('taxonomy.frames.notSaved')}</p>
      {error.code === 'frame-in-use' && (
        <div className="modal-actions">
          <button type="button" onClick={() => onPolicy('detach')}>
            {t('taxonomy.frames.detachClaims')}
          </button>
          <button type="button" onClick={() => onPolicy('delete')}>
            {t('taxonomy.frames.deleteClaims')}
          </button>
        </div>
      )}
    </div>
  );
}
