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
  /**
   * Files not added because they likely duplicate a library article: the same
   * canonical URL, the same text after the search normaliser, or a near-total
   * overlap (`similarity`: estimated Jaccard of 5-word shingles, ≥ 0.85).
   */
  duplicates: {
    file: string;
    existingId: string;
    existingTitle: string;
    words: number;
    reason: 'same-url' | 'same-text' | 'near-duplicate';
    similarity: number;
  }[];
  /** Files refused, with the reason as an error code the UI translates (params.file names the file). */
  refused: { file: string; code: ErrorCode; message: string; params: Record<string, string | number> }[];
  /** True when the user cancelled before every file was handled. */
  cancelled: boolean;
}
