/**
 * Batch import from the renderer's side: starts an import (files dialog,
 * folder dialog, or dropped files), follows the progress main pushes, cancels,
 * keeps the final report until the user dismisses it, and applies the user's
 * choice (skip, keep both, replace) for each likely duplicate it lists.
 * When main changes the list on its own (a backup restored: the
 * 'library-changed' push), the report's added articles the library no
 * longer holds are noted (`gone`), so the panel does not list them as simply added.
 */

import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  BatchImportReport,
  DuplicateChoice,
  DuplicateOutcome,
  ImportProgress,
} from '../../../shared/import-types';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import type { Notify } from '../status';

export interface ImportState {
  running: boolean;
  progress: ImportProgress | null;
  report: BatchImportReport | null;
  /** Ids of the report's added articles that are no longer in the library (a restore took them away). */
  gone?: ReadonlySet<string>;
}

/** The ids of `report`'s added articles that are not among `listed` (those of its ids the library lists now). */
function goneIds(report: BatchImportReport, listed: readonly string[]): ReadonlySet<string> {
  const ids = new Set(listed);
  return new Set(report.added.filter((a) => !ids.has(a.id)).map((a) => a.id));
}

/** `report` with the duplicate `pendingId` marked as resolved by `outcome`. */
function withOutcome(
  report: BatchImportReport,
  pendingId: string,
  outcome: DuplicateOutcome,
): BatchImportReport {
  const duplicates = report.duplicates.map((d) => {
    if (d.pendingId !== pendingId) return d;
    const resolved = { ...d, outcome };
    delete resolved.pendingId;
    return resolved;
  });
  return { ...report, duplicates };
}

export function useImport(notify: Notify, onChanged: () => void) {
  const [state, setState] = useState<ImportState>({ running: false, progress: null, report: null });

  useEffect(
    () =>
      api.onImportProgress((progress) => {
        setState((s) => (s.running ? { ...s, progress } : s));
      }),
    [],
  );

  // After a list change main made on its own, the report's added articles are checked against the library.
  const shown = useRef(state.report);
  useEffect(() => {
    shown.current = state.report;
  }, [state.report]);
  useEffect(
    () =>
      api.onLibraryChanged(() => {
        const report = shown.current;
        if (!report || report.added.length === 0) return;
        // Only the report's ids go to main and back: the whole list (100,000 articles) is never fetched for this.
        void api.listedArticleIds(report.added.map((a) => a.id)).then((listed) => {
          if (!listed.ok) return;
          setState((s) => (s.report === report ? { ...s, gone: goneIds(report, listed.value) } : s));
        });
      }),
    [],
  );

  const run = useCallback(
    async (start: () => Promise<Result<BatchImportReport | null>>) => {
      setState({ running: true, progress: null, report: null });
      const result = await start();
      if (!result.ok) {
        notify({ kind: 'error', error: result.error });
        setState({ running: false, progress: null, report: null });
        return;
      }
      setState({ running: false, progress: null, report: result.value });
      if (result.value) onChanged();
    },
    [notify, onChanged],
  );

  const resolve = useCallback(
    async (pendingId: string, choice: DuplicateChoice) => {
      const result = await api.resolveDuplicate(pendingId, choice);
      if (!result.ok) {
        notify({ kind: 'error', error: result.error });
        return;
      }
      setState((s) => (s.report ? { ...s, report: withOutcome(s.report, pendingId, result.value) } : s));
      if (result.value.articleId) onChanged();
    },
    [notify, onChanged],
  );

  return {
    state,
    resolve,
    importFiles: () => run(() => api.importFiles()),
    importFolder: () => run(() => api.importFolder()),
    importPaths: (paths: string[]) => run(() => api.importPaths(paths)),
    cancel: () => void api.cancelImport(),
    dismiss: () => setState({ running: false, progress: null, report: null }),
  };
}

export type Importer = ReturnType<typeof useImport>;
