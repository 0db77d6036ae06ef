/**
 * Runs one annotation import (Hamish JSON, REFI-QDA or another annotator's file) at a time for the API: refuses a
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
import type { CodeChoiceEntry, RefiImportReport } from '../../../shared/export/refi-types';
import { importQdpxFile } from '../exchange/refi/refi-import';
import type {
  ForeignFormat,
  ForeignImportReport,
  LabelChoice,
} from '../../../shared/export/foreign-import-types';
import { importForeignFile } from './foreign/foreign-import';
import { importAnnotationsFile, type ImportAnnotationsOptions } from './import-service';

export class AnnotationImportRunner {
  private running: AbortController | null = null;
  private readonly listeners = new Set<(progress: AnnotationImportProgress) => void>();

  /** `generator` names the app in the data a REFI-QDA project becomes ("Hamish 0.1.0"). */
  constructor(
    private readonly library: Library,
    private readonly generator = 'Hamish',
  ) {}

  /** Calls `listener` with each progress report of every import; returns an unsubscribe function. */
  onProgress(listener: (progress: AnnotationImportProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Imports the Hamish JSON file at `path` under `policy` (or as a coder layer); see importAnnotations. */
  importFile(
    path: string,
    policy: ConflictPolicy,
    layer?: ImportAnnotationsOptions['layer'],
  ): Promise<ImportReport> {
    return this.run((options) =>
      importAnnotationsFile(this.library, path, policy, { ...options, ...(layer ? { layer } : {}) }),
    );
  }

  /** Imports the .qdpx at `path` under `policy` with the user's code choices; see importQdpxFile. */
  importQdpx(path: string, policy: ConflictPolicy, choices: CodeChoiceEntry[]): Promise<RefiImportReport> {
    const byGuid = new Map(choices.map((c) => [c.guid, c.choice]));
    return this.run((options) =>
      importQdpxFile(this.library, path, policy, { ...options, choices: byGuid, generator: this.generator }),
    );
  }

  /** Imports another annotator's file at `path` in `format` with the user's label choices; see importForeignFile. */
  importForeign(
    path: string,
    format: ForeignFormat,
    policy: ConflictPolicy,
    choices: LabelChoice[],
  ): Promise<ForeignImportReport> {
    const labels = new Map(choices.map((c) => [c.label, c.tag]));
    return this.run((options) =>
      importForeignFile(this.library, path, format, policy, {
        ...options,
        labels,
        generator: this.generator,
      }),
    );
  }

  /** Runs one import at a time with this runner's progress listeners and cancel signal. */
  private async run<T>(task: (options: ImportAnnotationsOptions) => Promise<T>): Promise<T> {
    if (this.running) throw new AppFailure('busy', 'An annotation import is already running');
    const controller = new AbortController();
    this.running = controller;
    try {
      return await task({
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
