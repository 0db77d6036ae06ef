/** Shared helpers for unit tests: fresh temp folders and the fixtures' paths. */

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { dispatch } from '../../electron/services/api-dispatch';
import { createApiClient } from '../../shared/ipc-client';
import type { ApiHandlers, HamishApi } from '../../shared/ipc-contract';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The sample article shipped with the app. */
export const SAMPLE_PATH = join(root, 'resources', 'sample-article.ar.txt');
/** tests/fixtures/<name> */
export const fixture = (name: string): string => join(root, 'tests', 'fixtures', name);

export const readUtf8 = (path: string): Promise<string> => readFile(path, 'utf8');

/** Registers cleanup and returns a function that makes a fresh temp folder for the current test. */
export function useTempDirs(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    // Retries: a library a test left open may still be finishing its background check.
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 5 })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hamish-test-'));
    made.push(dir);
    return dir;
  };
}

/** Awaits `promise` expecting an AppFailure-like rejection and returns its code. */
export async function failureCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? `non-coded: ${String(error)}`;
  }
  return 'resolved';
}

/**
 * The renderer's view of `handlers` without IPC: the real client wrapper over
 * the real dispatcher (so every call is validated and gets its Result), with
 * no push channel.
 */
export function inProcessApi(handlers: ApiHandlers): HamishApi {
  return createApiClient(
    (method, args) => dispatch(handlers, method, args),
    () => () => undefined,
  );
}
