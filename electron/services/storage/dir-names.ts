/**
 * The names in a folder, read in batches (issue 17): `readdir` hands all of
 * a folder's names to main in one callback, which at 100,000 articles (an
 * articles/ and an annotations/ folder of 100,000+ entries each, listed
 * twice by the start-up check) held main's event loop for 200–300 ms under
 * load. `opendir` reads a batch of entries per call through the thread pool,
 * so main only ever turns a batch's names into strings at once.
 */

import { opendir } from 'node:fs/promises';

/** Entries read per call: ~1 ms of main's time to turn into strings. */
const BATCH = 1000;

/**
 * The names of the entries of `dir` (files and folders, in the file
 * system's order); empty when it is missing or cannot be read, as
 * `readdir(dir).catch(() => [])` was.
 */
export async function dirNames(dir: string, batch = BATCH): Promise<string[]> {
  const names: string[] = [];
  try {
    for await (const entry of await opendir(dir, { bufferSize: batch })) names.push(entry.name);
  } catch {
    return [];
  }
  return names;
}
