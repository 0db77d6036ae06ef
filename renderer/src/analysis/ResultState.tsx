/** What a view says while its numbers come, when main refused them, or when there is nothing to count. */

import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/i18n';
import type { AnalysisResult } from '../../../shared/analysis-types';
import type { AnalysisState } from './use-analysis';

export function ResultState<R extends AnalysisResult>({
  state,
  empty,
}: {
  state: AnalysisState<R>;
  empty: boolean;
}) {
  const { t } = useTranslation();
  if (state.error) {
    return (
      <p className="analysis-error" role="alert">
        {errorMessage(state.error)}
      </p>
    );
  }
  if (state.loading && !state.result) return <p className="muted">{t('analysis.loading')}</p>;
  if (empty) return <p className="muted">{t('analysis.empty')}</p>;
  return null;
}
