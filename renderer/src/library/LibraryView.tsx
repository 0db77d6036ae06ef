/**
 * The library: import buttons, search box, filters, and one page of the
 * sortable article table (or of the trash); or, while a query is typed, the
 * ranked search results, which can be tagged across the library from there
 * (the query is kept while an article is open). Lists come from main a page at a time, so a library
 * of 10,000 articles renders 50 rows.
 */

import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortKey } from '../../../shared/library-query';
import type { ArticleMeta, ArticleStatus } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import type { TextSpan } from '../../../shared/search-passage';
import type { SearchResponse } from '../../../shared/search-types';
import { listTags, type Taxonomy } from '../../../shared/taxonomy';
import type { UndoHistory } from '../../../shared/undo-history';
import { api } from '../api';
import type { Importer } from '../import/use-import';
import type { Notify } from '../status';
import { LoadingShell } from '../ui/LoadingShell';
import './library.css';
import { MentionsDialog } from '../mentions/MentionsDialog';
import { LibraryFilters } from './LibraryFilters';
import { LibraryTable } from './LibraryTable';
import { MetaDialog } from './MetaDialog';
import { lastLibraryQuery, setLastLibraryQuery } from './last-query';
import { SearchResults } from './SearchResults';
import { useLibraryPage } from './use-library-page';
import './article-list.css';

interface Props {
  onOpen: (id: string, focus?: TextSpan) => void;
  onNew: () => void;
  notify: Notify;
  /** Bumped by the app when articles were added elsewhere (new article, import). */
  version: number;
  importer: Importer;
  /** The session's undo history (tagging from the search results is one step in it). */
  history: UndoHistory;
  /** Bumped by Edit › Search the library: the search box takes the focus. */
  searchFocus?: number;
}

const SEARCH_DELAY_MS = 250;

