/**
 * "Export gold layer": the adjudication's articles as Hamish JSON through
 * main's save dialog, only the gold coder's annotations and claims (the export
 * request's coder filter, issue 20). Says where it went, or the error, with a
 * warning counting the gold annotations that rest on decisions needing review.
 */

import { useCallback } from 'react';
import type { AdjudicationSetup } from '../../../shared/adjudication/adjudication-types';
import { api } from '../api';
import type { Notify } from '../status';

/** Returns the export action for `setup`'s gold layer. */
export function useGoldExport(setup: AdjudicationSetup, notify: Notify): () => Promise<void> {
  return useCallback(async () => {
    const result = await api.exportLibrary({
      format: 'json',
      articleIds: setup.articleIds,
      coders: [setup.gold],
    });
    if (!result.ok) notify({ kind: 'error', error: result.error });
    else if (result.value) {
      const { path, articles, annotations, staleGold } = result.value;
      const params = { path, articles, annotations };
      if (staleGold)
        notify({ kind: 'info', key: 'adjudication.exportedStale', params: { ...params, count: staleGold } });
      else notify({ kind: 'info', key: 'transfer.exported', params });
    }
  }, [setup, notify]);
}
