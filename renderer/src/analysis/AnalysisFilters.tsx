/**
 * The analysis filter bar: source, publication dates, reading status, tag,
 * entity, coder (an annotation's author) and the library search's words
 * (the articles that search matches), each "any" when blank. Edits go to the parent as whole
 * FilterFields; the parent turns them into the AnalysisFilter main takes.
 */

import { useTranslation } from 'react-i18next';
import type { EntitySummary } from '../../../shared/model';
import { ARTICLE_STATUSES } from '../../../shared/model';
import type { TagDefinition } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { DateRangeInputs } from '../ui/DateRangeInputs';
import { FilterSelect } from '../ui/FilterSelect';
import { NO_FILTER, type FilterFields } from './analysis-filter';

interface Props {
  fields: FilterFields;
  sources: readonly string[];
  tags: readonly TagDefinition[];
  entities: readonly EntitySummary[];
  onChange: (fields: FilterFields) => void;
}

type SelectKey = 'source' | 'status' | 'tag' | 'entity';

export function AnalysisFilters({ fields, sources, tags, entities, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const set = (key: keyof FilterFields) => (e: { target: { value: string } }) =>
    onChange({ ...fields, [key]: e.target.value });
  const tagLabel = (tag: TagDefinition) =>
    tag.id === tag.typeId
      ? labelIn(tag.label, language)
      : `${labelIn(tag.typeLabel, language)} / ${labelIn(tag.label, language)}`;
  const selects: { key: SelectKey; choices: { value: string; label: string }[] }[] = [
    { key: 'source', choices: sources.map((s) => ({ value: s, label: s })) },
    { key: 'status', choices: ARTICLE_STATUSES.map((s) => ({ value: s, label: t(`readingStatus.${s}`) })) },
    { key: 'tag', choices: tags.map((tag) => ({ value: tag.id, label: tagLabel(tag) })) },
    {
      key: 'entity',
      choices: entities.map((e) => ({ value: e.entity.id, label: labelIn(e.entity.name, language) })),
    },
  ];
  const active = Object.values(fields).some((v) => v !== '');
  return (
    <div className="analysis-filters" role="group" aria-label={t('analysis.filter.label')}>
      {selects.map(({ key, choices }) => (
        <FilterSelect
          key={key}
          label={t(`analysis.filter.${key}`)}
          any={t('analysis.filter.any')}
          value={fields[key]}
          choices={choices}
          onChange={(value) => onChange({ ...fields, [key]: value })}
        />
      ))}
      <DateRangeInputs
        from={fields.from}
        to={fields.to}
        onChange={(key, value) => onChange({ ...fields, [key]: value })}
      />
      <label>
        {t('analysis.filter.coder')}
        <input type="text" size={12} maxLength={100} value={fields.coder} onChange={set('coder')} />
      </label>
      <label>
        {t('analysis.filter.search')}
        <input
          type="search"
          dir="auto"
          size={16}
          maxLength={500}
          value={fields.search}
          onChange={set('search')}
        />
      </label>
      {active && (
        <button type="button" className="link" onClick={() => onChange(NO_FILTER)}>
          {t('analysis.filter.clear')}
        </button>
      )}
    </div>
  );
}
