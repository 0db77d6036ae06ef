/**
 * Runs one batch import at a time for the API: refuses a second one while a
 * batch runs ('busy'), tells its subscribers the progress, and cancels on request.
 */

import { isAbsolute } from 'node:path';
import type { ImportProgress, BatchImportReport } from '../../../shared/import-types';
import { AppFailure } from '../../../shared/result';
import type { Library } from '../library/library';
import { collectFolder, importFiles } from './import-batch';

export class ImportRunner {
  private running: AbortController | null = null;
  private readonly listeners = new Set<(progress: ImportProgress) => void>();

  constructor(private readonly library: Library) {}

  /** Calls `listener` with each progress report of every batch; returns an unsubscribe function. */
  onProgress(listener: (progress: ImportProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Imports the files at `paths` (absolute), reporting progress. */
  async importPaths(paths: readonly string[]): Promise<BatchImportReport> {
    const relative = paths.find((p) => !isAbsolute(p));
    if (relative !== undefined) {
      throw new AppFailure('invalid-argument', `Not an absolute path: ${relative}`, { field: 'paths' });
    }
    return this.run(() => Promise.resolve(paths));
  }

  /** Imports every non-hidden file under `dir`. */
  importFolder(dir: string): Promise<BatchImportReport> {
    return this.run(() => collectFolder(dir));
  }

  /** Asks the running import to stop after its current file; no-op when none runs. */
  cancel(): void {
    this.running?.abort();
  }

  private async run(list: () => Promise<readonly string[]>): Promise<BatchImportReport> {
    if (this.running) throw new AppFailure('busy', 'An import is already running');
    const controller = new AbortController();
    this.running = controller;
    try {
      const paths = await list();
      return await importFiles(this.library, paths, {
        signal: controller.signal,
        onProgress: (progress) => {
          for (const listener of this.listeners) listener(progress);
        },
      });
    } finally {
      this.running = null;
    }
  }
}
