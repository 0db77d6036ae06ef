/**
 * Batch import: collects the files of a selection or a folder, imports them
 * in order into the library, reports progress, honours cancellation, and
 * ends with a report: added, duplicates, refused (each with the file name
 * and the reason). One refusal never stops the batch.
 * Files are screened in runs of SCREEN_FILES (read, extracted and checked
 * for duplicates in one call: in the search worker when the host attached
 * the index, import-screen.ts), the next run while this one is written, and
 * main yields to the event loop between files. Articles are listed in
 * chunks (Library.beginBatch: one index write per chunk of COMMIT_FILES
 * files or COMMIT_MS, and at the end), a chunk's listing running while the
 * next chunk's files are written, so a folder costs O(chunks) index writes,
 * not one per file; a file counts as added, in the progress and the report,
 * only once the index holding it is on disk, in file order.
 */

import type { BatchImportReport, DuplicateChoice, ImportProgress } from '../../../shared/import-types';
import { AppFailure } from '../../../shared/result';
import type { Library } from '../library/library';
import { applyDuplicateChoice } from './duplicate-choice';

export { collectFolder, MAX_FOLDER_FILES } from './collect-folder';
import { DuplicateIndex } from './duplicate-index';
import { failureOf, fileNameOf, screenRun, type ScreenedFile } from './import-screen';
import type { DuplicateFinder } from './near-duplicate';
import type { ImportedArticle } from './import-file';
import { nextTurn } from '../storage/next-turn';

/** Minimum time between two progress reports, so a fast batch does not flood IPC. */
const PROGRESS_INTERVAL_MS = 50;
/** Files written before their chunk is listed (one index write)… */
export const COMMIT_FILES = 200;
/** …or time since the chunk's first file (ms), whichever comes first. */
export const COMMIT_MS = 250;
/** Files screened in one call to the duplicate finder (one worker request)… */
export const SCREEN_FILES = 8;
/** …and runs of them asked for ahead of the one being written (hides the index worker's puts). */
const RUNS_AHEAD = 3;

export interface ImportRunOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between files; when aborted the batch stops and the report says so. */
  signal?: AbortSignal;
  /** What to do with each likely duplicate (CLI `--on-duplicate`); default skip. */
  onDuplicate?: DuplicateChoice;
  /**
   * Called for each duplicate left skipped, to keep the read article for a later
   * choice (the app's import panel); returns the `pendingId` the report carries.
   */
  hold?: (imported: ImportedArticle, existingId: string) => string | undefined;
  /**
   * Where likely duplicates are looked up: the search index's worker
   * (SearchIndex.duplicateFinder, what the app and the CLI pass); default
   * a DuplicateIndex in main's memory, for a library with no search index.
   */
  duplicates?: DuplicateFinder;
  /** When a chunk is listed: after this many files or ms (default COMMIT_FILES, COMMIT_MS; tests). */
  commit?: { files?: number; ms?: number };
}

/** Imports `paths` into `library`, in order. Never rejects for a bad file: it is reported instead. */
export async function importFiles(
  library: Library,
  paths: readonly string[],
  options: ImportRunOptions = {},
): Promise<BatchImportReport> {
  const duplicates = options.duplicates ?? new DuplicateIndex(library);
  try {
    return await importAll(library, paths, options, duplicates);
  } finally {
    await duplicates.end();
  }
}

