/**
 * Check stamps (<library>/check-stamps.tsv): for each per-article file the
 * background check verified, the size and modification time it had then.
 * A file whose size and mtime still match is not read, parsed and hashed
 * again on the next start; any write (the app's atomic rename, or an outside
 * edit) changes its mtime, so it is verified again. As in git's "racily
 * clean" rule, a stamp taken less than RACY_MS after the file's mtime is not
 * trusted (a same-size rewrite within one clock tick would keep the mtime).
 * The file is a cache, read and written in slices (stamps-file.ts: at
 * 100,000 articles it holds 200,000 stamps); torn, damaged, unreadable or of
 * another version, it is ignored whole and rewritten by the next check.
 */

import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../../storage/atomic-write';
import { decodeStamps, encodeStamps, type Stamp } from './stamps-file';

/** File name of the stamps, in the library folder (not backed up: it is rebuilt by the next check). */
export const CHECK_STAMPS_FILE = 'check-stamps.tsv';

/** The stamps file of earlier versions (one JSON object): removed once the new one is written. */
const LEGACY_STAMPS_FILE = 'check-stamps.json';

/** A stamp newer than this after the file's mtime is trusted; closer ones are "racy" and re-verified. */
export const RACY_MS = 2000;

/** What a stamp compares: the file's size and modification time (fs.Stats fields). */
export interface FileStat {
  size: number;
  mtimeMs: number;
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
      const stamps = await decodeStamps(await readFile(path));
      if (stamps) return new CheckStamps(path, stamps);
    } catch {
      // Missing or unreadable: start with no stamps (every file is verified).
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

  /**
   * Writes the stamps atomically (encoded in slices) if anything changed
   * since the last save, then removes the stamps file of earlier versions.
   * Never rejects: the stamps are a cache, and failing to write them must not
   * cut the check short; the failure is logged and the next save tries again.
   */
  async save(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      await writeFileAtomic(this.path, await encodeStamps(this.files));
      await rm(join(dirname(this.path), LEGACY_STAMPS_FILE), { force: true });
    } catch (error) {
      this.dirty = true;
      console.error('check stamps not saved', error);
    }
  }
}
