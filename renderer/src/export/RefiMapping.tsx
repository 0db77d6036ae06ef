/**
 * The mapping step of a REFI-QDA (.qdpx) import: what the project holds, and
 * one row per code with the tag it will carry — proposed by main (Hamish's
 * own codes, then tags of the same name), changeable to any tag of the
 * scheme, to a new tag, or to skip — before anything is written.
 */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeChoice, CodeChoiceEntry, RefiPreview } from '../../../shared/export/refi-types';
import { isolate } from '../../../shared/import-report-lines';
import { TagMappingTable, tagOfValue, tagValue } from './TagMappingTable';

interface Props {
  preview: RefiPreview;
  /** Called with every code's choice when the user confirms. */
  onConfirm: (choices: CodeChoiceEntry[]) => void;
  busy: boolean;
}

/** A choice as the value of a select: "new", "skip" or "tag:<id>". */
const valueOf = (choice: CodeChoice): string => (typeof choice === 'string' ? choice : tagValue(choice.tag));
const choiceOf = (value: string): CodeChoice => {
  const tag = tagOfValue(value);
  return tag !== undefined ? { tag } : value === 'skip' ? 'skip' : 'new';
};

export function RefiMapping({ preview, onConfirm, busy }: Props) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState(() => new Map(preview.codes.map((c) => [c.guid, c.choice])));

  return (
    <section className="refi-mapping" data-testid="refi-mapping">
      <p className="muted transfer-hint">
        {t('transfer.refi.summary', {
          // Names from the project, isolated: a Latin "ATLAS.ti … 23.2.3.27778" in the Arabic sentence took
          // the ": 0" after it into its own run, so it read «من 0: ATLAS.ti…».
          name: isolate(preview.name),
          origin: isolate(preview.origin),
          sources: preview.sources,
          selections: preview.selections,
          users: preview.users.map(isolate).join(t('transfer.refi.userSeparator')),
        })}
      </p>
      <TagMappingTable
        rows={preview.codes.map((code) => ({
          key: code.guid,
          name: code.path.join(' › '),
          uses: code.uses,
          value: valueOf(choices.get(code.guid) ?? 'new'),
        }))}
        fixed={[
          { value: 'new', label: t('transfer.refi.newTag') },
          { value: 'skip', label: t('transfer.refi.skip') },
        ]}
        columns={[t('transfer.refi.code'), t('transfer.refi.uses'), t('transfer.refi.tag')]}
        busy={busy}
        onChange={(guid, value) => setChoices(new Map(choices).set(guid, choiceOf(value)))}
      />
      <div className="modal-actions">
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => onConfirm([...choices].map(([guid, choice]) => ({ guid, choice })))}
        >
          {t('transfer.refi.import')}
        </button>
      </div>
    </section>
  );
}
