/**
 * Turns exceptions into Result failures at the service boundary: an
 * AppFailure keeps its code and params, anything else becomes 'internal'.
 */

import { AppFailure, fail, ok, type Result } from '../../shared/result';

/** The failed Result describing `error`. */
export function failureOf(error: unknown): Result<never> {
  if (error instanceof AppFailure) return { ok: false, error: error.toError() };
  const message = error instanceof Error ? error.message : String(error);
  return fail('internal', message || 'Unexpected error');
}

/** Runs `task` and resolves to ok(value) or to the failure it threw; never rejects. */
export async function attempt<T>(task: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return ok(await task());
  } catch (error) {
    return failureOf(error);
  }
}
