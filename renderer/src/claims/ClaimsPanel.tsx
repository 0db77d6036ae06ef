/**
 * The Claims tab of the reader's side panel: "New claim" (pick a frame; the
 * draft bar over the text then takes its members, from the text or from its
 * per-role lists of the article's annotations), and the article's claims as
 * sentences in the interface language, incomplete ones marked. Hovering or
 * focusing a claim shows it on the text; clicking selects it and opens its
 * editor (stance, note, delete).
 */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model';
import type { Claim } from '../../../shared/schema/claim-schema';
import type { FrameDefinition } from '../../../shared/schema/taxonomy-schema';
import { labelIn } from '../labels';
import { ClaimEditor } from './ClaimEditor';
import { missingRoles } from './claim-roles';
import { ClaimSentence } from './ClaimSentence';
import type { ClaimStore } from './use-claims';

interface Props {
  store: ClaimStore;
  frames: readonly FrameDefinition[];
  annotations: readonly Annotation[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
  /** Starts an empty draft of a frame. */
  onNew: (frame: FrameDefinition) => void;
}

/** The Claims tab's content: "New claim" and the article's claims from `store`, the one `selectedId` open. */
export function ClaimsPanel({ store, frames, annotations, selectedId, onSelect, onHover, onNew }: Props) {
  const { t, i18n } = useTranslation();
  const [frameId, setFrameId] = useState(frames[0]?.id ?? '');
  const frameOf = (c: Claim) => frames.find((f) => f.id === c.frame);
  return (
    <>
      <form
        className="claim-new"
        onSubmit={(e) => {
          e.preventDefault();
          const frame = frames.find((f) => f.id === frameId);
          if (frame) onNew(frame);
        }}
      >
        <label>
          <span>{t('claims.newFrame')}</span>
          <select value={frameId} onChange={(e) => setFrameId(e.target.value)} data-testid="claim-new-frame">
            {frames.map((f) => (
              <option key={f.id} value={f.id}>
                {labelIn(f.label, i18n.language)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('claims.new')}</button>
      </form>
      {store.claims.length === 0 && <p className="panel-empty">{t('claims.none')}</p>}
      <ul className="claim-list" onMouseLeave={() => onHover(null)}>
        {store.claims.map((c) => {
          const frame = frameOf(c);
          const incomplete = frame ? missingRoles(frame, c.members).length > 0 : false;
          const selected = c.id === selectedId;
          return (
            <li key={c.id} className="claim-item" data-claim-id={c.id} aria-current={selected || undefined}>
              <button
                type="button"
                className="claim-row"
                aria-expanded={selected}
                style={{ borderInlineStartColor: frame?.color }}
                onClick={() => onSelect(selected ? null : c.id)}
                onMouseEnter={() => onHover(c.id)}
                onFocus={() => onHover(c.id)}
                onBlur={() => onHover(null)}
              >
                <span className="claim-frame">{frame ? labelIn(frame.label, i18n.language) : c.frame}</span>
                {incomplete && (
                  <span className="claim-incomplete" title={t('claims.incompleteTitle')}>
                    {t('claims.incomplete')}
                  </span>
                )}
                <ClaimSentence claim={c} frames={frames} annotations={annotations} />
              </button>
              {selected && (
                <ClaimEditor
                  key={c.id}
                  claim={c}
                  frame={frame}
                  onUpdate={(patch) => void store.update(c, patch)}
                  onDelete={() => {
                    onSelect(null);
                    void store.remove([c]);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
