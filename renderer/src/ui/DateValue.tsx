/**
 * A date from the library's files, formatted in the interface language, or,
 * when it is not a real date, the value as stored, marked invalid (with the
 * reason in its title and for screen readers) so the rest of the row or
 * header still shows.
 */

import { useTranslation } from 'react-i18next';
import { formatDate } from './format-date';
import './feedback.css';

interface Props {
  value: string;
  /** How a valid date is written (default: the medium date style). */
  options?: Intl.DateTimeFormatOptions;
}

/** Nothing for "", a <time> for a real date, a marked span for anything else. */
export function DateValue({ value, options }: Props) {
  const { t, i18n } = useTranslation();
  if (value === '') return null;
  const formatted = formatDate(value, i18n.language, options);
  if (formatted !== null) return <time dateTime={value}>{formatted}</time>;
  return (
    <span className="invalid-value" data-invalid="date" title={t('invalid.date', { value })}>
      <span dir="ltr">{value}</span> <span className="invalid-mark">({t('invalid.mark')})</span>
    </span>
  );
}