export function LibraryView({ onOpen, onNew, notify, version, importer, history, searchFocus = 0 }: Props) {
  const { t } = useTranslation();
  const [localVersion, setLocalVersion] = useState(0);
  const { query, page, error, update } = useLibraryPage(notify, version + localVersion);
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const [editing, setEditing] = useState<ArticleMeta | null>(null);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const [text, setTextState] = useState(lastLibraryQuery);
  const setText = (next: string) => {
    setLastLibraryQuery(next);
    setTextState(next);
  };
  const [results, setResults] = useState<SearchResponse | null>(null);
  const [tagging, setTagging] = useState(false);
  const tags = useMemo(() => (taxonomy ? listTags(taxonomy) : []), [taxonomy]);
  const namedEntity = results?.entityIds?.length === 1 ? results.entityIds[0] : undefined;
  const taggingQuery = useMemo(
    () => ({ phrases: [results?.query ?? ''], ...(namedEntity ? { entityId: namedEntity } : {}) }),
    [results?.query, namedEntity],
  );
  const changed = () => setLocalVersion((v) => v + 1);
  const trash = query.trash === true;
  const searchBox = useRef<HTMLInputElement>(null);
  const loaded = page !== null;

  useEffect(() => {
    if (searchFocus > 0 && loaded) searchBox.current?.focus();
  }, [searchFocus, loaded]);

  // Main may change the list on its own (index rebuilt after an open from its head, an article dropped
  // by the start-up check, a backup restored): the page and the search results are asked again.
  useEffect(() => api.onLibraryChanged(() => setLocalVersion((v) => v + 1)), []);

  useEffect(() => {
    void api.getTaxonomy().then((r) => {
      if (r.ok) setTaxonomy(r.value);
    });
  }, []);

  useEffect(() => {
    if (text.trim() === '') return;
    const cancelled = new AbortController();
    const timer = window.setTimeout(() => {
      void api.search(text).then((r) => {
        if (cancelled.signal.aborted) return;
        if (r.ok) setResults(r.value);
        else notify({ kind: 'error', error: r.error });
      });
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled.abort();
      window.clearTimeout(timer);
    };
  }, [text, version, localVersion, notify]);

  const sortBy = (key: SortKey) =>
    update({
      sort: { key, direction: query.sort.key === key && query.sort.direction === 'asc' ? 'desc' : 'asc' },
    });

  const act = async (call: () => Promise<Result<unknown>>, key: string, title: string) => {
    const result = await call();
    if (!result.ok) notify({ kind: 'error', error: result.error });
    else notify({ kind: 'info', key, params: { title } });
    changed();
  };

  const setStatus = (meta: ArticleMeta, status: ArticleStatus) =>
    void act(() => api.updateArticleMeta(meta.id, { status }), 'meta.statusSaved', meta.title);

  if (!page)
    return <LoadingShell as="div" className="reader-loading" error={error} waiting={t('reader.loading')} />;
  const first = page.total === 0 ? 0 : query.offset + 1;
  const last = Math.min(query.offset + query.limit, page.total);

  return (
    <section className="library" aria-labelledby="library-title" data-testid="library">
      <header className="library-header">
        <h1 id="library-title">{trash ? t('trash.title') : t('library.title')}</h1>
        <span className="muted">{t('library.count', { count: page.total })}</span>
        <span className="spacer" />
        <button type="button" disabled={importer.state.running} onClick={() => void importer.importFiles()}>
          {t('import.files')}
        </button>
        <button type="button" disabled={importer.state.running} onClick={() => void importer.importFolder()}>
          {t('import.folder')}
        </button>
        <button type="button" aria-pressed={trash} onClick={() => update({ trash: !trash, filter: {} })}>
          {trash ? t('trash.back') : t('trash.show')}
        </button>
      </header>
      <div className="library-tools">
        <input
          ref={searchBox}
          type="search"
          className="search-box"
          dir="auto"
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {results && text.trim() !== '' ? (
        <SearchResults response={results} onOpen={onOpen} onTag={() => setTagging(true)} />
      ) : (
        <>
          <LibraryFilters
            filter={query.filter}
            sources={page.sources}
            languages={page.languages}
            undated={page.undated}
            taxonomy={taxonomy}
            onChange={(filter) => update({ filter })}
          />
          {page.total === 0 && !trash && Object.keys(query.filter).length === 0 && (
            <div className="library-empty">
              <p>{t('library.empty')}</p>
              <button type="button" className="primary" onClick={onNew}>
                {t('actions.newArticle')}
              </button>
            </div>
          )}
          {trash && page.total > 0 && (
            <div className="trash-bar">
              {confirmEmpty ? (
                <span className="confirm" role="alertdialog" aria-label={t('trash.confirmEmpty')}>
                  <span>{t('trash.confirmEmpty')}</span>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      setConfirmEmpty(false);
                      void act(() => api.emptyTrash(), 'trash.emptied', '');
                    }}
                  >
                    {t('trash.empty')}
                  </button>
                  <button type="button" onClick={() => setConfirmEmpty(false)}>
                    {t('actions.cancel')}
                  </button>
                </span>
              ) : (
                <button type="button" className="danger" onClick={() => setConfirmEmpty(true)}>
                  {t('trash.empty')}
                </button>
              )}
            </div>
          )}
          {page.total > 0 && (
            <LibraryTable
              items={page.items}
              taxonomy={taxonomy}
              sort={query.sort}
              trash={trash}
              onSort={sortBy}
              onOpen={(id) => onOpen(id)}
              onStatus={setStatus}
              onEdit={setEditing}
              onTrash={(a) => void act(() => api.trashArticle(a.id), 'trash.moved', a.title)}
              onRestore={(a) => void act(() => api.restoreArticle(a.id), 'trash.restored', a.title)}
            />
          )}
          {page.total > query.limit && (
            <nav className="pager" aria-label={t('pager.label')}>
              <button
                type="button"
                disabled={query.offset === 0}
                onClick={() => update({ offset: Math.max(0, query.offset - query.limit) })}
              >
                {t('pager.previous')}
              </button>
              <span>{t('pager.range', { first, last, total: page.total })}</span>
              <button
                type="button"
                disabled={last >= page.total}
                onClick={() => update({ offset: query.offset + query.limit })}
              >
                {t('pager.next')}
              </button>
            </nav>
          )}
        </>
      )}
      {tagging && results && (
        <MentionsDialog
          phrase={results.query}
          query={taggingQuery}
          tags={tags}
          entityId={namedEntity}
          history={history}
          notify={notify}
          onClose={() => setTagging(false)}
          onApplied={() => {
            setTagging(false);
            changed();
          }}
        />
      )}
      {editing && (
        <MetaDialog
          meta={editing}
          notify={notify}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
        />
      )}
    </section>
  );
}
