/**
 * Where the annotations of one removed tag go: a select of "delete them" or
 * "move to <tag>" over the tags that remain. Used by the row's removal
 * question and by the check before saving.
 */

import { useTranslation } from 'react-i18next';
import type { TagDefinition } from '../../../shared/taxonomy';
import { tagTitle } from '../reader/AnnotationEditor';

interface Props {
  /** What the removed tag is called (in the interface language). */
  title: string;
  count: number;
  /** The destination chosen: a tag id, or null to delete. */
  value: string | null;
  remaining: readonly TagDefinition[];
  onChange: (value: string | null) => void;
}

export function ReassignChoice({ title, count, value, remaining, onChange }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <label>
      {t('taxonomy.inUse', { tag: title, count })}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">{t('taxonomy.deleteThem', { count })}</option>
        {remaining.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {t('taxonomy.moveTo', { tag: tagTitle(tag, i18n.language) })}
          </option>
        ))}
      </select>
    </label>
  );
}
