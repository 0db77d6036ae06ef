/**
 * What the start-up check found and did, told to the user once the window is
 * up: leftover temp files removed, damaged library files moved to the
 * quarantine folder (never deleted), and a corrupt preferences file kept aside.
 * The per-article files are checked in the background after the library has
 * opened, so the report can grow until `complete`.
 */

/** Which kind of library file a quarantined file was. */
export type LibraryFileKind = 'index' | 'taxonomy' | 'entities' | 'article' | 'annotations';

/** One library file the start-up check could not use. */
export interface QuarantinedFile {
  kind: LibraryFileKind;
  /** Path relative to the library folder, e.g. "annotations/<id>.json". */
  file: string;
  /** Where it now is, relative to the library folder ("quarantine/…"); null when the file was missing. */
  movedTo: string | null;
  /** The article it belonged to, when known. */
  articleId?: string;
  /** That article's title, when known (the user is told which article is affected). */
  title?: string;
  /** English developer-facing reason (the UI shows a translated message from `kind`). */
  reason: string;
}

export interface StartupReport {
  /** Temp files left by an interrupted write and removed (each was never acknowledged). */
  tempFilesRemoved: number;
  quarantined: QuarantinedFile[];
  /** True when index.json was rebuilt from the article files (titles taken from the text). */
  indexRebuilt: boolean;
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
  return report.quarantined.length > 0 || report.indexRebuilt || report.preferencesSetAside !== null;
}
