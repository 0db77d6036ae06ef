/**
 * Reading index.json after a library opened from its head (index-head.ts):
 * in the background, before the deep check starts, or at once when a caller
 * needs the whole list sooner (a synchronous read, the cost the open used
 * to pay). A damaged or missing index.json found here gets the open-time
 * treatment (library-check.ts: quarantined, rebuilt) and the library state
 * is told to re-list (the caller emits 'reset').
 */

import { readFileSync } from 'node:fs';
import { AppFailure } from '../../../shared/result';
import { checkIndexOnOpen, readChecked, type Checker, type OpenCheck } from './check/library-check';
import { isPlainValidIndex } from './check/index-fast-check';
import { readIndexInSlices } from './index-slices';
import { indexFileSchema, type IndexFile } from './library-files';
import type { LibraryIndex } from './library-index';
import type { LibraryPaths } from './library-paths';

/**
 * index.json at `path`, read, parsed and validated synchronously. Throws
 * AppFailure('storage-failed') when it is missing or invalid (the
 * background load quarantines and rebuilds it).
 */
export function readIndexSync(path: string): IndexFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppFailure('storage-failed', `${path}: ${(error as Error).message}`, { file: path });
  }
  if (isPlainValidIndex(json)) return json;
  const parsed = indexFileSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new AppFailure('storage-failed', `${path}: not a valid index; it is being rebuilt`, { file: path });
}

/** What completing a deferred load needs from the loaded library. */
export interface DeferredLoad {
  paths: LibraryPaths;
  index: LibraryIndex;
  checker: Checker;
  /** The open-time check's findings; the index's part is filled in here when the index had to be rebuilt. */
  opened: OpenCheck;
}

/**
 * Gives `index` its whole list when it was opened from its head and has not
 * loaded it yet: index.json read and validated in slices, or, when
 * it is missing or damaged, the open-time index check run now (quarantine,
 * rebuild, journal fold). Resolves true when the list differs from what the
 * head promised (rebuilt), so the caller tells observers to re-list.
 */
export async function completeIndexLoad(loaded: DeferredLoad): Promise<boolean> {
  const { index, paths, checker, opened } = loaded;
  if (index.loaded) return false;
  // In slices, main never blocked long (index-slices.ts); an unusual file is read whole and zod decides.
  const sliced = await readIndexInSlices(paths.index);
  if (sliced) {
    index.settle(sliced);
    return false;
  }
  const read = await readChecked(paths.index, indexFileSchema, isPlainValidIndex);
  // A caller that needed the list sooner read it synchronously: settle() then keeps that one.
  if (read.status === 'ok') {
    index.settle(read.data);
    return false;
  }
  const checked = await checkIndexOnOpen(paths, checker);
  Object.assign(opened, checked);
  index.settle(checked.index ?? { version: 1, seeded: index.seeded, articles: [] }, false);
  await index.refreshHead();
  return true;
}
