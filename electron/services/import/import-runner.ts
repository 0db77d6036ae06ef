/**
 * Runs one batch import at a time for the API: refuses a second one while a
 * batch runs ('busy'), tells its subscribers the progress, and cancels on request.
 * The likely duplicates of the last batch are held (read, not added) until the
 * user chooses skip, keep both or replace for each (`resolveDuplicate`).
 */

import { isAbsolute } from 'node:path';
import { randomUUID } from 'node:crypto';
import type {
  BatchImportReport,
  DuplicateChoice,
  DuplicateOutcome,
  ImportProgress,
} from '../../../shared/import-types';
import { AppFailure } from '../../../shared/result';
import type { Library } from '../library/library';
import { applyDuplicateChoice } from './duplicate-choice';
import { collectFolder, importFiles } from './import-batch';
import type { ImportedArticle } from './import-file';
import type { DuplicateFinder } from './near-duplicate';

/** Most duplicates one batch holds for a choice; later ones are reported as skipped, with no choice. */
export const MAX_HELD_DUPLICATES = 1000;

export class ImportRunner {
  private running: AbortController | null = null;
  private readonly listeners = new Set<(progress: ImportProgress) => void>();
  private readonly held = new Map<string, { imported: ImportedArticle; existingId: string }>();

  /** `duplicates` gives each batch of `files` files its finder of likely duplicates (undefined: importFiles' own). */
  constructor(
    private readonly library: Library,
    private readonly duplicates?: (files: number) => DuplicateFinder | undefined,
  ) {}

  /** Calls `listener` with each progress report of every batch; returns an unsubscribe function. */
  onProgress(listener: (progress: ImportProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Imports the files at `paths` (absolute), reporting progress; `onDuplicate` as in ImportRunOptions. */
  async importPaths(paths: readonly string[], onDuplicate?: DuplicateChoice): Promise<BatchImportReport> {
    const relative = paths.find((p) => !isAbsolute(p));
    if (relative !== undefined) {
      throw new AppFailure('invalid-argument', `Not an absolute path: ${relative}`, { field: 'paths' });
    }
    return this.run(() => Promise.resolve(paths), onDuplicate);
  }

  /** Imports every non-hidden file under `dir`. */
  importFolder(dir: string, onDuplicate?: DuplicateChoice): Promise<BatchImportReport> {
    return this.run(() => collectFolder(dir), onDuplicate);
  }

  /** Asks the running import to stop after its current file; no-op when none runs. */
  cancel(): void {
    this.running?.abort();
  }

  /**
   * Applies the user's choice to the held duplicate `pendingId` of the last
   * batch, once: AppFailure('not-found') when it is unknown or already resolved,
   * 'busy' while a batch runs. The library's failures (the old article gone…) pass through.
   */
  async resolveDuplicate(pendingId: string, choice: DuplicateChoice): Promise<DuplicateOutcome> {
    if (this.running) throw new AppFailure('busy', 'An import is already running');
    const held = this.held.get(pendingId);
    if (!held)
      throw new AppFailure('not-found', `No duplicate ${pendingId} waits for a choice`, { id: pendingId });
    this.held.delete(pendingId);
    return applyDuplicateChoice(this.library, held.imported, held.existingId, choice);
  }

  private hold(imported: ImportedArticle, existingId: string): string | undefined {
    if (this.held.size >= MAX_HELD_DUPLICATES) return undefined;
    const pendingId = randomUUID();
    this.held.set(pendingId, { imported, existingId });
    return pendingId;
  }

  private async run(
    list: () => Promise<readonly string[]>,
    onDuplicate: DuplicateChoice = 'skip',
  ): Promise<BatchImportReport> {
    if (this.running) throw new AppFailure('busy', 'An import is already running');
    const controller = new AbortController();
    this.running = controller;
    this.held.clear();
    try {
      const paths = await list();
      const duplicates = this.duplicates?.(paths.length);
      return await importFiles(this.library, paths, {
        ...(duplicates ? { duplicates } : {}),
        signal: controller.signal,
        onDuplicate,
        hold: (imported, existingId) => this.hold(imported, existingId),
        onProgress: (progress) => {
          for (const listener of this.listeners) listener(progress);
        },
      });
    } finally {
      this.running = null;
    }
  }
}
