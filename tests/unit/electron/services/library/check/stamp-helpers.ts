/**
 * Helpers of the check stamps tests: files aged as if written in an earlier
 * session (so their stamps are not racy), and an edit a stamp cannot see.
 */

import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Sets every per-article file's mtime a minute back, as files written in an earlier session. */
export async function ageFiles(dir: string): Promise<void> {
  const then = new Date(Date.now() - 60_000);
  for (const sub of ['articles', 'annotations']) {
    for (const name of await readdir(join(dir, sub))) await utimes(join(dir, sub, name), then, then);
  }
}

/** Replaces one Arabic word of an article file by another of the same byte length, keeping the mtime. */
export async function sameSizeEdit(path: string): Promise<string> {
  const before = await stat(path);
  const edited = (await readFile(path, 'utf8')).replace('القاهرة', 'الزقازيق'.slice(0, 7));
  expect(Buffer.byteLength(edited)).toBe(before.size);
  await writeFile(path, edited);
  await utimes(path, before.atime, before.mtime);
  return edited;
}
