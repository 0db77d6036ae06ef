/**
 * Filters of the library list: source, language, status, publication date
 * range or "without a date only" (with how many lack one), "has annotations
 * of type X".
 */

import { useTranslation } from 'react-i18next';
import type { ArticleFilter } from '../../../shared/library-query';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/model';
import type { Taxonomy } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { DateInput } from '../ui/DateInput';
import { FilterSelect, type FilterChoice } from '../ui/FilterSelect';

interface Props {
  filter: ArticleFilter;
  sources: string[];
  languages: string[];
  taxonomy: Taxonomy | null;
  /** How many articles have no publication date. */
  undated: number;
  onChange: (filter: ArticleFilter) => void;
}

/** The filter fields a select or date input sets (every one but the "without a date" switch). */
type TextKey = Exclude<keyof ArticleFilter, 'undated'>;

/** Sets or clears one field ("" or false clears). */
function withField(filter: ArticleFilter, key: keyof ArticleFilter, value: string | true): ArticleFilter {
  const entries = Object.entries(filter).filter(([k]) => k !== key);
  return Object.fromEntries(value === '' ? entries : [...entries, [key, value]]);
}

/** A select filter: its field, its label, what "no filter" reads and its choices. */
interface SelectFilter {
  key: TextKey;
  label: string;
  none: string;
  choices: FilterChoice[];
}

const same = (v: string): FilterChoice => ({ value: v, label: v });

export function LibraryFilters({ filter, sources, languages, taxonomy, undated, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const active = Object.keys(filter).length > 0;
  const selects: SelectFilter[] = [
    { key: 'source', label: t('filters.source'), none: t('filters.all'), choices: sources.map(same) },
    { key: 'language', label: t('columns.language'), none: t('filters.all'), choices: languages.map(same) },
    {
      key: 'status',
      label: t('columns.status'),
      none: t('filters.all'),
      choices: ARTICLE_STATUSES.map((s: ArticleStatus) => ({ value: s, label: t(`readingStatus.${s}`) })),
    },
    {
      key: 'hasType',
      label: t('filters.hasType'),
      none: t('filters.any'),
      choices: (taxonomy?.types ?? []).map((type) => ({
        value: type.id,
        label: labelIn(type.label, i18n.language),
      })),
    },
  ];
  const dates: { key: 'from' | 'to'; label: string }[] = [
    { key: 'from', label: t('filters.from') },
    { key: 'to', label: t('filters.to') },
  ];
  return (
    <div className="library-filters" role="group" aria-label={t('filters.label')}>
      {selects.map(({ key, label, none, choices }) => (
        <FilterSelect
          key={key}
          label={label}
          any={none}
          value={filter[key] ?? ''}
          choices={choices}
          onChange={(value) => onChange(withField(filter, key, value))}
          namesSelect
        />
      ))}
      {dates.map(({ key, label }) => (
        <DateInput
          key={key}
          label={label}
          value={filter[key] ?? ''}
          onChange={(value) => onChange(withField(filter, key, value))}
        />
      ))}
      <label className="inline undated-filter">
        <input
          type="checkbox"
          checked={filter.undated === true}
          onChange={(e) => onChange(withField(filter, 'undated', e.target.checked || ''))}
        />
        {t('filters.undated', { count: undated })}
      </label>
      {active && (
        <button type="button" className="link" onClick={() => onChange({})}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
