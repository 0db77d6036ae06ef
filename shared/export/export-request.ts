/**
 * What the user asks to export: which articles, in which format, how. Shared
 * by the IPC contract, the export dialog and the command line.
 */

import { safeFileName } from '../file-name';

/**
 * json: Hamish JSON; w3c: Web Annotation JSON-LD; csv: spreadsheet rows; brat: a folder of standoff files;
 * qdpx: a REFI-QDA project (QDA suites); qdc: the tag scheme as a REFI-QDA codebook;
 * claims-csv: spreadsheet rows, one per claim (shared/export/claims-csv.ts).
 */
export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'claims-csv', 'brat', 'qdpx', 'qdc'] as const;
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
  /** Only these coders' annotations and claims (issue 20; the unauthored are the local coder's); absent: all. */
  coders?: string[];
}

/** What an export wrote. */
export interface ExportSummary {
  path: string;
  articles: number;
  annotations: number;
  /** Claims of the exported articles (every format but the codebook writes them). */
  claims?: number;
  /** Annotations left out because their quote could not be found in the text (orphaned). */
  orphaned: number;
  /** A codebook export (qdc), which writes no article: the codes it wrote, one per type and subtype. */
  codes?: number;
  /** Gold annotations written whose adjudication decision needs review (a coder's layer changed since); absent when none. */
  staleGold?: number;
}

/** The file name extension a format is written with; brat writes a folder (no extension). */
export function exportExtension(format: ExportFormat): string {
  const extensions: Record<ExportFormat, string> = {
    json: '.hamish.json',
    w3c: '.jsonld',
    csv: '.csv',
    'claims-csv': '.claims.csv',
    brat: '',
    qdpx: '.qdpx',
    qdc: '.qdc',
  };
  return extensions[format];
}

/** An article of an imported file that was not imported, and why. */
export interface ImportProblem {
  /** missing-text: the library lacks it and the file has no text; text-mismatch: its id has another text here. */
  kind: 'missing-text' | 'text-mismatch';
  articleIndex: number;
  articleId: string;
  title: string;
}

/** Progress of a Hamish JSON annotation import; counts are annotations of the file. */
export interface AnnotationImportProgress {
  /** checking: the file against the texts; preparing: building the annotations; writing: saving (no cancel past here). */
  phase: 'checking' | 'preparing' | 'writing' | 'done';
  done: number;
  total: number;
}

/** What an import did. */
export interface ImportReport {
  articlesAdded: number;
  articlesMerged: number;
  annotationsAdded: number;
  annotationsReplaced: number;
  /** Conflicts resolved by keeping the library's version. */
  annotationsKept: number;
  /** Annotations the library already had, identical. */
  annotationsUnchanged: number;
  /** Tags of the file's scheme the library lacked, added to its scheme. */
  tagsAdded: number;
  /** Entities of the file the library lacked (by id), added to it. */
  entitiesAdded: number;
  /** Claims of the file added (new ids, or keep-both copies). */
  claimsAdded: number;
  /** Claims of the library replaced by the file's differing version (take-theirs). */
  claimsReplaced: number;
  /** Claims in conflict where the library's version was kept (keep-mine). */
  claimsKept: number;
  /** Claims the library already had, identical (same frame, members, attributes and note). */
  claimsAlreadyPresent: number;
  /** Claims of the file not imported: none of their members' annotations was imported. */
  claimsRefused: number;
  /** A layer import (issue 20): coders whose earlier layer of an article was replaced, once per article and coder. */
  layersReplaced: number;
  problems: ImportProblem[];
}

/** A default name for an export of `titles` (one title: the article's, made safe by safeFileName; several: "hamish-N-articles"). */
export function defaultExportName(format: ExportFormat, titles: string[]): string {
  const extension = exportExtension(format);
  return titles.length === 1
    ? safeFileName(titles[0] ?? '', extension, 'annotations')
    : `hamish-${titles.length}-articles${extension}`;
}

/** A report of an import that has done nothing yet. */
export function emptyImportReport(): ImportReport {
  return {
    articlesAdded: 0,
    articlesMerged: 0,
    annotationsAdded: 0,
    annotationsReplaced: 0,
    annotationsKept: 0,
    annotationsUnchanged: 0,
    tagsAdded: 0,
    entitiesAdded: 0,
    claimsAdded: 0,
    claimsReplaced: 0,
    claimsKept: 0,
    claimsAlreadyPresent: 0,
    claimsRefused: 0,
    layersReplaced: 0,
    problems: [],
  };
}
