/**
 * The scheme editor's Frames tab (issue 18): the claim frames a claim links
 * annotations in, each a FrameCard with its roles and attributes ("Add
 * frame" is in the editor's actions). Removing a frame here only changes the draft: main refuses the
 * save while claims still use it, and the editor says so.
 */

import { useTranslation } from 'react-i18next';
import { framesOf } from '../../../shared/claims';
import type { Taxonomy } from '../../../shared/taxonomy';
import { FrameCard } from './FrameCard';
import { mapFrames, without } from './frames-draft';
import './frames.css';

interface Props {
  draft: Taxonomy;
  saved: Taxonomy;
  onDraft: (draft: Taxonomy) => void;
}

export function FramesSection({ draft, saved, onDraft }: Props) {
  const { t } = useTranslation();
  return (
    <div className="frames-section">
      <p className="frames-intro">{t('taxonomy.frames.intro')}</p>
      <ol className="frame-list">
        {framesOf(draft).map((_, f) => (
          <FrameCard
            key={f}
            draft={draft}
            saved={saved}
            index={f}
            onFrames={(change) => onDraft(mapFrames(draft, change))}
            onRemove={() => onDraft(mapFrames(draft, (frames) => without(frames, f)))}
          />
        ))}
      </ol>
    </div>
  );
}
