/**
 * The mapping step of a REFI-QDA (.qdpx) import: what the project holds, and
 * one row per code with the tag it will carry — proposed by main (Hamish's
 * own codes, then tags of the same name), changeable to any tag of the
 * scheme, to a new tag, or to skip — before anything is written.
 */

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeChoice, CodeChoiceEntry, RefiPreview } from '../../../shared/export/refi-types';
import { listTags, type TagDefinition } from '../../../shared/taxonomy';
import { api } from '../api';
import { labelIn } from '../labels';

interface Props {
  preview: RefiPreview;
  /** Called with every code's choice when the user confirms. */
  onConfirm: (choices: CodeChoiceEntry[]) => void;
  busy: boolean;
}

/** A choice as the value of a select: "new", "skip" or "tag:<id>". */
const valueOf = (choice: CodeChoice): string => (typeof choice === 'string' ? choice : `tag:${choice.tag}`);
const choiceOf = (value: string): CodeChoice =>
  value === 'new' || value === 'skip' ? value : { tag: value.slice('tag:'.length) };

export function RefiMapping({ preview, onConfirm, busy }: Props) {
  const { t, i18n } = useTranslation();
  const [tags, setTags] = useState<TagDefinition[]>([]);
  const [choices, setChoices] = useState(() => new Map(preview.codes.map((c) => [c.guid, c.choice])));
  useEffect(() => {
    void api.getTaxonomy().then((result) => {
      if (result.ok) setTags(listTags(result.value));
    });
  }, []);
  const tagLabel = (tag: TagDefinition) =>
    tag.id.includes('.')
      ? `${labelIn(tag.typeLabel, i18n.language)} › ${labelIn(tag.label, i18n.language)}`
      : labelIn(tag.label, i18n.language);

  return (
    <section className="refi-mapping" data-testid="refi-mapping">
      <p className="muted transfer-hint">
        {t('transfer.refi.summary', {
          name: preview.name,
          origin: preview.origin,
          sources: preview.sources,
          selections: preview.selections,
          users: preview.users.join('، '),
        })}
      </p>
      <div className="refi-codes">
        <table>
          <thead>
            <tr>
              <th>{t('transfer.refi.code')}</th>
              <th>{t('transfer.refi.uses')}</th>
              <th>{t('transfer.refi.tag')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.codes.map((code) => (
              <tr key={code.guid}>
                <td>
                  <bdi>{code.path.join(' › ')}</bdi>
                </td>
                <td>{code.uses}</td>
                <td>
                  <select
                    aria-label={code.path.join(' › ')}
                    value={valueOf(choices.get(code.guid) ?? 'new')}
                    disabled={busy}
                    onChange={(e) => setChoices(new Map(choices).set(code.guid, choiceOf(e.target.value)))}
                  >
                    <option value="new">{t('transfer.refi.newTag')}</option>
                    <option value="skip">{t('transfer.refi.skip')}</option>
                    {tags.map((tag) => (
                      <option key={tag.id} value={`tag:${tag.id}`}>
                        {tagLabel(tag)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
