/**
 * Stamps of an article's annotation files (issue 19): what the analysis
 * aggregate's file (analysis-store.ts) records beside an article's rows, so
 * that a start can tell which stored rows still match the files without
 * reading them. A stamp is the size, modification time (ns) and inode of
 * annotations/<id>.json and of its journal (absent files stamp as "-"):
 * every save appends to the journal (its size grows) or replaces the
 * snapshot by a rename (a new inode), so any change made by any process
 * changes the stamp. A stamp is taken before the annotations are read, so a
 * change racing the read leaves an older stamp (read again next time), never
 * a newer one.
 */

import { stat } from 'node:fs/promises';
import type { LibraryPaths } from '../library/library-paths';
import { journalPathOf } from '../library/annotation-journal';

/** Stats run at once while stamping many articles. */
const PARALLEL = 16;

async function fileStamp(path: string): Promise<string> {
  try {
    const s = await stat(path, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ino}`;
  } catch {
    return '-';
  }
}

/** The stamp of article `id`'s annotation files (snapshot and journal). */
export async function annotationStamp(paths: LibraryPaths, id: string): Promise<string> {
  const snapshot = paths.annotations(id);
  const [a, b] = await Promise.all([fileStamp(snapshot), fileStamp(journalPathOf(snapshot))]);
  return `${a}|${b}`;
}

/** The stamps of `ids`, PARALLEL articles at a time. */
export async function annotationStamps(
  paths: LibraryPaths,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const id = ids[next++] as string;
      out.set(id, await annotationStamp(paths, id));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return out;
}
