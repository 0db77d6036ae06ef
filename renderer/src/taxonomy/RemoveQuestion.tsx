/**
 * The question a row's one "Remove…" control asks, shown under the row when
 * the entry (or, for a type, any of its subtypes) is used by annotations:
 * where each used tag's annotations go, then Remove or Keep. Unused entries
 * are removed without a question.
 */

import { useTranslation } from 'react-i18next';
import type { TagReassignment } from '../../../shared/model';
import type { TagDefinition } from '../../../shared/taxonomy';
import { ReassignChoice } from './ReassignChoice';

interface Props {
  /** What the entry is called, for the question's name. */
  name: string;
  /** Used tags the removal drops: id → uses. */
  used: Record<string, number>;
  titleOf: (id: string) => string;
  reassign: TagReassignment;
  /** The tags left once the entry is gone. */
  remaining: readonly TagDefinition[];
  onReassign: (id: string, to: string | null) => void;
  onRemove: () => void;
  onKeep: () => void;
}

export function RemoveQuestion(props: Props) {
  const { name, used, titleOf, reassign, remaining, onReassign, onRemove, onKeep } = props;
  const { t } = useTranslation();
  return (
    <div className="taxonomy-remove" role="group" aria-label={t('taxonomy.removeNamed', { name })}>
      <p>{t('taxonomy.removeIntro', { name })}</p>
      {Object.entries(used).map(([id, count]) => (
        <ReassignChoice
          key={id}
          title={titleOf(id)}
          count={count}
          value={reassign[id] ?? null}
          remaining={remaining}
          onChange={(to) => onReassign(id, to)}
        />
      ))}
      <div className="modal-actions">
        <span className="spacer" />
        <button type="button" onClick={onKeep}>
          {t('taxonomy.keep')}
        </button>
        <button type="button" className="danger" onClick={onRemove}>
          {t('taxonomy.removeConfirm')}
        </button>
      </div>
    </div>
  );
}
