/**
 * lowdb storage for one JSON file: reads (null when the file does not exist,
 * a clear error when it does not parse) and writes durably via
 * writeFileAtomic. One adapter, and one Low, per file.
 */

import { readFile } from 'node:fs/promises';
import { Low, type Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write';

/** Thrown when a storage file exists but is not valid JSON; the file is left untouched. */
export class CorruptFileError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`${path} is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'CorruptFileError';
  }
}

export interface JsonFileOptions {
  /** Indent with 2 spaces (default true); large files may prefer compact JSON. */
  pretty?: boolean;
  /** Fsync the folder after each write (default true); see AtomicWriteOptions. */
  syncDir?: boolean;
}

/** A lowdb Adapter over one JSON file with atomic, fsynced writes. */
export class JsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly options: JsonFileOptions = {},
  ) {}

  /** The parsed content, or null when the file does not exist. Throws CorruptFileError on bad JSON. */
  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return JSON.parse(raw) as T;
    } catch (error) {
      throw new CorruptFileError(this.path, error);
    }
  }

  /** Serialises `data` now and resolves once it is durably written. */
  write(data: T): Promise<void> {
    const json = this.options.pretty === false ? JSON.stringify(data) : JSON.stringify(data, null, 2);
    return writeFileAtomic(this.path, `${json}\n`, { syncDir: this.options.syncDir !== false });
  }
}

/**
 * Opens a Low over `path`: reads it, or keeps `defaultData` when the file does
 * not exist (nothing is written until `write()`). `existed` tells which.
 */
export async function openJsonFile<T>(
  path: string,
  defaultData: T,
  options?: JsonFileOptions,
): Promise<{ db: Low<T>; existed: boolean }> {
  const adapter = new JsonFile<T>(path, options);
  const db = new Low<T>(adapter, defaultData);
  const data = await adapter.read();
  if (data !== null) db.data = data;
  return { db, existed: data !== null };
}