/** importFiles with its duplicate finder. */
async function importAll(
  library: Library,
  paths: readonly string[],
  options: ImportRunOptions,
  duplicates: DuplicateFinder,
): Promise<BatchImportReport> {
  const report: BatchImportReport = {
    total: paths.length,
    added: [],
    duplicates: [],
    refused: [],
    cancelled: false,
  };
  const batch = library.beginBatch();
  const everyFiles = options.commit?.files ?? COMMIT_FILES;
  const everyMs = options.commit?.ms ?? COMMIT_MS;
  const choice = options.onDuplicate ?? 'skip';
  // A duplicate kept or replacing must be held before the next file is screened: no screening ahead then.
  const ahead = choice === 'skip';
  const runFiles = ahead ? SCREEN_FILES : 1;
  const refuse = (file: string, failure: AppFailure) =>
    report.refused.push({
      file,
      code: failure.code,
      message: failure.message,
      params: { ...failure.params, file },
    });
  /** Articles screened (held by the finder) that the library did not take; `forget` tells the finder. */
  const forgotten = new Set<string>();
  const forget = (ids: readonly string[]) => {
    for (const id of ids) forgotten.add(id);
    duplicates.drop(ids);
  };
  /** Files of the chunk being written: in the report once it is committed. */
  let chunk: BatchImportReport['added'] = [];
  let chunkStarted = 0;
  /** The chunks' listings, one after another: the report takes their files in order. */
  let listed: Promise<void> = Promise.resolve();
  /** Starts listing the chunk (one index write); resolves once it and every chunk before it are listed. */
  const commit = (): Promise<void> => {
    const files = chunk;
    chunk = [];
    if (files.length === 0 && batch.size === 0) return listed;
    const committing = batch.commit().then(
      (done) => ({ done }),
      (error: unknown) => ({ error }),
    );
    listed = listed.then(async () => {
      const outcome = await committing;
      if ('error' in outcome) {
        // None of the chunk was added: each file refused, and no longer held as imported.
        const { error } = outcome;
        const failure = error instanceof AppFailure ? error : new AppFailure('internal', String(error));
        for (const { file } of files) refuse(file, failure);
        forget(files.map((f) => f.id));
        return;
      }
      const errors = new Map(outcome.done.failed.map((f) => [f.id, f.error]));
      for (const entry of files) {
        const error = errors.get(entry.id);
        if (error) refuse(entry.file, error);
        else report.added.push(entry);
      }
      forget([...errors.keys()]);
    });
    return listed;
  };
  let lastReport = 0;
  const progress = (done: number, current: string, force = false) => {
    const now = Date.now();
    if (!options.onProgress || (!force && now - lastReport < PROGRESS_INTERVAL_MS)) return;
    lastReport = now;
    options.onProgress({
      done,
      total: paths.length,
      current,
      added: report.added.length,
      duplicates: report.duplicates.length,
      refused: report.refused.length,
      finished: false,
    });
  };
  /** Adds one screened file, reports it as a duplicate, or refuses it. */
  const take = async (file: string, screened: ScreenedFile): Promise<void> => {
    if (!screened.ok) {
      refuse(file, failureOf(screened.error));
      return;
    }
    const { id, imported } = screened;
    let { likely } = screened;
    if (likely && forgotten.has(likely.id)) {
      // Screened ahead against an article the library then refused: asked again, that one forgotten.
      likely = await duplicates.find(imported.canonical.text, imported.url);
      if (!likely) duplicates.add(id, imported.title, imported.canonical.text, imported.url);
    }
    const { words } = imported;
    try {
      if (likely) {
        const { id: existingId, title: existingTitle, reason, similarity } = likely;
        const entry = { file, existingId, existingTitle, words, reason, similarity };
        if (choice !== 'skip') {
          // The article it duplicates may be in the chunk: list the chunk first.
          await commit();
          const outcome = await applyDuplicateChoice(library, imported, existingId, choice);
          if (outcome.articleId)
            duplicates.add(outcome.articleId, imported.title, imported.canonical.text, imported.url);
          report.duplicates.push({ ...entry, outcome });
        } else {
          const pendingId = options.hold?.(imported, existingId);
          report.duplicates.push(pendingId ? { ...entry, pendingId } : entry);
        }
        return;
      }
      if (batch.size === 0) chunkStarted = Date.now();
      const meta = await batch.add({ ...imported, importedFrom: imported.fileName, id });
      const { shortfall, hidden } = imported;
      chunk.push({
        file,
        id: meta.id,
        title: meta.title,
        words,
        ...(shortfall ? { shortfall } : {}),
        ...(hidden ? { hidden } : {}),
      });
    } catch (error) {
      if (!likely) forget([id]);
      if (error instanceof AppFailure && error.code === 'duplicate') {
        report.duplicates.push({
          file,
          existingId: String(error.params?.['id'] ?? ''),
          existingTitle: String(error.params?.['title'] ?? ''),
          words,
          reason: 'same-text',
          similarity: 1,
        });
      } else {
        refuse(
          file,
          error instanceof AppFailure ? error : new AppFailure('internal', String(error), { file }),
        );
      }
    }
  };
  const screen = (at: number) => screenRun(duplicates, paths.slice(at, at + runFiles));
  /** The listing before the last one started: awaited before starting another, so at most two run at once. */
  let older: Promise<void> = Promise.resolve();
  /** Runs screened or being screened, in file order; `screenedTo`: the first file not asked for yet. */
  const queue: Promise<ScreenedFile[]>[] = [];
  let screenedTo = 0;
  const screenAhead = (runs: number) => {
    while (queue.length < runs && screenedTo < paths.length) {
      queue.push(screen(screenedTo));
      screenedTo += runFiles;
    }
  };
  screenAhead(ahead ? RUNS_AHEAD : 1);
  files: for (let at = 0; queue.length > 0; at += runFiles) {
    const run = (await queue.shift()) ?? [];
    if (ahead) screenAhead(RUNS_AHEAD);
    for (const [j, screened] of run.entries()) {
      const i = at + j;
      if (options.signal?.aborted) {
        report.cancelled = true;
        break files;
      }
      const file = fileNameOf(paths[i] ?? '');
      progress(i, file, i === 0);
      await take(file, screened);
      if (batch.size >= everyFiles || (batch.size > 0 && Date.now() - chunkStarted >= everyMs)) {
        const before = older;
        older = commit();
        await before;
      }
      await nextTurn();
    }
    if (!ahead) screenAhead(1);
  }
  // Runs screened ahead of a cancel are left unread; they settle before the finder is ended.
  await Promise.all(queue);
  // At the end, and when cancelled: what was written is listed.
  await commit();
  options.onProgress?.({
    done: report.added.length + report.duplicates.length + report.refused.length,
    total: paths.length,
    current: '',
    added: report.added.length,
    duplicates: report.duplicates.length,
    refused: report.refused.length,
    finished: true,
  });
  return report;
}
