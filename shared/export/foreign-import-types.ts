/**
 * The shapes of an import of another annotator's file (brat, W3C/Hypothesis,
 * Label Studio, doccano, CoNLL) that cross the IPC bridge and the command
 * line: the formats, the file the user chose with its detected format, the
 * dry-run preview with each label's proposed tag, the user's label choices
 * and what the import did. Main's parsers live in
 * electron/services/transfer/foreign/.
 */

import type { ImportReport } from './export-request';

/** The formats `hamish import-annotations --from` and the import dialog read besides Hamish JSON and REFI-QDA. */
export const FOREIGN_FORMATS = ['brat', 'w3c', 'labelstudio', 'doccano', 'conll'] as const;
export type ForeignFormat = (typeof FOREIGN_FORMATS)[number];

/** Something of a foreign file that was not imported, and why. */
export interface SkippedItem {
  document: string;
  ref: string;
  reason:
    | 'relation'
    | 'event'
    | 'attribute'
    | 'normalization'
    | 'discontinuous'
    | 'not-found'
    | 'not-text'
    | 'unlinked-note';
}

/** A file the user chose, with its format when its name or content tells it unambiguously (else null). */
export interface ForeignFileChoice {
  path: string;
  format: ForeignFormat | null;
}

/** One label of the file: how many spans carry it and its proposed tag (null: left out; absent: unmapped). */
export interface ForeignLabel {
  label: string;
  uses: number;
  tag?: string | null;
}

/** The user's choice for one label: a tag id of the scheme, or null to leave its spans out. */
export interface LabelChoice {
  label: string;
  tag: string | null;
}

/** What a foreign import did: the merge counts plus what the file had that was not imported. */
export interface ForeignImportReport extends ImportReport {
  skipped: SkippedItem[];
}

/** A foreign file checked without writing: its labels, and the dry run with unmapped labels left out. */
export interface ForeignPreview extends ForeignFileChoice {
  format: ForeignFormat;
  labels: ForeignLabel[];
  dryRun: ForeignImportReport;
}
