/** What a view says while its numbers come, when main refused them, or when there is nothing to count. */

import { useTranslation } from 'react-i18next';
import type { AnalysisResult } from '../../../shared/analysis-types';
import { LoadingShell } from '../ui/LoadingShell';
import type { AnalysisState } from './use-analysis';

export function ResultState<R extends AnalysisResult>({
  state,
  empty,
}: {
  state: AnalysisState<R>;
  empty: boolean;
}) {
  const { t } = useTranslation();
  // The last answer stays on screen while the next one comes: only a first answer is waited for.
  return (
    <LoadingShell
      value={state.loading && !state.result ? null : state}
      error={state.error}
      className="muted"
      waiting={t('analysis.loading')}
    >
      {() => (empty ? <p className="muted">{t('analysis.empty')}</p> : null)}
    </LoadingShell>
  );
}
