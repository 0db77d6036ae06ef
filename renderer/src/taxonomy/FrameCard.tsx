/**
 * One claim frame in the scheme editor's Frames tab: its names, id, colour
 * and key (EntryFields, as a type has), ↑ ↓ to move it and its Remove control; then its roles
 * (RoleRow) with "Add role", and its attributes (AttributeRow) with "Add
 * attribute".
 */

import { useTranslation } from 'react-i18next';
import type { FrameDefinition, Taxonomy } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { AttributeRow } from './AttributeRow';
import { EntryFields, type EntryPatch } from './EntryFields';
import { newAttribute, newRole, relabelAt, savedFrameIds } from './frames-draft';
import { FrameMove, PartRemove } from './FramePartControls';
import { RoleRow } from './RoleRow';

interface Props {
  draft: Taxonomy;
  saved: Taxonomy;
  index: number;
  /** Replaces this frame in the draft (the label may rename a new frame's id among the others). */
  onFrames: (change: (frames: FrameDefinition[]) => FrameDefinition[]) => void;
  onRemove: () => void;
  /** Moves this frame one place up (-1) or down (1) in the list. */
  onMove: (step: -1 | 1) => void;
}

export function FrameCard({ draft, saved, index, onFrames, onRemove, onMove }: Props) {
  const { t, i18n } = useTranslation();
  const frame = draft.frames?.[index];
  if (!frame) return null;
  const ids = savedFrameIds(saved, frame.id);
  const savedFrames = new Set(saved.frames?.map((x) => x.id));
  const name = labelIn(frame.label, i18n.language) || frame.id;
  const onFrame = (next: FrameDefinition) =>
    onFrames((frames) => frames.map((x, i) => (i === index ? next : x)));
  const patch = ({ label, id, ...rest }: EntryPatch) =>
    onFrames((frames) => {
      const named = label ? relabelAt(frames, index, label, savedFrames, 'frame') : frames;
      return named.map((x, i) =>
        i === index ? { ...x, ...rest, ...(id === undefined ? {} : { id: id.trim().toLowerCase() }) } : x,
      );
    });
  const attributes = frame.attributes ?? [];
  const rolesTitle = `frame-${index}-roles`;
  const attributesTitle = `frame-${index}-attributes`;
  return (
    <li className="frame-card" data-frame-id={frame.id} style={{ borderInlineStartColor: frame.color }}>
      <div className="taxonomy-row">
        <EntryFields
          id={frame.id}
          isNew={!ids.frame}
          label={frame.label}
          color={frame.color}
          shortcut={frame.key}
          onChange={patch}
        />
        <FrameMove name={name} index={index} count={draft.frames?.length ?? 0} onMove={onMove} />
        <PartRemove name={t('taxonomy.frames.removeFrame', { name })} onRemove={onRemove} />
      </div>
      <h3 id={rolesTitle}>{t('taxonomy.frames.roles')}</h3>
      <ul className="frame-roles" aria-labelledby={rolesTitle}>
        {frame.roles.map((_, r) => (
          <RoleRow key={r} draft={draft} frame={frame} index={r} savedIds={ids.roles} onFrame={onFrame} />
        ))}
      </ul>
      <button
        type="button"
        className="link"
        onClick={() => onFrame({ ...frame, roles: [...frame.roles, newRole(draft, frame.roles)] })}
      >
        {t('taxonomy.frames.addRole')}
      </button>
      <h3 id={attributesTitle}>{t('taxonomy.frames.attributes')}</h3>
      <ul className="frame-attributes" aria-labelledby={attributesTitle}>
        {attributes.map((_, a) => (
          <AttributeRow
            key={a}
            frame={frame}
            index={a}
            savedIds={ids.attributes}
            savedOptions={ids.options}
            onFrame={onFrame}
          />
        ))}
      </ul>
      <button
        type="button"
        className="link"
        onClick={() => onFrame({ ...frame, attributes: [...attributes, newAttribute(attributes)] })}
      >
        {t('taxonomy.frames.addAttribute')}
      </button>
    </li>
  );
}
