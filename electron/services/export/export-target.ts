/**
 * Where an export may be written: never inside the library folder it comes
 * from (an export named like annotations/<id>.json or index.json would
 * replace the library's own file). Symbolic links are followed, so a link
 * into the library is caught too.
 */

import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { AppFailure } from '../../../shared/result';

/** The real path of `path`, or of its nearest existing ancestor with the rest of `path` after it. */
async function realPathOf(path: string): Promise<string> {
  let head = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(await realpath(head), ...rest);
    } catch {
      const parent = dirname(head);
      if (parent === head) return resolve(path);
      rest.unshift(basename(head));
      head = parent;
    }
  }
}

/**
 * Throws AppFailure('inside-library', { file: path }) when the export target
 * `path` (a file, or brat's folder) is the library folder `libraryDir` or
 * inside it; resolves otherwise. Nothing is written either way.
 */
export async function assertOutsideLibrary(libraryDir: string, path: string): Promise<void> {
  const from = relative(await realPathOf(libraryDir), await realPathOf(path));
  if (from === '' || (!from.startsWith('..') && !isAbsolute(from))) {
    throw new AppFailure('inside-library', `${path} is inside the library folder ${libraryDir}`, {
      file: path,
    });
  }
}
