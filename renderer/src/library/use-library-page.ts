/** Loads one page of the library (or trash) from main whenever the query or `version` changes. */

import { useEffect, useState } from 'react';
import { DEFAULT_QUERY, type ArticlePage, type ArticleQuery } from '../../../shared/library-query';
import { api } from '../api';
import type { Notify } from '../status';

export const PAGE_SIZE = 50;

export function useLibraryPage(notify: Notify, version: number) {
  const [query, setQuery] = useState<ArticleQuery>({ ...DEFAULT_QUERY, limit: PAGE_SIZE });
  const [page, setPage] = useState<ArticlePage | null>(null);

  useEffect(() => {
    const cancelled = new AbortController();
    void api.queryArticles(query).then((result) => {
      if (cancelled.signal.aborted) return;
      if (result.ok) setPage(result.value);
      else notify({ kind: 'error', error: result.error });
    });
    return () => cancelled.abort();
  }, [query, version, notify]);

  /** Changes the query; any change but paging goes back to the first page. */
  const update = (change: Partial<ArticleQuery>) => setQuery((q) => ({ ...q, offset: 0, ...change }));

  return { query, page, update };
}
