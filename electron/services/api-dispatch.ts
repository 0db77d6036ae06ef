/**
 * The single entry point for calls arriving from outside the process (IPC in
 * Electron main, the binding in the Chromium test harness): checks the method
 * name, validates the arguments with the contract's zod tuples, runs the
 * method and always resolves to a Result.
 */

import { API_METHODS, type ApiMethod, type HamishApi } from '../../shared/ipc-contract';
import { API_ARGS, describeIssue } from '../../shared/ipc-validation';
import { fail, type Result } from '../../shared/result';
import { failureOf } from './to-result';

/** True only for the contract's own method names (never inherited keys like "__proto__" or "toString"). */
export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && (API_METHODS as readonly string[]).includes(method);
}

/**
 * Validates and runs `api[method](...args)`. Unknown methods and invalid
 * arguments give 'invalid-argument' (params.field names the bad argument);
 * an AppFailure keeps its code; anything else becomes 'internal'. Never rejects.
 */
export async function dispatch(api: HamishApi, method: unknown, args: unknown): Promise<Result<unknown>> {
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
    // Called as a property of `api`, so a class-based implementation keeps its `this`.
    const callable = api as unknown as Record<
      ApiMethod,
      (...callArgs: unknown[]) => Promise<Result<unknown>>
    >;
    return await callable[method](...(parsed.data as unknown[]));
  } catch (error) {
    return failureOf(error);
  }
}
