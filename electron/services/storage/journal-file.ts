/**
 * Append-only journal files of one JSON line per change (the annotation
 * journals, annotation-journal.ts; the index journal, index-journal.ts).
 * A line counts only once its closing newline is on disk: appending writes
 * the line and its newline in one write, then fsyncs; a failed append cuts
 * the file back to where it was. Reading splits the lines and hands back a
 * last line without its newline (a crash mid-append) as torn, never as a change.
 */

import { open, readFile, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDirectory } from './atomic-write';

/** A journal's complete lines, whether a torn last line (no newline) followed them, and whether the file exists. */
export interface JournalLines {
  lines: string[];
  torn: boolean;
  /** False when there is no journal; true for an empty one too (an append a crash cut before its line). */
  exists: boolean;
}

/** The lines of the journal at `path` (missing: none). Throws only on I/O errors other than ENOENT. */
export async function readJournalLines(path: string): Promise<JournalLines> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], torn: false, exists: false };
    throw error;
  }
  const lines = raw.split('\n');
  const tail = lines.pop() ?? ''; // after the last newline: empty, or a line cut off by a crash
  return { lines, torn: tail !== '', exists: true };
}

/**
 * Appends `line` (which must end with its newline and hold no other) to the
 * journal at `path` and resolves once it is on disk (datasync; the folder is
 * fsynced too when `created`: the journal did not exist before). On a failed
 * write the journal is cut back to its length before (a journal this append
 * created is removed), then the error is rethrown.
 */
export async function appendJournalLine(path: string, line: string, created: boolean): Promise<void> {
  const handle = await open(path, 'a', 0o644);
  try {
    const { size } = await handle.stat();
    try {
      await handle.write(line, null, 'utf8');
      await handle.datasync();
    } catch (error) {
      // A part of the line may be in the file (a full disk): cut it off, so the next line starts clean.
      await handle.truncate(size).catch(() => undefined);
      if (created) await unlink(path).catch(() => undefined);
      throw error;
    }
  } finally {
    await handle.close();
  }
  if (created) await fsyncDirectory(dirname(path));
}

/** Removes the journal at `path` (once its changes are in the snapshot) and makes the removal durable. */
export async function removeJournalFile(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await fsyncDirectory(dirname(path));
}
