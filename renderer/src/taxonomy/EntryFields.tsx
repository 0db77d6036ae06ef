/**
 * The fields of one tag scheme entry (a type, a subtype or a claim frame):
 * its Arabic and English labels and its id (LabelInputs: the id is editable
 * only until the entry is first saved), its colour and shortcut key.
 */

import { useTranslation } from 'react-i18next';
import type { Label } from '../../../shared/taxonomy';
import { LabelInputs } from './LabelInputs';

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

export function EntryFields({ id, isNew, label, color, shortcut, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <LabelInputs
        id={id}
        isNew={isNew}
        label={label}
        onLabel={(next) => onChange({ label: next })}
        onId={(next) => onChange({ id: next })}
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
