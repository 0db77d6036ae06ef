/**
 * The publication date field of the article details dialog: typed as the
 * user writes dates in the interface language (day/month/year in Arabic,
 * Arabic-Indic digits too; month/day/year in English; ISO in both), read by
 * shared/date-input.ts. An unreadable date shows why under the field and is
 * never saved.
 */

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { dateOrderOf, parseDateInput, type DateInputProblem } from '../../../shared/date-input';
import { dateText } from '../ui/format-date';

export { dateText };

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
  const messageId = useId();
  return (
    <label>
      {t('form.date')}
      <input
        name="date"
        dir="auto"
        inputMode="numeric"
        placeholder={t('meta.datePlaceholder')}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? messageId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem && (
        <span id={messageId} className="form-error" role="alert">
          {t(`meta.dateProblem.${problem}`, { value: text })}
        </span>
      )}
    </label>
  );
}
