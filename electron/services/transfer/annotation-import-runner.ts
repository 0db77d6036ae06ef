/**
 * Runs one Hamish JSON annotation import at a time for the API: refuses a
 * second while one runs ('busy'), tells its subscribers the progress, and
 * cancels on request (until the import starts writing; nothing is written).
 */

import type {
  AnnotationImportProgress,
  ConflictPolicy,
  ImportReport,
} from '../../../shared/export/export-request';
import { AppFailure } from '../../../shared/result';
import type { Library } from '../library/library';
import { importAnnotationsFile } from './import-service';

export class AnnotationImportRunner {
  private running: AbortController | null = null;
  private readonly listeners = new Set<(progress: AnnotationImportProgress) => void>();

  constructor(private readonly library: Library) {}

  /** Calls `listener` with each progress report of every import; returns an unsubscribe function. */
  onProgress(listener: (progress: AnnotationImportProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Imports the Hamish JSON file at `path` under `policy`; see importAnnotations. */
  async importFile(path: string, policy: ConflictPolicy): Promise<ImportReport> {
    if (this.running) throw new AppFailure('busy', 'An annotation import is already running');
    const controller = new AbortController();
    this.running = controller;
    try {
      return await importAnnotationsFile(this.library, path, policy, {
        signal: controller.signal,
        onProgress: (progress) => {
          for (const listener of this.listeners) listener(progress);
        },
      });
    } finally {
      this.running = null;
    }
  }

  /** Asks the running import to stop before it writes; no-op when none runs or it is already writing. */
  cancel(): void {
    this.running?.abort();
  }
}
