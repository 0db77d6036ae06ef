/**
 * One role of a claim frame in the scheme editor: its names and id, whether
 * a claim must fill it (required) and whether several annotations may
 * (repeatable), ↑ ↓ to reorder, its Remove control, and under it a checkbox
 * per tag type of the scheme for the types whose annotations may fill it.
 */

import { useTranslation } from 'react-i18next';
import type { FrameDefinition, RoleDefinition, Taxonomy } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { PartLabels, PartRemove } from './FramePartControls';
import { acceptsWith, mapAt, without } from './frames-draft';
import { move } from './taxonomy-draft';

interface Props {
  draft: Taxonomy;
  frame: FrameDefinition;
  index: number;
  /** Ids of the saved frame's roles: a role not among them is new. */
  savedIds: ReadonlySet<string>;
  onFrame: (frame: FrameDefinition) => void;
}

/** The two yes/no choices of a role, in the order shown. */
const FLAGS = [
  { flag: 'required', name: 'taxonomy.frames.required' },
  { flag: 'repeatable', name: 'taxonomy.frames.repeatable' },
] as const;

export function RoleRow({ draft, frame, index, savedIds, onFrame }: Props) {
  const { t, i18n } = useTranslation();
  const role = frame.roles[index];
  if (!role) return null;
  const name = labelIn(role.label, i18n.language) || role.id;
  const change = (patch: Partial<RoleDefinition>) =>
    onFrame({ ...frame, roles: mapAt(frame.roles, index, (r) => ({ ...r, ...patch })) });
  // Types the role accepts that the scheme no longer has stay listed, so they can be unticked.
  const missing = role.accepts.filter((id) => !draft.types.some((type) => type.id === id));
  const choices = [
    ...draft.types.map((type) => ({ id: type.id, name: labelIn(type.label, i18n.language) || type.id })),
    ...missing.map((id) => ({ id, name: id })),
  ];
  return (
    <li className="frame-role" data-role-id={role.id}>
      <div className="taxonomy-row">
        <PartLabels
          list={frame.roles}
          index={index}
          savedIds={savedIds}
          prefix="role"
          onList={(roles) => onFrame({ ...frame, roles })}
        />
        {FLAGS.map(({ flag, name: flagName }) => (
          <label key={flag} className="inline">
            <input
              type="checkbox"
              checked={role[flag]}
              onChange={(e) => change({ [flag]: e.target.checked })}
            />
            {t(flagName)}
          </label>
        ))}
        <button
          type="button"
          aria-label={t('taxonomy.up')}
          onClick={() => onFrame({ ...frame, roles: move(frame.roles, index, -1) })}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('taxonomy.down')}
          onClick={() => onFrame({ ...frame, roles: move(frame.roles, index, 1) })}
        >
          ↓
        </button>
        <PartRemove
          name={t('taxonomy.frames.removeRole', { name })}
          onRemove={() => onFrame({ ...frame, roles: without(frame.roles, index) })}
        />
      </div>
      <fieldset className="role-accepts">
        <legend>{t('taxonomy.frames.accepts', { name })}</legend>
        {choices.map((type) => (
          <label key={type.id} className="inline">
            <input
              type="checkbox"
              checked={role.accepts.includes(type.id)}
              onChange={(e) => change({ accepts: acceptsWith(draft, role, type.id, e.target.checked) })}
            />
            {type.name}
          </label>
        ))}
      </fieldset>
    </li>
  );
}
