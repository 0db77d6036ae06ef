/**
 * A date filter bound (Library, Analysis, Agreement) typed as the interface
 * language writes dates: day/month/year in Arabic (Arabic-Indic digits too),
 * month/day/year in English, ISO in both (shared/date-input.ts, as the
 * article details dialog reads them). Chromium's own date input shows
 * mm/dd/yyyy whatever the app's language (its locale is fixed when the
 * process starts: Electron's `lang` switch), so it is not used. A typed
 * date is applied as soon as it reads whole; one that does not read shows
 * why when the field is left (or on Enter), and the filter keeps its value.
 */

import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dateOrderOf, parseDateInput, type DateInputProblem } from '../../../shared/date-input';
import { DateTextField } from './DateTextField';
import { dateText } from './format-date';
import './date-input.css';

interface Props {
  /** What the field is (its label). */
  label: string;
  /** The bound: an ISO day, or "" for none. */
  value: string;
  /** A readable date (or an emptied field, "") was typed: the ISO day. */
  onChange: (iso: string) => void;
}

export function DateInput({ label, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'ar';
  const order = dateOrderOf(language);
  const [text, setText] = useState(() => dateText(value, language));
  const [problem, setProblem] = useState<DateInputProblem | null>(null);
  // A value set from outside (filters cleared) or a language switch rewrites the text (state adjusted while rendering).
  const [seen, setSeen] = useState({ value, language });
  if (seen.value !== value || seen.language !== language) {
    setSeen({ value, language });
    const typed = parseDateInput(text, order);
    if (seen.language !== language || !typed.ok || typed.value !== value) {
      setText(dateText(value, language));
      setProblem(null);
    }
  }

  const type = (next: string) => {
    setText(next);
    const parsed = parseDateInput(next, order);
    if (!parsed.ok) return;
    setProblem(null);
    if (parsed.value !== value) onChange(parsed.value);
  };
  /** Leaving the field (or Enter): a date that does not read says why; one that does is written the interface's way. */
  const settle = () => {
    const parsed = parseDateInput(text, order);
    if (!parsed.ok) setProblem(parsed.problem);
    else setText(dateText(parsed.value, language));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') settle();
  };

  return (
    <DateTextField
      label={label}
      text={text}
      problemText={problem ? t(`dateFilter.problem.${problem}`, { value: text }) : null}
      placeholder={t('dateFilter.placeholder')}
      onChange={type}
      className="date-input"
      problemClassName="date-input-problem"
      inputProps={{ 'aria-label': label, onBlur: settle, onKeyDown }}
    />
  );
}
