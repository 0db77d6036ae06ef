/**
 * Controls every part of a claim frame (role, attribute, option) has in the
 * scheme editor: its name fields bound to its place in its list (a new
 * part's id follows its first label, see relabelAt), its Remove button, and
 * the ↑ ↓ buttons that move a frame in the list.
 */

import { useTranslation } from 'react-i18next';
import type { Label } from '../../../shared/taxonomy';
import { relabelAt } from './frames-draft';
import { LabelInputs } from './LabelInputs';

interface LabelsProps<T extends { id: string; label: Label }> {
  list: readonly T[];
  index: number;
  /** Ids of this list in the saved scheme: a part not among them is new. */
  savedIds: ReadonlySet<string>;
  /** The placeholder id's stem ("role" → "role-1"). */
  prefix: string;
  onList: (list: T[]) => void;
}

/** The Arabic and English names and the id of item `index` of `list`. */
export function PartLabels<T extends { id: string; label: Label }>(props: LabelsProps<T>) {
  const { list, index, savedIds, prefix, onList } = props;
  const item = list[index];
  if (!item) return null;
  return (
    <LabelInputs
      id={item.id}
      isNew={!savedIds.has(item.id)}
      label={item.label}
      onLabel={(label) => onList(relabelAt(list, index, label, savedIds, prefix))}
    />
  );
}

/** The Remove button of a part; `name` is its accessible name ("Remove role “Claimant”"). */
export function PartRemove({ name, onRemove }: { name: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="row-remove" aria-label={name} onClick={onRemove}>
      {t('taxonomy.frames.remove')}
    </button>
  );
}

/**
 * The ↑ and ↓ buttons of frame `name` (accessible names "Move frame “Claim”
 * up/down"); a button with nowhere to go is disabled. `data-move` lets the
 * list give the focus back to the same button once the frame has moved.
 */
export function FrameMove({
  name,
  index,
  count,
  onMove,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (step: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        data-move="up"
        aria-label={t('taxonomy.frames.moveUp', { name })}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        data-move="down"
        aria-label={t('taxonomy.frames.moveDown', { name })}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </>
  );
}
