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
  /**
   * Files added, with the words of text kept; `shortfall` is set when an HTML
   * page's kept text is much shorter than its main text ("only 68 words were
   * kept from a page of 1,900").
   */
  added: {
    file: string;
    id: string;
    title: string;
    words: number;
    shortfall?: { keptWords: number; pageWords: number };
  }[];
  /** Files whose canonical text is already in the library (not added again). */
  duplicates: { file: string; existingId: string; existingTitle: string; words: number }[];
  /** Files refused, with the reason as an error code the UI translates (params.file names the file). */
  refused: { file: string; code: ErrorCode; message: string; params: Record<string, string | number> }[];
  /** True when the user cancelled before every file was handled. */
  cancelled: boolean;
}
