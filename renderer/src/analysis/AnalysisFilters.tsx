/**
 * The analysis filter bar: source, publication dates, reading status, tag,
 * entity and coder, each "any" when blank. Edits go to the parent as whole
 * FilterFields; the parent turns them into the AnalysisFilter main takes.
 */

import { useTranslation } from 'react-i18next';
import type { EntitySummary } from '../../../shared/model';
import { ARTICLE_STATUSES } from '../../../shared/model';
import type { TagDefinition } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { DateRangeInputs } from '../ui/DateRangeInputs';
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
        <label key={key}>
          {t(`analysis.filter.${key}`)}
          <select value={fields[key]} onChange={set(key)}>
            <option value="">{t('analysis.filter.any')}</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
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
      {active && (
        <button type="button" className="link" onClick={() => onChange(NO_FILTER)}>
          {t('analysis.filter.clear')}
        </button>
      )}
    </div>
  );
}
