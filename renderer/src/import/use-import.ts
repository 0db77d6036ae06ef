/**
 * Batch import from the renderer's side: starts an import (files dialog,
 * folder dialog, or dropped files), follows the progress main pushes, cancels,
 * and keeps the final report until the user dismisses it.
 */

import { useCallback, useEffect, useState } from 'react';
import type { ImportProgress, BatchImportReport } from '../../../shared/import-types';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import type { Notify } from '../status';

export interface ImportState {
  running: boolean;
  progress: ImportProgress | null;
  report: BatchImportReport | null;
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

  return {
    state,
    importFiles: () => run(() => api.importFiles()),
    importFolder: () => run(() => api.importFolder()),
    importPaths: (paths: string[]) => run(() => api.importPaths(paths)),
    cancel: () => void api.cancelImport(),
    dismiss: () => setState({ running: false, progress: null, report: null }),
  };
}

export type Importer = ReturnType<typeof useImport>;
