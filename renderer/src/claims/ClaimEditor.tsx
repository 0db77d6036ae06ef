/**
 * The selected claim's fields under its row in the Claims tab: each of its
 * frame's attributes (the stance: for / against / neutral, or unset) as a
 * select, its note (saved when the field is left, if changed; a change
 * arriving while it is being typed in never overwrites it), and delete.
 * Every change is one undo step (use-claims.ts).
 */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim, ClaimPatch } from '../../../shared/schema/claim-schema';
import type { FrameDefinition } from '../../../shared/schema/taxonomy-schema';
import { labelIn } from '../labels';

interface Props {
  claim: Claim;
  frame: FrameDefinition | undefined;
  onUpdate: (patch: ClaimPatch) => void;
  onDelete: () => void;
}

/** The fields of `claim` (attributes of `frame`, note) and its delete; each change goes out through `onUpdate` as a ClaimPatch. */
export function ClaimEditor({ claim, frame, onUpdate, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const stored = claim.note ?? '';
  // What the analyst is typing (null when the field is not being edited): a note changed elsewhere
  // (undo, redo) shows in the field, but never over a draft.
  const [draft, setDraft] = useState<string | null>(null);
  const setAttribute = (id: string, option: string) => {
    const others = Object.entries(claim.attributes ?? {}).filter(([key]) => key !== id);
    onUpdate({ attributes: Object.fromEntries(option ? [...others, [id, option]] : others) });
  };
  return (
    <div
      className="claim-editor"
      data-testid="claim-editor"
      aria-label={t('claims.editor.label')}
      role="group"
    >
      {(frame?.attributes ?? []).map((attribute) => (
        <label key={attribute.id} className="claim-field">
          <span>{labelIn(attribute.label, i18n.language)}</span>
          <select
            value={claim.attributes?.[attribute.id] ?? ''}
            onChange={(e) => setAttribute(attribute.id, e.target.value)}
            data-testid={`claim-attribute-${attribute.id}`}
          >
            <option value="">{t('claims.editor.unset')}</option>
            {attribute.options.map((o) => (
              <option key={o.id} value={o.id}>
                {labelIn(o.label, i18n.language)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label className="claim-field">
        <span>{t('claims.editor.note')}</span>
        <textarea
          value={draft ?? stored}
          rows={2}
          dir="auto"
          data-testid="claim-note"
          onChange={(e) => setDraft(e.target.value)}
          onFocus={() => setDraft(stored)}
          onBlur={() => {
            const note = (draft ?? stored).trim();
            setDraft(null);
            if (note !== stored) onUpdate({ note: note || null });
          }}
        />
      </label>
      <div className="claim-editor-actions">
        <button type="button" className="danger" onClick={onDelete}>
          {t('claims.editor.delete')}
        </button>
      </div>
    </div>
  );
}
