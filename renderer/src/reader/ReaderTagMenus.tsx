/**
 * The reader's two tag menus: the one over a new selection (its pick creates
 * the annotation) and the retag menu (R) over the current annotation, which
 * writes onto that annotation as it is now. The retag menu yields to a
 * selection's menu.
 */

import type { Taxonomy } from '../../../shared/taxonomy';
import type { ReaderActions, PendingSelection } from './reader-actions';
import { TagMenu } from './TagMenu';
import type { Retagging } from './use-current-annotation';

interface Props {
  taxonomy: Taxonomy;
  pending: PendingSelection | null;
  retagging: Retagging | null;
  setPending: (pending: PendingSelection | null) => void;
  setRetagging: (retagging: null) => void;
  controls: Pick<ReaderActions, 'createFromPending' | 'update'>;
}

export function ReaderTagMenus({ taxonomy, pending, retagging, setPending, setRetagging, controls }: Props) {
  if (pending) {
    return (
      <TagMenu
        taxonomy={taxonomy}
        anchor={pending.rect}
        onPick={(tag) => void controls.createFromPending(pending, tag)}
        onClose={() => setPending(null)}
      />
    );
  }
  if (!retagging) return null;
  return (
    <TagMenu
      taxonomy={taxonomy}
      anchor={retagging.rect}
      onPick={(tag) => {
        setRetagging(null);
        const { annotation } = retagging;
        if (tag !== annotation.tag) void controls.update(annotation, { tag });
      }}
      onClose={() => setRetagging(null)}
    />
  );
}
