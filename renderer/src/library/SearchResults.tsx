/**
 * Search results: ranked articles with the matching passage and the hits
 * marked (and the entity name a result was found through); a click opens the
 * passage, and "Tag these mentions…" tags the query across the library from here.
 */

import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../shared/model';
import type { TextSpan } from '../../../shared/search-passage';
import type { SearchResponse } from '../../../shared/search-types';
import { Highlighted } from './Highlighted';

interface Props {
  response: SearchResponse;
  onOpen: (id: string, focus?: TextSpan) => void;
  /** Opens the preview that tags the query's mentions across the library. */
  onTag: () => void;
}

export function SearchResults({ response, onOpen, onTag }: Props) {
  const { t } = useTranslation();
  return (
    <section className="search-results" aria-label={t('search.results')} data-testid="search-results">
      <div className="search-summary">
        <p className="muted">{t('search.count', { count: response.total, query: response.query })}</p>
        {response.total > 0 && (
          <button type="button" onClick={onTag}>
            {t('across.tagResults')}
          </button>
        )}
      </div>
      <ol>
        {response.results.map((r) => {
          const dir = directionOf(r.meta.language);
          const focus = r.passage?.hits[0];
          return (
            <li key={r.meta.id} className="search-hit">
              <button type="button" className="search-open" onClick={() => onOpen(r.meta.id, focus)}>
                <span className="search-title" lang={r.meta.language} dir="auto">
                  <Highlighted text={r.meta.title} hits={r.titleHits} />
                </span>
                <span className="muted search-source">
                  {r.meta.source && <bdi dir="auto">{r.meta.source}</bdi>}
                  {r.meta.source && r.meta.date && ' · '}
                  {r.meta.date && <bdi>{r.meta.date}</bdi>}
                </span>
                {r.via && (
                  <span className="muted search-via" dir="auto">
                    {t('across.via', { name: r.via })}
                  </span>
                )}
                {r.passage && (
                  <span className="search-passage" lang={r.meta.language} dir={dir}>
                    {r.passage.start > 0 && '… '}
                    <Highlighted text={r.passage.text} hits={r.passage.hits} offset={r.passage.start} />
                    {r.passage.end < r.meta.length && ' …'}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
