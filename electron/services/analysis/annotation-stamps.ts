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
 * a newer one. Many stamps are taken with synchronous stats in chunks,
 * the event loop let run between chunks: measured on 10,000 articles, 110 ms
 * of CPU against 430 ms for the same stats through the thread pool.
 */

import { statSync } from 'node:fs';
import type { LibraryPaths } from '../library/library-paths';
import { journalPathOf } from '../library/annotation-journal';

/** Articles stamped between two turns of the event loop (about 10 ms). */
const CHUNK = 1000;

function fileStamp(path: string): string {
  try {
    const s = statSync(path, { bigint: true, throwIfNoEntry: false });
    return s ? `${s.size}:${s.mtimeNs}:${s.ino}` : '-';
  } catch {
    return '-'; // unreadable: a stamp no stored one equals after it is readable again
  }
}

/** The stamp of article `id`'s annotation files (snapshot and journal); synchronous, two stats. */
export function annotationStamp(paths: LibraryPaths, id: string): string {
  const snapshot = paths.annotations(id);
  return `${fileStamp(snapshot)}|${fileStamp(journalPathOf(snapshot))}`;
}

/** The stamps of `ids`, CHUNK articles per turn of the event loop. */
export async function annotationStamps(
  paths: LibraryPaths,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let at = 0; at < ids.length; at += CHUNK) {
    if (at > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const id of ids.slice(at, at + CHUNK)) out.set(id, annotationStamp(paths, id));
  }
  return out;
}
