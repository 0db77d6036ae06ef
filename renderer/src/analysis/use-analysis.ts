/**
 * Asks main for one analysis view's numbers whenever the request changes
 * (compared by value), keeping the last answer on screen until the next one
 * arrives; a late answer to an older request is dropped.
 */

import { useEffect, useState } from 'react';
import type { AnalysisRequest, AnalysisResult } from '../../../shared/analysis-types';
import type { AppError } from '../../../shared/result';
import { api } from '../api';

export interface AnalysisState<R extends AnalysisResult> {
  result: R | null;
  error: AppError | null;
  loading: boolean;
}

/** The result of `request` (null: ask nothing), typed as the view `R` the request names. */
export function useAnalysis<R extends AnalysisResult>(request: AnalysisRequest | null): AnalysisState<R> {
  const key = request ? JSON.stringify(request) : '';
  // The answer and the request it answers: loading while they differ.
  const [answer, setAnswer] = useState<{ key: string; result: R | null; error: AppError | null }>({
    key: '',
    result: null,
    error: null,
  });
  useEffect(() => {
    if (!key) return;
    let live = true;
    void api.getAnalysis(JSON.parse(key) as AnalysisRequest).then((r) => {
      if (!live) return;
      setAnswer(r.ok ? { key, result: r.value as R, error: null } : { key, result: null, error: r.error });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return { result: answer.result, error: answer.error, loading: key !== '' && answer.key !== key };
}
