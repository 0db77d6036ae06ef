/**
 * Rolling backups of the library as the UI sees them: names, kinds and the
 * summary shown in "Restore from backup". Names are validated before they
 * become paths (they are the only file names the renderer may send).
 */

/**
 * "2026-11-25" for a daily backup; "2026-11-25-before-restore-143005" (with
 * "-2", "-3"… when several restores share a second) for the copy made before a restore.
 */
export const BACKUP_NAME = /^\d{4}-\d{2}-\d{2}(-before-restore-\d{6}(-\d{1,3})?)?$/;

/** How many backups of each kind are kept. */
export const BACKUPS_KEPT = 7;

export type BackupKind = 'daily' | 'before-restore';

export interface BackupInfo {
  name: string;
  kind: BackupKind;
  /** When the copy was made (ISO timestamp). */
  createdAt: string;
  articles: number;
  annotations: number;
}

export interface RestoreResult {
  /** The backup now in place. */
  restored: string;
  /** The backup holding the state from just before the restore. */
  savedAs: string;
}

export function backupKind(name: string): BackupKind {
  return name.includes('before-restore') ? 'before-restore' : 'daily';
}
