/**
 * Batch import: collects the files of a selection or a folder, imports them
 * one by one into the library (yielding to the event loop between files, so
 * main stays responsive for a thousand of them), reports progress, honours
 * cancellation, and ends with a report: added, duplicates, refused (each with
 * the file name and the reason). One refusal never stops the batch.
 * Articles are listed in chunks (Library.beginBatch: one index write per
 * chunk of COMMIT_FILES files or COMMIT_MS, and at the end), so a folder
 * costs O(chunks) index writes, not one per file; a file counts as added,
 * in the progress and the report, only once the index holding it is on disk.
 */

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BatchImportReport, DuplicateChoice, ImportProgress } from '../../../shared/import-types';
import { AppFailure } from '../../../shared/result';
import type { Library } from '../library/library';
import { applyDuplicateChoice } from './duplicate-choice';
import { DuplicateIndex } from './duplicate-index';
import type { DuplicateFinder } from './near-duplicate';
import { readImportFile, type ImportedArticle } from './import-file';

/** Most files one folder import looks at (the rest is reported as not imported). */
export const MAX_FOLDER_FILES = 20_000;
/** Minimum time between two progress reports, so a fast batch does not flood IPC. */
const PROGRESS_INTERVAL_MS = 50;
/** Files written before their chunk is listed (one index write)… */
export const COMMIT_FILES = 200;
/** …or time since the chunk's first file (ms), whichever comes first. */
export const COMMIT_MS = 1_000;

/** Every non-hidden file under `dir` (recursively), sorted by path. */
export async function collectFolder(dir: string, limit = MAX_FOLDER_FILES): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppFailure('file-unreadable', `Could not read the folder ${folder}: ${reason}`, {
        file: folder,
      });
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (found.length >= limit) return;
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  await walk(dir);
  return found;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

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
  /** Files of the chunk being written: in the report once it is committed. */
  let chunk: BatchImportReport['added'] = [];
  let chunkStarted = 0;
  /** Lists the chunk (one index write); on failure its files are refused, none was added. */
  const commit = async () => {
    const files = chunk;
    chunk = [];
    const refuse = (file: string, failure: AppFailure) =>
      report.refused.push({
        file,
        code: failure.code,
        message: failure.message,
        params: { ...failure.params, file },
      });
    try {
      const { failed } = await batch.commit();
      const errors = new Map(failed.map((f) => [f.id, f.error]));
      for (const entry of files) {
        const error = errors.get(entry.id);
        if (error) refuse(entry.file, error);
        else report.added.push(entry);
      }
    } catch (error) {
      const failure = error instanceof AppFailure ? error : new AppFailure('internal', String(error));
      for (const { file } of files) refuse(file, failure);
    }
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
  for (const [i, path] of paths.entries()) {
    if (options.signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const file = path.split(/[\\/]/u).pop() ?? path;
    progress(i, file, i === 0);
    let words = 0;
    try {
      const imported = await readImportFile(path);
      words = imported.words;
      const likely = await duplicates.find(imported.canonical.text, imported.url);
      if (likely) {
        const { id: existingId, title: existingTitle, reason, similarity } = likely;
        const entry = { file, existingId, existingTitle, words, reason, similarity };
        const choice = options.onDuplicate ?? 'skip';
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
      } else {
        if (batch.size === 0) chunkStarted = Date.now();
        const meta = await batch.add({ ...imported, importedFrom: imported.fileName });
        duplicates.add(meta.id, meta.title, imported.canonical.text, imported.url);
        const { shortfall } = imported;
        chunk.push({
          file,
          id: meta.id,
          title: meta.title,
          words,
          ...(shortfall ? { shortfall } : {}),
        });
      }
    } catch (error) {
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
        const failure =
          error instanceof AppFailure ? error : new AppFailure('internal', String(error), { file });
        report.refused.push({
          file,
          code: failure.code,
          message: failure.message,
          params: { ...failure.params, file },
        });
      }
    }
    if (batch.size >= everyFiles || (batch.size > 0 && Date.now() - chunkStarted >= everyMs)) await commit();
    await yieldToEventLoop();
  }
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
