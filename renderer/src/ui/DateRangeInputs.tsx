/**
 * The "From" and "To" publication-date inputs of a filter bar (Analysis,
 * Agreement): ISO dates, "" for no bound. The parent checks the range.
 */

import { useTranslation } from 'react-i18next';

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
        <label key={key}>
          {t(`analysis.filter.${key}`)}
          <input type="date" value={values[key]} onChange={(e) => onChange(key, e.target.value)} />
        </label>
      ))}
    </>
  );
}
