/**
 * Asks main a question whenever the request changes (compared by value: its
 * JSON), keeping the last answer on screen until the next one arrives; a
 * late answer to an older request is dropped. Shared by the Analysis and
 * Agreement views.
 */

import { useEffect, useState } from 'react';
import type { AppError, Result } from '../../../shared/result';
import { useLatest } from './use-latest';

export interface AnswerState<T> {
  result: T | null;
  error: AppError | null;
  /** True while the answer on screen is not the current request's. */
  loading: boolean;
}

/** The answer of `ask(request)` (request null: ask nothing). `ask` is read at each change of the request. */
export function useAnswer<Q, T>(request: Q | null, ask: (request: Q) => Promise<Result<T>>): AnswerState<T> {
  const key = request ? JSON.stringify(request) : '';
  // The answer and the request it answers: loading while they differ.
  const [answer, setAnswer] = useState<{ key: string; result: T | null; error: AppError | null }>({
    key: '',
    result: null,
    error: null,
  });
  const latestAsk = useLatest(ask);
  useEffect(() => {
    if (!key) return;
    let live = true;
    void latestAsk()(JSON.parse(key) as Q).then((r) => {
      if (!live) return;
      setAnswer(r.ok ? { key, result: r.value, error: null } : { key, result: null, error: r.error });
    });
    return () => {
      live = false;
    };
  }, [key, latestAsk]);
  return { result: answer.result, error: answer.error, loading: key !== '' && answer.key !== key };
}
