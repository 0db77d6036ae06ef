/**
 * Why main refused to save the scheme (for example: a frame or role that
 * claims still use), in the interface language, shown in the editor beside
 * Save; a failure code this build has no sentence for gets a general one.
 */

import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { errorMessage } from '../i18n/i18n';

export function SaveRefusal({ error }: { error: AppError }) {
  const { t, i18n } = useTranslation();
  const known = i18n.exists(`errors.${error.code}`);
  return (
    <p className="form-error" role="alert" data-testid="scheme-refusal">
      {known ? errorMessage(error) : t('taxonomy.frames.notSaved')}
    </p>
  );
}
