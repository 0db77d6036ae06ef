/**
 * Asked when the scheme editor is closed (Esc or Cancel) with unsaved
 * changes: keep editing (the default, and what a second Esc does) or discard.
 */

import { useTranslation } from 'react-i18next';

interface Props {
  onKeep: () => void;
  onDiscard: () => void;
}

export function DiscardQuestion({ onKeep, onDiscard }: Props) {
  const { t } = useTranslation();
  return (
    <div className="confirm taxonomy-discard" role="alertdialog" aria-label={t('taxonomy.unsaved')}>
      <span>{t('taxonomy.unsaved')}</span>
      <button type="button" autoFocus onClick={onKeep}>
        {t('taxonomy.keepEditing')}
      </button>
      <button type="button" className="danger" onClick={onDiscard}>
        {t('taxonomy.discard')}
      </button>
    </div>
  );
}
