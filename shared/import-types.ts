/**
 * What a batch import reports: progress events pushed from main while it
 * runs, and the final report (added, duplicates, refused with reasons).
 */

import type { ErrorCode } from './result';

/** Pushed from main to the renderer during a batch import. */
export interface ImportProgress {
  /** Files handled so far. */
  done: number;
  total: number;
  /** Name of the file being imported ("" once finished). */
  current: string;
  added: number;
  duplicates: number;
  refused: number;
  finished: boolean;
}

export interface BatchImportReport {
  total: number;
  added: { file: string; id: string; title: string }[];
  /** Files whose canonical text is already in the library (not added again). */
  duplicates: { file: string; existingId: string; existingTitle: string }[];
  /** Files refused, with the reason as an error code the UI translates (params.file names the file). */
  refused: { file: string; code: ErrorCode; message: string; params: Record<string, string | number> }[];
  /** True when the user cancelled before every file was handled. */
  cancelled: boolean;
}
