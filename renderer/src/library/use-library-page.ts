/**
 * Loads one page of the library (or trash) from main whenever the query or
 * `version` changes. A page past the end (the list shrank under it: a backup
 * restored, articles trashed elsewhere) steps back to the last page there is,
 * so the table never shows "2 articles" over no rows and no pager; a failed
 * load is kept for the view to say in place.
 */

import { useEffect, useState } from 'react';
import {
  DEFAULT_QUERY,
  offsetWithin,
  type ArticlePage,
  type ArticleQuery,
} from '../../../shared/library-query';
import type { AppError } from '../../../shared/result';
import { api } from '../api';
import type { Notify } from '../status';

export const PAGE_SIZE = 50;

export function useLibraryPage(notify: Notify, version: number) {
  const [query, setQuery] = useState<ArticleQuery>({ ...DEFAULT_QUERY, limit: PAGE_SIZE });
  const [page, setPage] = useState<ArticlePage | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    const cancelled = new AbortController();
    void api.queryArticles(query).then((result) => {
      if (cancelled.signal.aborted) return;
      if (!result.ok) {
        setError(result.error);
        notify({ kind: 'error', error: result.error });
        return;
      }
      setError(null);
      const offset = offsetWithin(query.offset, result.value.total, query.limit);
      if (offset !== query.offset) setQuery((q) => ({ ...q, offset }));
      else setPage(result.value);
    });
    return () => cancelled.abort();
  }, [query, version, notify]);

  /** Changes the query; any change but paging goes back to the first page. */
  const update = (change: Partial<ArticleQuery>) => setQuery((q) => ({ ...q, offset: 0, ...change }));

  return { query, page, error, update };
}
