/**
 * The shapes of the library's files (from shared/schema/, the one source
 * of every shape), validated whenever they are read (a file is input like
 * any other), and a helper that opens a validated
 * lowdb file, reporting a corrupt one as AppFailure('storage-failed').
 */

import type { Low } from 'lowdb';
import type { z } from 'zod';
import { AppFailure } from '../../../shared/result';
import { CorruptFileError, openJsonFile, type JsonFileOptions } from '../storage/json-file';

export {
  annotationsFileSchema,
  articleFileSchema,
  indexFileSchema,
  taxonomySchema,
  type AnnotationsFile,
  type ArticleFile,
  type IndexFile,
} from '../../../shared/schema/library-file-schemas';

function storageFailure(path: string, message: string): AppFailure {
  return new AppFailure('storage-failed', `${path}: ${message}`, {
    file: path,
  });
}

/**
 * Opens `path` as a Low whose data is checked against `schema`; keeps
 * `defaultData` (unwritten) when the file does not exist. A file that does
 * not parse or does not match is reported, never replaced.
 */
export async function openValidated<T>(
  path: string,
  schema: z.ZodType<T>,
  defaultData: T,
  options?: JsonFileOptions,
): Promise<{ db: Low<T>; existed: boolean }> {
  let opened: { db: Low<T>; existed: boolean };
  try {
    opened = await openJsonFile<T>(path, defaultData, options);
  } catch (error) {
    if (error instanceof CorruptFileError) throw storageFailure(path, 'not valid JSON');
    throw storageFailure(path, error instanceof Error ? error.message : String(error));
  }
  if (opened.existed) {
    const parsed = schema.safeParse(opened.db.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw storageFailure(
        path,
        `unexpected content at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
      );
    }
    opened.db.data = parsed.data;
  }
  return opened;
}

/** Runs a write, reporting any failure as AppFailure('storage-failed'); `write` is called synchronously. */
export async function persist<T = void>(path: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    const code = (error as NodeJS.ErrnoException | null)?.code;
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? `the library folder is read-only (${code}: no permission to write there)`
        : error instanceof Error
          ? error.message
          : String(error);
    throw new AppFailure('storage-failed', `Could not write ${path}: ${reason}`, { file: path });
  }
}
