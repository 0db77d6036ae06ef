/**
 * The files a folder import takes: every non-hidden file under the folder,
 * recursively, sorted by path, skipping any Hamish library found inside it
 * (its index.json beside an articles/ folder) — a library's own files are
 * never articles, and a library kept in the folder being imported (the
 * default "library next to my articles" layout) would otherwise fill the
 * report with refusals of index.json, taxonomy.json and the lock file.
 */

import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AppFailure } from '../../../shared/result';
import { MAX_IMPORT_FILES } from '../../../shared/schema/limits';

/** Most files one folder import looks at (the rest is reported as not imported). */
export const MAX_FOLDER_FILES = MAX_IMPORT_FILES;

/** True when `folder` holds a Hamish library: its index.json and its articles/ folder. */
const isLibraryFolder = (folder: string): boolean =>
  existsSync(join(folder, 'index.json')) && existsSync(join(folder, 'articles'));

/**
 * Every non-hidden file under `dir` (recursively), sorted by path, at most
 * `limit` of them; folders holding a Hamish library are left out whole (also
 * `dir` itself, which then gives no file). Throws AppFailure 'file-unreadable'
 * (naming the folder) when a folder cannot be read.
 */
export async function collectFolder(dir: string, limit = MAX_FOLDER_FILES): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    if (isLibraryFolder(folder)) return;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppFailure('file-unreadable', `Could not read the folder ${folder}: ${reason}`, {
        file: folder,
      });
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (found.length >= limit) return;
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  await walk(dir);
  return found;
}
