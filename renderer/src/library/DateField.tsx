/**
 * The publication date field of the article details dialog: typed as the
 * user writes dates in the interface language (day/month/year in Arabic,
 * Arabic-Indic digits too; month/day/year in English; ISO in both), read by
 * shared/date-input.ts. An unreadable date shows why under the field and is
 * never saved.
 */

import { useTranslation } from 'react-i18next';
import { dateOrderOf, parseDateInput, type DateInputProblem } from '../../../shared/date-input';
import { DateTextField } from '../ui/DateTextField';
import { dateText } from '../ui/format-date';

interface Props {
  text: string;
  problem: DateInputProblem | null;
  onChange: (text: string) => void;
}

/**
 * The ISO day to save for `text`: `original` when the text still shows it
 * (so a stored date-time keeps its time), else what the text names.
 */
export function dateToSave(text: string, original: string, language: string) {
  if (text === dateText(original, language)) return { ok: true as const, value: original };
  return parseDateInput(text, dateOrderOf(language === 'ar' ? 'ar' : 'en'));
}

export function DateField({ text, problem, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <DateTextField
      label={t('form.date')}
      name="date"
      text={text}
      problemText={problem ? t(`meta.dateProblem.${problem}`, { value: text }) : null}
      placeholder={t('meta.datePlaceholder')}
      onChange={onChange}
    />
  );
}
