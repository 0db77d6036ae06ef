/**
 * Asks main for one analysis view's numbers whenever the request changes
 * (compared by value), keeping the last answer on screen until the next one
 * arrives; a late answer to an older request is dropped (ui/use-answer.ts).
 */

import type { AnalysisRequest, AnalysisResult } from '../../../shared/analysis-types';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import { useAnswer, type AnswerState } from '../ui/use-answer';

export type AnalysisState<R extends AnalysisResult> = AnswerState<R>;

/** The result of `request` (null: ask nothing), typed as the view `R` the request names. */
export function useAnalysis<R extends AnalysisResult>(request: AnalysisRequest | null): AnalysisState<R> {
  return useAnswer(request, (r) => api.getAnalysis(r) as Promise<Result<R>>);
}
