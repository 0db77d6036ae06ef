/**
 * The Agreement view's choices: which articles (source, reading status,
 * publication dates), which coders (two or more, each with how many
 * annotations and articles), and the options of `hamish agreement`: the
 * measure (or every measure), categories by tag type or subtype, units by
 * exact span or overlap, untagged as "none" or missing.
 */

import { useTranslation } from 'react-i18next';
import { ARTICLE_STATUSES } from '../../../shared/model';
import type { AgreementCoder } from '../../../shared/schema/agreement-schema';
import { AGREEMENT_MEASURE_CHOICES, LEVELS, UNIT_RULES, UNTAGGED } from '../../../shared/agreement/report';
import { DateRangeInputs } from '../ui/DateRangeInputs';
import { FilterSelect } from '../ui/FilterSelect';
import type { AgreementOptionsChoice, ArticleFields } from './agreement-request';

interface Props {
  fields: ArticleFields;
  sources: readonly string[];
  onFields: (fields: ArticleFields) => void;
  coders: readonly AgreementCoder[];
  chosen: readonly string[];
  onChosen: (coders: string[]) => void;
  options: AgreementOptionsChoice;
  onOptions: (options: AgreementOptionsChoice) => void;
}

const OPTION_CHOICES = {
  measure: AGREEMENT_MEASURE_CHOICES,
  by: LEVELS,
  unit: UNIT_RULES,
  untagged: UNTAGGED,
} as const;

export function AgreementChoices(props: Props) {
  const { t } = useTranslation();
  const { fields, onFields, options, onOptions, chosen } = props;
  const toggle = (name: string, on: boolean) =>
    props.onChosen(on ? [...chosen, name] : chosen.filter((c) => c !== name));
  return (
    <div className="agreement-choices">
      <fieldset className="analysis-filters">
        <legend>{t('agreement.articles')}</legend>
        <FilterSelect
          label={t('analysis.filter.source')}
          any={t('analysis.filter.any')}
          value={fields.source}
          choices={props.sources.map((s) => ({ value: s, label: s }))}
          onChange={(source) => onFields({ ...fields, source })}
        />
        <FilterSelect
          label={t('analysis.filter.status')}
          any={t('analysis.filter.any')}
          value={fields.status}
          choices={ARTICLE_STATUSES.map((s) => ({ value: s, label: t(`readingStatus.${s}`) }))}
          onChange={(status) => onFields({ ...fields, status })}
        />
        <DateRangeInputs
          from={fields.from}
          to={fields.to}
          onChange={(key, value) => onFields({ ...fields, [key]: value })}
        />
      </fieldset>
      <fieldset className="agreement-coders">
        <legend>{t('agreement.coders')}</legend>
        {props.coders.length === 0 && <p className="muted">{t('agreement.noCoders')}</p>}
        {props.coders.map((c) => (
          <label key={c.name}>
            <input
              type="checkbox"
              checked={chosen.includes(c.name)}
              onChange={(e) => toggle(c.name, e.target.checked)}
            />
            <bdi>{c.name}</bdi>{' '}
            <span className="muted">
              {t('agreement.coderCounts', {
                annotations: t('agreement.annotationCount', { count: c.annotations }),
                articles: t('agreement.articleCount', { count: c.articles }),
              })}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="analysis-options">
        <legend>{t('agreement.options')}</legend>
        {(Object.keys(OPTION_CHOICES) as (keyof AgreementOptionsChoice)[]).map((key) => (
          <label key={key}>
            {t(`agreement.option.${key}`)}
            <select value={options[key]} onChange={(e) => onOptions({ ...options, [key]: e.target.value })}>
              {OPTION_CHOICES[key].map((value) => (
                <option key={value} value={value}>
                  {t(`agreement.choice.${key}.${value}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
