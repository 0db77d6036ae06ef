/**
 * Durable file replacement: write a temp file beside the target, fsync it,
 * rename it over the target, fsync the folder. Writes to one path are queued
 * so there is exactly one writer per file; a failed write leaves the previous
 * content in place.
 */

import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { KeyedQueue } from './keyed-queue';
import { takeBatchBuffers, utf8Batches } from './utf8-batches';

/** One write queue per absolute path. */
const queues = new KeyedQueue();

/** Error codes some platforms return when a directory cannot be fsynced; durability there is best effort. */
const DIR_FSYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES']);

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** Name of the temp file used while writing `target`: hidden, in the same folder, random. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Fsyncs the folder `dir` so a rename, creation or removal in it is durable (best effort where unsupported). */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!DIR_FSYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * What a file is replaced with: text (UTF-8), bytes, or pieces of text or bytes written in order
 * (an array, or a generator such as shared/export-format.ts's serializeExportPieces, run once when
 * the write's turn comes).
 * Each text piece is encoded alone: a surrogate pair must not be cut between two pieces.
 */
export type AtomicData = string | Uint8Array | Iterable<string | Uint8Array>;

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
}

/**
 * Writes `pieces` one after another, UTF-8 encoded into batches of 256 KB (utf8-batches.ts): one
 * write per batch, not per piece, each batch written while the next is made.
 */
async function writePieces(handle: FileHandle, pieces: Iterable<string | Uint8Array>): Promise<void> {
  const { buffers, release } = takeBatchBuffers();
  let writing: Promise<void> | undefined;
  try {
    for (const batch of utf8Batches(pieces, buffers)) {
      await writing;
      writing = writeAll(handle, batch);
    }
    await writing;
  } catch (error) {
    // A piece that throws: the batch being written is let finish before the handle is closed.
    await writing?.catch(() => undefined);
    throw error;
  } finally {
    release();
  }
}

async function writeNow(target: string, data: AtomicData, syncDir: boolean): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data, 'utf8');
      else await writePieces(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  if (syncDir) await fsyncDirectory(dirname(target));
}

/** How writeFileAtomic makes a write durable. */
export interface AtomicWriteOptions {
  /**
   * Fsync the folder after the rename (default true). False leaves that to
   * the caller, who fsyncs the folder once for many files (a batch import)
   * before anything refers to them: until then the file may be gone after a crash.
   */
  syncDir?: boolean;
}

/**
 * Atomically replaces the file at `path` with `data` (text as UTF-8, bytes, or pieces of either
 * written one after another, so a large file need not be joined in memory first) and resolves once
 * it is durably on disk (with `syncDir: false`, once its content is: see
 * AtomicWriteOptions). Concurrent calls for the same path run one after
 * another in call order. On failure (a piece that throws included) the temp file is removed, the old
 * file is left intact and the error is rethrown.
 */
export function writeFileAtomic(
  path: string,
  data: AtomicData,
  { syncDir = true }: AtomicWriteOptions = {},
): Promise<void> {
  const target = resolve(path);
  return queues.run(target, () => writeNow(target, data, syncDir));
}
