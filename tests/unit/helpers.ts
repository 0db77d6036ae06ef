/** Shared helpers for unit tests: fresh temp folders and the fixtures' paths. */

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { dispatch } from '../../electron/services/api-dispatch';
import type { Services } from '../../electron/services/services';
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

/** What a persisted annotation looks like to the tests (the fields they check). */
export interface StoredAnnotation {
  id: string;
  start: number;
  end: number;
  tag: string;
  [field: string]: unknown;
}

/**
 * The annotations of article `id` as they are on disk in the library `dir`,
 * read independently of the library's code: annotations/<id>.json (absent:
 * none), then every complete line of annotations/<id>.journal applied in
 * order (a put replaces by id or adds, a del removes), sorted by start, end,
 * createdAt and id as the library lists them.
 */
export async function storedAnnotations(dir: string, id: string): Promise<StoredAnnotation[]> {
  const read = (name: string) =>
    readFile(join(dir, 'annotations', name), 'utf8').catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    });
  const snapshot = await read(`${id}.json`);
  const byId = new Map<string, StoredAnnotation>();
  if (snapshot !== null) {
    for (const a of (JSON.parse(snapshot) as { annotations: StoredAnnotation[] }).annotations)
      byId.set(a.id, a);
  }
  const lines = ((await read(`${id}.journal`)) ?? '').split('\n').slice(0, -1);
  for (const line of lines) {
    const change = JSON.parse(line) as { put: StoredAnnotation[]; del: string[] };
    for (const a of change.put) byId.set(a.id, a);
    for (const gone of change.del) byId.delete(gone);
  }
  const key = (a: StoredAnnotation) => [a.start, a.end, String(a['createdAt']), a.id] as const;
  return [...byId.values()].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]) || x[3].localeCompare(y[3]);
  });
}

/**
 * Waits until the work createServices starts in the background at open is
 * over: the start-up check, the search index's sync and the analysis
 * aggregate's build (its file written). A test comparing the library folder
 * before and after one call must wait for this first, or it also sees those
 * caches being written, whenever the scheduler lets them run.
 */
export async function servicesSettled(services: Services): Promise<void> {
  await services.library.checkDone;
  await services.search.ready();
  await services.analysis.aggregate.current();
}
