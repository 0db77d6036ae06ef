/**
 * What the start-up check found and did, told to the user once the window is
 * up: leftover temp files removed, damaged library files moved to the
 * quarantine folder (never deleted), and a corrupt preferences file kept aside.
 * The per-article files are checked in the background after the library has
 * opened, so the report can grow until `complete`.
 */

/** Which kind of library file a quarantined file was. */
export type LibraryFileKind = 'index' | 'taxonomy' | 'entities' | 'adjudication' | 'article' | 'annotations';

/** One library file the start-up check could not use. */
export interface QuarantinedFile {
  kind: LibraryFileKind;
  /** Path relative to the library folder, e.g. "annotations/<id>.json". */
  file: string;
  /** Where it now is, relative to the library folder ("quarantine/…"); null when the file was missing or left in place. */
  movedTo: string | null;
  /** True when the file is damaged but was left where it is: the library was opened read-only (nothing moved). */
  leftInPlace?: boolean;
  /** The article it belonged to, when known. */
  articleId?: string;
  /** That article's title, when known (the user is told which article is affected). */
  title?: string;
  /** English developer-facing reason (the UI shows a translated message from `kind`). */
  reason: string;
}

/** What one article lost when index.json was rebuilt (the metadata came from neither index nor backup). */
export interface IndexLoss {
  articleId: string;
  /** The title it has now (recovered from a backup, or its first line). */
  title: string;
  /** Metadata fields that could not be recovered, e.g. "title", "source", "date". */
  lost: string[];
}

/**
 * What an unknown file is: an article text the index does not list
 * (adoptable), annotations of an article the library does not have, or a
 * name the library never writes.
 */
export type UnknownFileKind = 'article' | 'annotations' | 'name';

/** A file under articles/ or annotations/ that the index does not list (e.g. left by a kill during import). */
export interface UnknownFile {
  kind: UnknownFileKind;
  /** Path relative to the library folder, e.g. "articles/<id>.json". */
  file: string;
  /** The article id it would be adopted under, when its name and content are an article's. */
  articleId?: string;
  /** English reason: why it is not part of the library. */
  reason: string;
}

/** A claim that pointed to annotations its article no longer has: those members were detached. */
export interface ClaimRepair {
  articleId: string;
  /** The article's title, when known. */
  title?: string;
  claimId: string;
  /** The missing annotations the claim named (detached from their roles). */
  annotationIds: string[];
  /** False when the library was opened read-only: detached in memory only, the file was left as it is. */
  repaired: boolean;
}

export interface StartupReport {
  /** Temp files left by an interrupted write and removed (each was never acknowledged). */
  tempFilesRemoved: number;
  /** Claims found pointing to missing annotations and repaired (those members detached); absent when none. */
  claimsRepaired?: ClaimRepair[];
  /** Annotation journal lines dropped: cut off by a crash mid-append (so never acknowledged), or unreadable. */
  journalLinesDropped?: number;
  /** index.journal lines dropped at open: cut off by a crash mid-append (never acknowledged), or unreadable. */
  indexJournalLinesDropped?: number;
  quarantined: QuarantinedFile[];
  /**
   * True when index.json was rebuilt (from the damaged index, the newest
   * backup's metadata, then the article files); with `readOnly`, in memory
   * only: nothing was written.
   */
  indexRebuilt: boolean;
  /** True when the library was opened read-only: nothing was moved, removed or rewritten. */
  readOnly?: boolean;
  /** After a rebuild: what each article lost (absent or empty when nothing was lost). */
  indexLosses?: IndexLoss[];
  /** Files under articles/ or annotations/ the index does not list: reported and offered for adoption. */
  unknownFiles?: UnknownFile[];
  /** The corrupt preferences file that was renamed aside (absolute path), if any. */
  preferencesSetAside: string | null;
  /**
   * False while the per-article files are still being checked in the
   * background after the library opened: `quarantined` may still grow, so
   * the UI asks again until this is true.
   */
  complete: boolean;
}

/** A report with nothing to say. */
export function emptyStartupReport(): StartupReport {
  return {
    tempFilesRemoved: 0,
    quarantined: [],
    indexRebuilt: false,
    preferencesSetAside: null,
    complete: true,
  };
}

/** Whether the user needs to be told anything. */
export function hasNotice(report: StartupReport): boolean {
  return (
    report.quarantined.length > 0 ||
    report.indexRebuilt ||
    report.preferencesSetAside !== null ||
    (report.unknownFiles?.length ?? 0) > 0 ||
    (report.claimsRepaired?.length ?? 0) > 0
  );
}
