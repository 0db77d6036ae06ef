/**
 * Screening a run of files for a batch import (issue 17, B11): each file
 * read and reduced to canonical text (import-file.ts), given the id it will
 * have in the library, and checked for a likely duplicate, in order, so
 * that a file is compared with the library and with every earlier file of
 * the import, this run included. One call per run of files: with a search
 * index, a second search worker reads the run and computes its keys, then
 * the index's worker checks them in one request (SearchIndex.duplicateFinder),
 * so main neither extracts nor waits on a worker once per file;
 * DuplicateIndex screens on main for a library without a search index.
 * Plain data only: the results cross the worker boundary by structured clone.
 */

import { randomUUID } from 'node:crypto';
import { AppFailure, type AppError } from '../../../shared/result';
import type { KeyedQueue } from '../storage/keyed-queue';
import type { ImportedArticle } from './import-file';
import type { DuplicateFinder, LikelyDuplicate } from './near-duplicate';

/**
 * One screened file: read (its new article id, the article, the article it
 * likely duplicates or null; a file with none is held as imported by the
 * checker from then on), or refused (why, as the import reports it).
 */
export type ScreenedFile =
  | { ok: true; id: string; imported: ImportedArticle; likely: LikelyDuplicate | null }
  | { ok: false; error: AppError };

/**
 * Checks one read file with its new `id`: resolves to the article it likely
 * duplicates, or null after holding it (so later files are compared with it).
 */
export type ScreenCheck = (
  id: string,
  imported: ImportedArticle,
) => LikelyDuplicate | null | Promise<LikelyDuplicate | null>;

/** The name a report gives the file at `path`. */
export const fileNameOf = (path: string): string => path.split(/[\\/]/u).pop() ?? path;

/** Why a file was refused, as plain data (an unexpected error becomes 'internal', naming the file). */
function refusal(error: unknown, path: string): AppError {
  if (error instanceof AppFailure) return error.toError();
  return new AppFailure('internal', String(error), { file: fileNameOf(path) }).toError();
}

/**
 * `finder.screen(paths)`, never rejecting: when the call fails (the search
 * worker stopped, the index cannot be opened) each file is refused with its error.
 */
export function screenRun(finder: DuplicateFinder, paths: readonly string[]): Promise<ScreenedFile[]> {
  return finder.screen(paths).catch((error: unknown) => {
    const failure = error instanceof AppFailure ? error : new AppFailure('internal', String(error));
    return paths.map((path) => ({
      ok: false as const,
      error: { ...failure.toError(), params: { ...failure.params, file: fileNameOf(path) } },
    }));
  });
}

/** A file read and given its new article id, or refused. */
export type ReadFile = { ok: true; id: string; imported: ImportedArticle } | { ok: false; error: AppError };

/**
 * Reads `paths` for import, all at once (their I/O overlaps), each read
 * file given a fresh article id; in path order. Never rejects for a file.
 */
export async function readFiles(paths: readonly string[]): Promise<ReadFile[]> {
  // Loaded on first use: the search worker starts with the app, most sessions never import.
  const { readImportFile } = await import('./import-file');
  return Promise.all(
    paths.map((path) =>
      readImportFile(path).then(
        (imported): ReadFile => ({ ok: true, id: randomUUID(), imported }),
        (error: unknown): ReadFile => ({ ok: false, error: refusal(error, path) }),
      ),
    ),
  );
}

/**
 * Screens `paths` in order: reads them all at once (readFiles), then checks
 * each read file with `check`, one after another in path order, once every
 * earlier call given the same `turns` has checked its files. Runs screened
 * ahead are read side by side, and a short run can be read before a long
 * one asked for earlier; the turns keep their checks in the order asked, so
 * a file is only ever compared with files before it (never held ahead of an
 * earlier file it duplicates). Never rejects for a file: a refused file is
 * an `ok: false` entry.
 */
export function screenFiles(
  paths: readonly string[],
  check: ScreenCheck,
  turns: KeyedQueue,
): Promise<ScreenedFile[]> {
  const read = readFiles(paths);
  // Handled now, awaited in its turn: a failed read is never an unhandled rejection meanwhile.
  read.catch(() => undefined);
  return turns.run('check', async () => {
    const screened: ScreenedFile[] = [];
    for (const [i, file] of (await read).entries()) {
      if (!file.ok) {
        screened.push(file);
        continue;
      }
      try {
        screened.push({ ...file, likely: await check(file.id, file.imported) });
      } catch (error) {
        screened.push({ ok: false, error: refusal(error, paths[i] ?? '') });
      }
    }
    return screened;
  });
}

/** The failure a refused screened file carries, as the AppFailure the import reports. */
export const failureOf = (error: AppError): AppFailure =>
  new AppFailure(error.code, error.message, error.params);
