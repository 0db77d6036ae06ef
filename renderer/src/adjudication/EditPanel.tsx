/**
 * "Edit" of a disagreement: the adjudicator picks the boundaries of either
 * coding and any tag of the scheme, then accepts (Enter or the button) or
 * cancels (Escape). Opens with the tag list focused, so the keyboard alone does it.
 */

import { useEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisagreementView, GoldSpan } from '../../../shared/adjudication/adjudication-types';
import { isolate } from '../../../shared/import-report-lines';
import type { TagDefinition } from '../../../shared/taxonomy';

interface Props {
  item: DisagreementView;
  coderA: string;
  coderB: string;
  tags: readonly TagDefinition[];
  tagLabel: (tag: string) => string;
  onAccept: (span: GoldSpan) => void;
  onCancel: () => void;
}

export function EditPanel({ item, coderA, coderB, tags, tagLabel, onAccept, onCancel }: Props) {
  const { t } = useTranslation();
  const sides = (['a', 'b'] as const).filter((s) => item[s] !== null);
  const [side, setSide] = useState<'a' | 'b'>(sides[0] ?? 'a');
  const [tag, setTag] = useState(item.a?.tag ?? item.b?.tag ?? tags[0]?.id ?? '');
  const tagRef = useRef<HTMLSelectElement>(null);
  useEffect(() => tagRef.current?.focus(), []);

  const accept = (event?: SyntheticEvent) => {
    event?.preventDefault();
    const coding = item[side];
    if (coding) onAccept({ start: coding.start, end: coding.end, tag });
  };
  const onKey = (event: KeyboardEvent) => {
    // Enter accepts from the selects too (a select has no implicit submission).
    if (event.key === 'Enter') accept(event);
    else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
    event.stopPropagation();
  };
  return (
    <form
      className="adjudication-edit"
      onSubmit={accept}
      onKeyDown={onKey}
      aria-label={t('adjudication.editTitle')}
    >
      <h3>{t('adjudication.editTitle')}</h3>
      <label>
        {t('adjudication.editTag')}
        <select ref={tagRef} value={tag} onChange={(e) => setTag(e.target.value)} data-testid="edit-tag">
          {tags.map((d) => (
            <option key={d.id} value={d.id}>
              {tagLabel(d.id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('adjudication.editBounds')}
        <select value={side} onChange={(e) => setSide(e.target.value as 'a' | 'b')} data-testid="edit-bounds">
          {sides.map((s) => (
            <option key={s} value={s}>
              {t('adjudication.boundsOf', {
                name: isolate(s === 'a' ? coderA : coderB),
                quote: isolate(item[s]?.quote ?? ''),
              })}
            </option>
          ))}
        </select>
      </label>
      <div className="adjudication-edit-actions">
        <button type="submit">{t('adjudication.accept')}</button>
        <button type="button" onClick={onCancel}>
          {t('adjudication.cancel')}
        </button>
      </div>
    </form>
  );
}
