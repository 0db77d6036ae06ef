/**
 * The single entry point for calls arriving from outside the process (IPC in
 * Electron main, the binding in the Chromium test harness), and the only
 * place a Result is built: checks the method name, validates the arguments
 * with the contract's zod tuples, runs the plain handler and wraps what it
 * returns or throws.
 */

import { API_METHODS, type ApiHandlers, type ApiMethod } from '../../shared/ipc-contract';
import { API_ARGS, describeIssue } from '../../shared/ipc-validation';
import { AppFailure, fail, ok, type Result } from '../../shared/result';

/** True only for the contract's own method names (never inherited keys like "__proto__" or "toString"). */
export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && (API_METHODS as readonly string[]).includes(method);
}

/** The failed Result describing `error`: an AppFailure keeps its code and params, anything else is 'internal'. */
export function failureOf(error: unknown): Result<never> {
  if (error instanceof AppFailure) return { ok: false, error: error.toError() };
  const message = error instanceof Error ? error.message : String(error);
  return fail('internal', message || 'Unexpected error');
}

/**
 * Validates and runs `handlers[method](...args)`, resolving to ok(value).
 * Unknown methods and invalid arguments give 'invalid-argument'
 * (params.field names the bad argument); a thrown or rejected AppFailure
 * keeps its code; anything else becomes 'internal'. Never rejects.
 */
export async function dispatch(
  handlers: ApiHandlers,
  method: unknown,
  args: unknown,
): Promise<Result<unknown>> {
  try {
    if (!isApiMethod(method)) {
      const name = typeof method === 'string' ? method.slice(0, 100) : typeof method;
      return fail('invalid-argument', `Unknown method ${JSON.stringify(name)}`, { field: 'method' });
    }
    const parsed = API_ARGS[method].safeParse(args);
    if (!parsed.success) {
      const { field, message } = describeIssue(parsed.error);
      return fail('invalid-argument', `${method}: ${field ? `${field}: ` : ''}${message}`, { field });
    }
    // Called as a property of `handlers`, so a class-based implementation keeps its `this`.
    const callable = handlers as unknown as Record<ApiMethod, (...callArgs: unknown[]) => unknown>;
    return ok(await callable[method](...(parsed.data as unknown[])));
  } catch (error) {
    return failureOf(error);
  }
}
