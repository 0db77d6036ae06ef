/**
 * The fields of one tag scheme entry (a type or a subtype): its Arabic and
 * English labels, each in its own direction; its id, editable only until the
 * entry is first saved (it is made from the first label, see
 * taxonomy-draft.ts, and shown read-only after); its colour and shortcut key.
 */

import { useTranslation } from 'react-i18next';
import type { Label } from '../../../shared/taxonomy';

/** A change to one entry: its labels, its id (typed by hand), colour or key. */
export interface EntryPatch {
  label?: Label;
  id?: string;
  color?: string;
  key?: string;
}

interface Props {
  id: string;
  /** True until the entry is saved: its id may still change. */
  isNew: boolean;
  label: Label;
  color: string;
  shortcut: string;
  onChange: (patch: EntryPatch) => void;
}

/** The two name fields of a type or subtype, Arabic first, each in its own direction. */
const LABEL_INPUTS = [
  { lang: 'ar', dir: 'rtl', name: 'taxonomy.labelAr' },
  { lang: 'en', dir: 'ltr', name: 'taxonomy.labelEn' },
] as const;

export function EntryFields({ id, isNew, label, color, shortcut, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {LABEL_INPUTS.map(({ lang, dir, name }) => (
        <input
          key={lang}
          aria-label={t(name)}
          lang={lang}
          dir={dir}
          value={label[lang]}
          placeholder={t(name)}
          onChange={(e) => onChange({ label: { ...label, [lang]: e.target.value } })}
        />
      ))}
      <input
        className="id-input"
        aria-label={t('taxonomy.id')}
        title={isNew ? t('taxonomy.idHint') : t('taxonomy.idFixed')}
        dir="ltr"
        value={id}
        readOnly={!isNew}
        maxLength={40}
        onChange={(e) => onChange({ id: e.target.value })}
      />
      <input
        type="color"
        aria-label={t('taxonomy.color')}
        value={color.toLowerCase()}
        onChange={(e) => onChange({ color: e.target.value.toUpperCase() })}
      />
      <input
        className="key-input"
        aria-label={t('taxonomy.key')}
        maxLength={1}
        value={shortcut}
        onChange={(e) => onChange({ key: e.target.value.slice(-1) })}
      />
    </>
  );
}
