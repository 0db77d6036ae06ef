/**
 * The shapes a REFI-QDA (.qdpx) import shows the user and reports: the
 * preview with each code's proposed tag, the user's choices, and what the
 * import did. Shared by main (electron/services/exchange/refi/), the IPC
 * contract, the import dialog and the command line.
 */

import type { ImportReport } from './export-request';

/** What becomes of a code: an existing tag, a new tag added to the scheme, or nothing (its selections are left out). */
export type CodeChoice = { tag: string } | 'new' | 'skip';

/** The user's choice for one code, as the import dialog sends it. */
export interface CodeChoiceEntry {
  guid: string;
  choice: CodeChoice;
}

/** One code of the file with the proposed (or chosen) choice and how many selections use it. */
export interface CodeMapping {
  /** The code's GUID, lower-case without braces. */
  guid: string;
  /** Names from the outermost code to this one. */
  path: string[];
  color?: string;
  /** Coded selections of the file that use it. */
  uses: number;
  choice: CodeChoice;
}

/**
 * Why part of a .qdpx was left out: a picture, PDF, audio or video source;
 * a text source whose text is not in the file, or is empty; a selection with
 * no code, or whose code the user chose to skip, or whose position holds no
 * text; a coding of a whole source; an entity (case) the library lacks.
 */
export const REFI_SKIP_REASONS = [
  'not-text-source',
  'no-plain-text',
  'empty-source',
  'no-code',
  'unmapped-code',
  'outside-text',
  'whole-source-coding',
  'unknown-entity',
] as const;
export type RefiSkipReason = (typeof REFI_SKIP_REASONS)[number];

/** Something of the file the importer left out (`what` names it as the file does), and why. */
export interface RefiSkipped {
  what: string;
  reason: RefiSkipReason;
}

/** What a .qdpx holds, before anything is written. */
export interface RefiPreview {
  /** The file the user chose (passed back to import it). */
  path: string;
  /** The project's name and the application that wrote it. */
  name: string;
  origin: string;
  sources: number;
  selections: number;
  users: string[];
  codes: CodeMapping[];
  skipped: RefiSkipped[];
}

/** What a .qdpx import did: the merge counts, the tags it added, what it left out. */
export interface RefiImportReport extends ImportReport {
  /** Ids of the tags added to the scheme (their number is tagsAdded). */
  tagIdsAdded: string[];
  skipped: RefiSkipped[];
}
