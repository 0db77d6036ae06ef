/**
 * One row of the scheme editor: a type (with its "leave proclitics out"
 * choice) or a subtype, its fields, ↑ ↓ to reorder, and its one Remove…
 * control; under it, the removal question while the row asks it.
 */

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Taxonomy } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { EntryFields, type EntryPatch } from './EntryFields';
import { mapEntry, mapType, move, relabel, setId, type EntryPlace } from './taxonomy-draft';

interface Props {
  at: EntryPlace;
  draft: Taxonomy;
  /** Ids of this row's level in the saved scheme: an entry not among them is new. */
  savedIds: ReadonlySet<string>;
  onDraft: (draft: Taxonomy) => void;
  onRemove: () => void;
  question: ReactNode;
}

/** The draft with `patch` applied to the entry at `at` (a label change may rename a new entry's id). */
function patched(
  draft: Taxonomy,
  at: EntryPlace,
  patch: EntryPatch,
  savedIds: ReadonlySet<string>,
): Taxonomy {
  const { label, id, ...rest } = patch;
  let next = label ? relabel(draft, at, label, savedIds) : draft;
  if (id !== undefined) next = setId(next, at, id);
  return Object.keys(rest).length > 0 ? mapEntry(next, at, (e) => ({ ...e, ...rest })) : next;
}

export function SchemeRow({ at, draft, savedIds, onDraft, onRemove, question }: Props) {
  const { t, i18n } = useTranslation();
  const type = draft.types[at.type];
  const entry = at.sub === undefined ? type : type?.subtypes[at.sub];
  if (!type || !entry) return null;
  const step = (by: -1 | 1) =>
    onDraft(
      at.sub === undefined
        ? { ...draft, types: move(draft.types, at.type, by) }
        : mapType(draft, at.type, (x) => ({ ...x, subtypes: move(x.subtypes, at.sub ?? 0, by) })),
    );
  const name = labelIn(entry.label, i18n.language) || entry.id;
  const row = (
    <div className="taxonomy-row">
      <EntryFields
        id={entry.id}
        isNew={!savedIds.has(entry.id)}
        label={entry.label}
        color={entry.color}
        shortcut={entry.key}
        onChange={(patch) => onDraft(patched(draft, at, patch, savedIds))}
      />
      {at.sub === undefined && (
        <label className="inline">
          <input
            type="checkbox"
            checked={type.clitics ?? false}
            onChange={(e) => onDraft(mapType(draft, at.type, (x) => ({ ...x, clitics: e.target.checked })))}
          />
          {t('taxonomy.clitics')}
        </label>
      )}
      <button type="button" aria-label={t('taxonomy.up')} onClick={() => step(-1)}>
        ↑
      </button>
      <button type="button" aria-label={t('taxonomy.down')} onClick={() => step(1)}>
        ↓
      </button>
      <button
        type="button"
        className="row-remove"
        aria-label={t('taxonomy.removeNamed', { name })}
        aria-expanded={question ? true : undefined}
        onClick={onRemove}
      >
        {t('taxonomy.remove')}
      </button>
    </div>
  );
  if (at.sub === undefined)
    return (
      <>
        {row}
        {question}
      </>
    );
  return (
    <li className="taxonomy-subtype" data-subtype-id={entry.id}>
      {row}
      {question}
    </li>
  );
}
