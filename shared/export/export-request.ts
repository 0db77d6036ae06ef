/**
 * What the user asks to export: which articles, in which format, how. Shared
 * by the IPC contract, the export dialog and the command line.
 */

/** json: Hamish JSON; w3c: Web Annotation JSON-LD; csv: spreadsheet rows; brat: a folder of standoff files. */
export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'brat'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What to do when an imported annotation has the id of a different local one. */
export const CONFLICT_POLICIES = ['keep-both', 'keep-mine', 'take-theirs'] as const;
export type ConflictPolicy = (typeof CONFLICT_POLICIES)[number];

export interface ExportRequest {
  format: ExportFormat;
  /** Articles to export, in this order; absent: the whole library. */
  articleIds?: string[];
  /** Hamish JSON / W3C: indent the file (default true). */
  pretty?: boolean;
  /** Hamish JSON: include each article's text so another library can import it (default true). */
  includeText?: boolean;
}

/** What an export wrote. */
export interface ExportSummary {
  path: string;
  articles: number;
  annotations: number;
}

/** The file name extension a format is written with; brat writes a folder (no extension). */
export function exportExtension(format: ExportFormat): string {
  return { json: '.hamish.json', w3c: '.jsonld', csv: '.csv', brat: '' }[format];
}
