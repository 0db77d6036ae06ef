/**
 * The name fields every entry of the tag scheme has (types, subtypes, claim
 * frames, roles, attributes and options): its Arabic and English labels, each
 * in its own direction, and its id, made from the first label typed (see
 * taxonomy-draft.ts). The id may be typed by hand until the entry is saved
 * when `onId` is given; otherwise, and once saved, it is shown read-only.
 */

import { useTranslation } from 'react-i18next';
import type { Label } from '../../../shared/taxonomy';

interface Props {
  id: string;
  /** True until the entry is saved: its id may still change. */
  isNew: boolean;
  label: Label;
  onLabel: (label: Label) => void;
  /** Takes an id typed by hand; without it the id field is read-only. */
  onId?: (id: string) => void;
}

/** The two name fields, Arabic first, each in its own direction. */
const LABEL_INPUTS = [
  { lang: 'ar', dir: 'rtl', name: 'taxonomy.labelAr' },
  { lang: 'en', dir: 'ltr', name: 'taxonomy.labelEn' },
] as const;

export function LabelInputs({ id, isNew, label, onLabel, onId }: Props) {
  const { t } = useTranslation();
  const editable = isNew && onId !== undefined;
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
          onChange={(e) => onLabel({ ...label, [lang]: e.target.value })}
        />
      ))}
      <input
        className="id-input"
        aria-label={t('taxonomy.id')}
        title={isNew ? t('taxonomy.idHint') : t('taxonomy.idFixed')}
        dir="ltr"
        value={id}
        readOnly={!editable}
        maxLength={40}
        onChange={(e) => onId?.(e.target.value)}
      />
    </>
  );
}
