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
  /** Articles added so far: only those the list of articles on disk holds (a folder is listed in chunks). */
  added: number;
  duplicates: number;
  refused: number;
  finished: boolean;
}

export interface BatchImportReport {
  total: number;
  /**
   * Files added (each listed in the index on disk before it is counted), with the words of text kept; `shortfall` is set when an HTML
   * page's kept text is much shorter than its main text ("only 68 words were
   * kept from a page of 1,900").
   */
  added: {
    file: string;
    id: string;
    title: string;
    words: number;
    shortfall?: { keptWords: number; pageWords: number };
    /**
     * Set when an HTML page holds body copy hidden on it (display:none, the
     * hidden attribute, aria-hidden) that the kept text lacks: its word count.
     */
    hidden?: { words: number };
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
    /** Names the held-back import for `resolveDuplicate`; absent once the choice is applied. */
    pendingId?: string;
    /** Set when a choice other than skip was applied during the batch (CLI `--on-duplicate`). */
    outcome?: DuplicateOutcome;
  }[];
  /** Files refused, with the reason as an error code the UI translates (params.file names the file). */
  refused: { file: string; code: ErrorCode; message: string; params: Record<string, string | number> }[];
  /** True when the user cancelled before every file was handled. */
  cancelled: boolean;
}

/** What to do with a likely duplicate: leave it out, add it beside the old one, or replace the old one. */
export const DUPLICATE_CHOICES = ['skip', 'keep', 'replace'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

/**
 * The result of applying a duplicate choice. `articleId` is the article added
 * (null for skip); for replace, `trashedId` is the old article (now in the
 * trash, restorable), `moved` the annotations re-anchored onto the new text and
 * `orphaned` those whose quote is not in the new text: they stay on the
 * trashed article, never deleted.
 */
export interface DuplicateOutcome {
  choice: DuplicateChoice;
  articleId: string | null;
  trashedId: string | null;
  moved: number;
  orphaned: number;
}
