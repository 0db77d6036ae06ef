/**
 * Shown when an undo or redo step needs a tag the scheme no longer has: says
 * in words which type or subtype was removed, offers the type's other tags to
 * put the annotation back with, or drops the step (see use-undo-repair.ts).
 */

import { useTranslation } from 'react-i18next';
import { labelIn } from '../labels';
import { tagTitle } from '../reader/AnnotationEditor';
import type { PendingRepair } from './use-undo-repair';
import './undo-repair.css';

interface Props {
  repair: PendingRepair;
  onTag: (tag: string) => void;
  onDrop: () => void;
  onClose: () => void;
}

export function UndoRepair({ repair, onTag, onDrop, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { problem, direction } = repair;
  const name = problem.was ? labelIn(problem.was.label, i18n.language) : problem.tag;
  return (
    <section className="undo-repair" role="alertdialog" aria-live="assertive" data-testid="undo-repair">
      <p>
        {t(direction === 'undo' ? 'history.cannotUndo' : 'history.cannotRedo')}{' '}
        {t(problem.subtype ? 'history.subtypeRemoved' : 'history.typeRemoved', { name })}
      </p>
      <p>{t(problem.alternatives.length > 0 ? 'history.useOtherTag' : 'history.noOtherTag')}</p>
      <div className="editor-row">
        {problem.alternatives.map((tag) => (
          <button key={tag.id} type="button" onClick={() => onTag(tag.id)}>
            {tagTitle(tag, i18n.language)}
          </button>
        ))}
        <button type="button" className="danger" onClick={onDrop}>
          {t('history.dropStep')}
        </button>
        <button type="button" className="link" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </section>
  );
}
