/**
 * A claim shown as its sentence in the interface language (see
 * claim-sentence.ts): each role's part in its own span, an empty required
 * role marked, and the whole marked incomplete when one is.
 */

import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model';
import type { ClaimMember } from '../../../shared/schema/claim-schema';
import type { FrameDefinition } from '../../../shared/schema/taxonomy-schema';
import { claimSentence } from './claim-sentence';

interface Props {
  claim: { frame: string; members: readonly ClaimMember[] };
  frames: readonly FrameDefinition[];
  annotations: readonly Annotation[];
}

/** `claim` as its sentence in the interface language (its frame id alone when the scheme lacks the frame). */
export function ClaimSentence({ claim, frames, annotations }: Props) {
  const { t, i18n } = useTranslation();
  const frame = frames.find((f) => f.id === claim.frame);
  if (!frame) return <span className="claim-sentence">{claim.frame}</span>;
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const parts = claimSentence(frame, claim.members, (id) => byId.get(id), t, i18n.language);
  const separator = t('claims.sentence.separator');
  return (
    <span className="claim-sentence" data-testid="claim-sentence">
      {parts.map((p, i) => (
        <span key={p.role}>
          {i > 0 && separator}
          <span className={p.missing ? 'claim-part missing' : 'claim-part'} data-role={p.role}>
            {p.text}
          </span>
        </span>
      ))}
    </span>
  );
}
