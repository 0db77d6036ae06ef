/**
 * The question asked before deleting or retagging an annotation that fills
 * roles in claims: the claims, as sentences, and three answers — remove it
 * from the roles, delete the claims, or cancel (Esc too). In the interface
 * language.
 */

import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model';
import type { FrameDefinition } from '../../../shared/schema/taxonomy-schema';
import { Modal } from '../ui/Modal';
import { ClaimSentence } from './ClaimSentence';
import type { GuardQuestion } from './use-claim-guard';

interface Props {
  question: GuardQuestion;
  frames: readonly FrameDefinition[];
  annotations: readonly Annotation[];
}

/** Asks `question` (the claims named as sentences); its buttons answer with a ClaimPolicy or null. */
export function ClaimGuardDialog({ question, frames, annotations }: Props) {
  const { t } = useTranslation();
  const { kind, quote, claims, answer } = question;
  return (
    <Modal
      title={t(`claims.guard.${kind}Title`, { quote, count: claims.length })}
      className="claim-guard"
      testId="claim-guard"
      onClose={() => answer(null)}
    >
      <ul className="claim-guard-list">
        {claims.map((c) => (
          <li key={c.id}>
            <ClaimSentence claim={c} frames={frames} annotations={annotations} />
          </li>
        ))}
      </ul>
      <p>{t('claims.guard.question')}</p>
      <div className="modal-actions">
        <button type="button" className="primary" data-autofocus onClick={() => answer('detach')}>
          {t('claims.guard.detach')}
        </button>
        <button type="button" className="danger" onClick={() => answer('delete')}>
          {t('claims.guard.delete')}
        </button>
        <span className="spacer" />
        <button type="button" onClick={() => answer(null)}>
          {t('claims.guard.cancel')}
        </button>
      </div>
    </Modal>
  );
}
