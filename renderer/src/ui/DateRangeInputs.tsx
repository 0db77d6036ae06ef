/**
 * The "From" and "To" publication-date inputs of a filter bar (Analysis,
 * Agreement): ISO dates, "" for no bound, typed as the interface language
 * writes dates (DateInput). The parent checks the range.
 */

import { useTranslation } from 'react-i18next';
import { DateInput } from './DateInput';

interface Props {
  from: string;
  to: string;
  /** A bound changed: `key` is which, `value` the ISO date or "". */
  onChange: (key: 'from' | 'to', value: string) => void;
}

export function DateRangeInputs({ from, to, onChange }: Props) {
  const { t } = useTranslation();
  const values = { from, to };
  return (
    <>
      {(['from', 'to'] as const).map((key) => (
        <DateInput
          key={key}
          label={t(`analysis.filter.${key}`)}
          value={values[key]}
          onChange={(value) => onChange(key, value)}
        />
      ))}
    </>
  );
}
