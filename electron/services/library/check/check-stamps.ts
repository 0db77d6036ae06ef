/**
 * Check stamps (<library>/check-stamps.json): for each per-article file the
 * background check verified, the size and modification time it had then.
 * A file whose size and mtime still match is not read, parsed and hashed
 * again on the next start; any write (the app's atomic rename, or an outside
 * edit) changes its mtime, so it is verified again. As in git's "racily
 * clean" rule, a stamp taken less than RACY_MS after the file's mtime is not
 * trusted (a same-size rewrite within one clock tick would keep the mtime).
 * The file is a cache: unreadable or invalid, it is ignored and rewritten.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../storage/atomic-write';
import { Slicer } from '../../storage/slicer';

/** File name of the stamps, in the library folder (not backed up: it is rebuilt by the next check). */
export const CHECK_STAMPS_FILE = 'check-stamps.json';

/** A stamp newer than this after the file's mtime is trusted; closer ones are "racy" and re-verified. */
export const RACY_MS = 2000;

/** What a stamp compares: the file's size and modification time (fs.Stats fields). */
export interface FileStat {
  size: number;
  mtimeMs: number;
}

/** [size, mtimeMs, verifiedAtMs] */
type Stamp = [number, number, number];

/** Checked by hand rather than with zod: 20,000 entries are validated in a few ms. */
function isStamp(value: unknown): value is Stamp {
  return Array.isArray(value) && value.length === 3 && value.every((n) => typeof n === 'number');
}

/** The stamps in a parsed file, or null when it is not a stamps file; in slices (200,000 at 100k articles). */
async function stampsOf(json: unknown): Promise<Map<string, Stamp> | null> {
  if (typeof json !== 'object' || json === null) return null;
  const { version, files } = json as { version?: unknown; files?: unknown };
  if (version !== 1 || typeof files !== 'object' || files === null || Array.isArray(files)) return null;
  const stamps = new Map<string, Stamp>();
  const slices = new Slicer();
  for (const file in files) {
    if (!Object.hasOwn(files, file)) continue;
    const stamp = (files as Record<string, unknown>)[file];
    if (isStamp(stamp)) stamps.set(file, stamp);
    if (slices.due) await slices.next();
  }
  return stamps;
}

export class CheckStamps {
  private dirty = false;

  private constructor(
    private readonly path: string,
    private readonly files: Map<string, Stamp>,
  ) {}

  /** Loads the stamps of the library in `dir`; none when the file is missing or invalid. */
  static async load(dir: string): Promise<CheckStamps> {
    const path = join(dir, CHECK_STAMPS_FILE);
    try {
      const stamps = await stampsOf(JSON.parse(await readFile(path, 'utf8')));
      if (stamps) return new CheckStamps(path, stamps);
    } catch {
      // Missing or not JSON: start with no stamps (every file is verified).
    }
    return new CheckStamps(path, new Map());
  }

  /**
   * No stamps, for the library in `dir`: every file is verified again. Used
   * when index.json was rebuilt, since a stamp also vouches that the index's
   * counts follow its file, and the rebuilt index has no counts.
   */
  static none(dir: string): CheckStamps {
    return new CheckStamps(join(dir, CHECK_STAMPS_FILE), new Map());
  }

  /** Whether `file` (relative path) was verified with exactly this size and mtime, not racily. */
  isFresh(file: string, stat: FileStat): boolean {
    const stamp = this.files.get(file);
    if (!stamp) return false;
    const [size, mtimeMs, verifiedAt] = stamp;
    return size === stat.size && mtimeMs === stat.mtimeMs && verifiedAt - mtimeMs >= RACY_MS;
  }

  /** Records that `file` was verified now with `stat` (a racy stamp, never trusted, is not kept). */
  record(file: string, stat: FileStat, now = Date.now()): void {
    if (now - stat.mtimeMs < RACY_MS) {
      this.forget(file);
      return;
    }
    this.files.set(file, [stat.size, stat.mtimeMs, now]);
    this.dirty = true;
  }

  /** Forgets `file` (quarantined or gone). */
  forget(file: string): void {
    if (this.files.delete(file)) this.dirty = true;
  }

  /** Writes the stamps atomically if anything changed since the last save. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const files = Object.fromEntries(this.files);
    try {
      await writeFileAtomic(this.path, `${JSON.stringify({ version: 1, files })}\n`);
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }
}
