/**
 * The scheme editor's Frames tab (issue 18): the claim frames a claim links
 * annotations in, each a FrameCard with its roles and attributes ("Add
 * frame" is in the editor's actions), moved up and down with ↑ ↓ (the order
 * the reader offers them in; saved with the scheme). Removing a frame here only changes the draft: main refuses the
 * save while claims still use it, and the editor says so.
 */

import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { framesOf } from '../../../shared/claims';
import type { Taxonomy } from '../../../shared/taxonomy';
import { FrameCard } from './FrameCard';
import { mapFrames, without } from './frames-draft';
import { move } from './taxonomy-draft';
import './frames.css';

interface Props {
  draft: Taxonomy;
  saved: Taxonomy;
  onDraft: (draft: Taxonomy) => void;
}

export function FramesSection({ draft, saved, onDraft }: Props) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  // The frame just moved: its new place and the button pressed, which keeps the focus (or its twin, at an end).
  const movedRef = useRef<{ to: number; step: -1 | 1 } | null>(null);
  useLayoutEffect(() => {
    const moved = movedRef.current;
    if (!moved) return;
    const card = listRef.current?.children[moved.to];
    const pressed = card?.querySelector<HTMLButtonElement>(`[data-move="${moved.step < 0 ? 'up' : 'down'}"]`);
    const other = card?.querySelector<HTMLButtonElement>(`[data-move="${moved.step < 0 ? 'down' : 'up'}"]`);
    (pressed && !pressed.disabled ? pressed : other)?.focus();
    movedRef.current = null;
  });
  return (
    <div className="frames-section">
      <p className="frames-intro">{t('taxonomy.frames.intro')}</p>
      <ol className="frame-list" ref={listRef}>
        {framesOf(draft).map((_, f) => (
          <FrameCard
            key={f}
            draft={draft}
            saved={saved}
            index={f}
            onFrames={(change) => onDraft(mapFrames(draft, change))}
            onRemove={() => onDraft(mapFrames(draft, (frames) => without(frames, f)))}
            onMove={(step) => {
              onDraft(mapFrames(draft, (frames) => move(frames, f, step)));
              movedRef.current = { to: f + step, step };
            }}
          />
        ))}
      </ol>
    </div>
  );
}
