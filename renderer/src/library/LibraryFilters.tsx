/** Filters of the library list: source, language, status, publication date range, "has annotations of type X". */

import { useTranslation } from 'react-i18next';
import type { ArticleFilter } from '../../../shared/library-query';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/model';
import type { Taxonomy } from '../../../shared/taxonomy';
import { labelIn } from '../labels';

interface Props {
  filter: ArticleFilter;
  sources: string[];
  languages: string[];
  taxonomy: Taxonomy | null;
  onChange: (filter: ArticleFilter) => void;
}

/** Sets or clears one field ("" clears). */
function withField(filter: ArticleFilter, key: keyof ArticleFilter, value: string): ArticleFilter {
  const entries = Object.entries(filter).filter(([k]) => k !== key);
  return Object.fromEntries(value === '' ? entries : [...entries, [key, value]]);
}

export function LibraryFilters({ filter, sources, languages, taxonomy, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const set = (key: keyof ArticleFilter) => (e: { target: { value: string } }) =>
    onChange(withField(filter, key, e.target.value));
  const active = Object.keys(filter).length > 0;
  return (
    <div className="library-filters" role="group" aria-label={t('filters.label')}>
      <label>
        {t('filters.source')}
        <select aria-label={t('filters.source')} value={filter.source ?? ''} onChange={set('source')}>
          <option value="">{t('filters.all')}</option>
          {sources.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('columns.language')}
        <select aria-label={t('columns.language')} value={filter.language ?? ''} onChange={set('language')}>
          <option value="">{t('filters.all')}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('columns.status')}
        <select aria-label={t('columns.status')} value={filter.status ?? ''} onChange={set('status')}>
          <option value="">{t('filters.all')}</option>
          {ARTICLE_STATUSES.map((s: ArticleStatus) => (
            <option key={s} value={s}>
              {t(`readingStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.hasType')}
        <select aria-label={t('filters.hasType')} value={filter.hasType ?? ''} onChange={set('hasType')}>
          <option value="">{t('filters.any')}</option>
          {(taxonomy?.types ?? []).map((type) => (
            <option key={type.id} value={type.id}>
              {labelIn(type.label, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.from')}
        <input aria-label={t('filters.from')} type="date" value={filter.from ?? ''} onChange={set('from')} />
      </label>
      <label>
        {t('filters.to')}
        <input aria-label={t('filters.to')} type="date" value={filter.to ?? ''} onChange={set('to')} />
      </label>
      {active && (
        <button type="button" className="link" onClick={() => onChange({})}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
