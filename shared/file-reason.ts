/**
 * Why a file could not be read, in four words every door shares: the
 * importer puts it in a refusal's params.reason, the CLI and the import
 * panel word it ("does not exist", "permission denied", "is a folder").
 * Pure: reads Node's error codes (ENOENT, EACCES…) as plain strings.
 */

/** Why a file operation failed. */
export type FileReason = 'missing' | 'denied' | 'not-a-file' | 'other';

const REASONS: Record<string, FileReason> = {
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EACCES: 'denied',
  EPERM: 'denied',
  EROFS: 'denied',
  EISDIR: 'not-a-file',
};

export const FILE_REASONS: readonly string[] = [
  'missing',
  'denied',
  'not-a-file',
  'other',
] satisfies FileReason[];

/** `value` (a failure's params.reason) as a FileReason; 'other' when it is none. */
export function reasonOf(value: unknown): FileReason {
  return typeof value === 'string' && FILE_REASONS.includes(value) ? (value as FileReason) : 'other';
}

/** Why a file operation failed, from a Node error or the app's message text. */
export function fileReason(detail: unknown): FileReason {
  const code =
    typeof detail === 'object' && detail !== null ? (detail as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && REASONS[code]) return REASONS[code];
  const text = detail instanceof Error ? detail.message : String(detail);
  const named = /\b(ENOENT|ENOTDIR|EACCES|EPERM|EROFS|EISDIR)\b/u.exec(text)?.[1];
  if (named) return REASONS[named] ?? 'other';
  return /not a regular file|is a folder/u.test(text) ? 'not-a-file' : 'other';
}
