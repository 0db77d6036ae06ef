/**
 * Low-level helpers of the start-up check: removing temp files left by an
 * interrupted atomic write, and moving a damaged file into
 * <library>/quarantine/<timestamp>-<name> (never deleting it).
 */

import { copyFile, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';

/** The hidden temp names writeFileAtomic uses: ".<name>.<12 hex>.tmp". */
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Whether `name` is a temp file of an interrupted atomic write. */
export function isTempFileName(name: string): boolean {
  return TEMP_FILE.test(name);
}

/** Removes leftover temp files directly inside each of `dirs`; returns how many. */
export async function removeTempFiles(dirs: readonly string[]): Promise<number> {
  let removed = 0;
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter(isTempFileName)) {
      await rm(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}

/** A file-name-safe timestamp, e.g. 2026-11-25T12-04-05-123Z. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Moves `file` (inside `libraryDir`) to quarantine/<timestamp>-<relative path
 * with "/" as "-">, adding a counter if that name is taken; with `copy`, puts
 * a durable copy there and leaves `file` in place (to be repaired). Returns
 * the new path relative to the library folder.
 */
export async function quarantineFile(
  libraryDir: string,
  file: string,
  at: Date,
  copy = false,
): Promise<string> {
  const folder = join(libraryDir, 'quarantine');
  await mkdir(folder, { recursive: true });
  const flat = relative(libraryDir, file).split(sep).join('-');
  const stem = `${fileTimestamp(at)}-${flat}`;
  const taken = new Set(await readdir(folder));
  let name = stem;
  for (let n = 2; taken.has(name); n++) name = `${stem}.${n}`;
  const target = join(folder, name);
  if (copy) {
    await copyFile(file, target);
    const handle = await open(target, 'r');
    await handle.sync().finally(() => handle.close());
  } else {
    await rename(file, target);
  }
  await fsyncDir(folder);
  await fsyncDir(dirname(file));
  return `quarantine/${basename(target)}`;
}
