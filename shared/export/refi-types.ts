/**
 * The shapes a REFI-QDA (.qdpx) import shows the user and reports: the
 * preview with each code's proposed tag, the user's choices, and what the
 * import did. Shared by main (electron/services/exchange/refi/), the IPC
 * contract, the import dialog and the command line.
 */

import type { ImportReport } from './export-request';

/** What becomes of a code: an existing tag, a new tag added to the scheme, or nothing (its selections are left out). */
export type CodeChoice = { tag: string } | 'new' | 'skip';

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

/** Something of the file the importer left out, and why (English, for the report). */
export interface RefiSkipped {
  what: string;
  reason: string;
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
  /** Ids of the tags added to the scheme. */
  tagsAdded: string[];
  skipped: RefiSkipped[];
}
