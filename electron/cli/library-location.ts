/**
 * Opens the library a command names, refusing a folder that holds none: a
 * mistyped --library must not silently become a new empty library. Reading
 * commands never create one; writing commands do only with --create.
 */

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Library } from '../services/library/library';
import type { LockRequest } from '../services/library/library-lock';
import { NoLibraryError } from './messages';

/** True when `dir` holds a Hamish library (its index.json). */
export function isLibrary(dir: string): boolean {
  return existsSync(join(dir, 'index.json'));
}

/**
 * Opens the library in `dir` (made absolute). Throws NoLibraryError when there
 * is none, unless `writing && create`, in which case a new one is made there.
 */
export async function openLibrary(
  dir: string,
  writing: boolean,
  create: boolean,
  /** For a writing command: the library's lock, named for the command (library-lock.ts). */
  lock: LockRequest,
  /** The local coder (issue 20): recorded on what the command creates, the coder of the unauthored. */
  coder?: string,
  /** The command takes --create (adopt writes but never makes a library): the error suggests it. */
  creatable = writing,
): Promise<Library> {
  const absolute = resolve(dir);
  if (!isLibrary(absolute) && !(writing && create)) throw new NoLibraryError(absolute, writing && creatable);
  // A reading command takes no lock and writes nothing, so it works while the app runs.
  return Library.open(absolute, { access: writing ? lock : 'read-only', coder: () => coder });
}
