/**
 * Opening the preferences file so that a damaged one is never wiped: if the
 * store cannot be read, or holds values of the wrong shape, the file is
 * renamed aside (preferences.corrupt-<timestamp>.json) and a fresh store with
 * the defaults is opened; the caller tells the user. Plain Node: the store
 * factory is passed in (electron-store in the app, its engine `conf` in tests).
 */

import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** File name the app's store uses inside its folder. */
export const PREFERENCES_FILE = 'preferences.json';

/** Where a damaged preferences file is kept. */
export function asideName(at: Date): string {
  return `preferences.corrupt-${at.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** Parses the text of a preferences file; a leading UTF-8 byte order mark (Notepad writes one) is not an error. */
export function parsePreferencesText(text: string): unknown {
  return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
}

/** Whether the file at `path` is missing, or holds JSON that `valid` accepts. */
function usable(path: string, valid: (data: unknown) => boolean): boolean {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  try {
    return valid(parsePreferencesText(raw));
  } catch {
    return false;
  }
}

/**
 * Checks the file first (the store would merge its defaults into it on
 * open), keeping it aside when it does not parse or `valid` refuses it, then
 * opens the store with `create`. `setAside` is the absolute path of the kept
 * file, or null.
 */
export function openPreferencesFile<S>(
  cwd: string,
  create: () => S,
  valid: (data: unknown) => boolean,
  at: Date = new Date(),
): { store: S; setAside: string | null } {
  const file = join(cwd, PREFERENCES_FILE);
  if (usable(file, valid)) {
    try {
      return { store: create(), setAside: null };
    } catch {
      // The store could not read it after all: kept aside below.
    }
  }
  const aside = join(cwd, asideName(at));
  renameSync(file, aside);
  return { store: create(), setAside: aside };
}
