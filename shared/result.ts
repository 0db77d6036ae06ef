/**
 * Result values for anything that can fail across a boundary (IPC, files).
 * Errors carry a stable `code` the UI translates, plus optional details
 * (a field path, a file name) to interpolate into the message.
 */

export type ErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'empty-text'
  | 'text-too-large'
  | 'file-unreadable'
  | 'file-too-large'
  | 'file-not-text'
  | 'out-of-range'
  | 'storage-failed'
  | 'cancelled'
  | 'file-unsupported'
  | 'duplicate'
  | 'busy'
  | 'tag-in-use'
  /** The tag scheme changed since the editor read it (a save or undo made on an older one). */
  | 'scheme-changed'
  | 'invalid-taxonomy'
  | 'invalid-import'
  | 'file-damaged'
  | 'inside-library'
  | 'in-claim'
  | 'invalid-claim'
  | 'claim-incomplete'
  | 'invalid-claim-attribute'
  | 'frame-in-use'
  | 'article-in-trash'
  | 'no-such-coder'
  /** The search index's native module (better-sqlite3) could not be loaded: built for another runtime. */
  | 'native-module'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** English developer-facing detail; the UI shows a translated message built from `code` and `params`. */
  message: string;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: ErrorCode,
  message: string,
  params?: Record<string, string | number>,
): Result<T> {
  return { ok: false, error: params ? { code, message, params } : { code, message } };
}

/** Thrown inside services to abort with a specific, user-presentable error. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'AppFailure';
  }

  toError(): AppError {
    return this.params
      ? { code: this.code, message: this.message, params: this.params }
      : { code: this.code, message: this.message };
  }
}
