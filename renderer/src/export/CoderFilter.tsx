/**
 * The export dialog's coder choice (issue 20): export only some coders'
 * annotations and claims (how a gold layer is exported). Names are typed,
 * separated by commas (Arabic or Latin); empty exports everyone's.
 */

import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

export function CoderFilter({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <label>
      {t('transfer.coderFilter')}
      <input
        name="coders"
        dir="auto"
        value={value}
        maxLength={2000}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
