/**
 * The tag scheme editor: add, rename (Arabic and English), recolour, reorder
 * and remove types and subtypes, assign shortcut keys, and choose per type
 * whether proclitics are left out of spans. Removing tags that annotations use
 * first asks where those annotations go (another tag, or deleted).
 */

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagReassignment } from '../../../shared/model';
import { listTags, taxonomyProblems, type Label, type Taxonomy } from '../../../shared/taxonomy';
import { api } from '../api';
import { tagTitle } from '../reader/AnnotationEditor';
import type { Notify } from '../status';
import { Modal } from '../ui/Modal';
import { addSubtype, addType, droppedTags, mapType, move } from './taxonomy-draft';

interface Props {
  notify: Notify;
  onClose: () => void;
  onSaved: () => void;
}

interface EntryProps {
  label: Label;
  color: string;
  shortcut: string;
  onChange: (patch: { label?: Label; color?: string; key?: string }) => void;
}

/** The two name fields of a type or subtype, Arabic first, each in its own direction. */
const LABEL_INPUTS = [
  { lang: 'ar', dir: 'rtl', name: 'taxonomy.labelAr' },
  { lang: 'en', dir: 'ltr', name: 'taxonomy.labelEn' },
] as const;

function EntryFields({ label, color, shortcut, onChange }: EntryProps) {
  const { t } = useTranslation();
  return (
    <>
      {LABEL_INPUTS.map(({ lang, dir, name }) => (
        <input
          key={lang}
          aria-label={t(name)}
          lang={lang}
          dir={dir}
          value={label[lang]}
          placeholder={t(name)}
          onChange={(e) => onChange({ label: { ...label, [lang]: e.target.value } })}
        />
      ))}
      <input
        type="color"
        aria-label={t('taxonomy.color')}
        value={color.toLowerCase()}
        onChange={(e) => onChange({ color: e.target.value.toUpperCase() })}
      />
      <input
        className="key-input"
        aria-label={t('taxonomy.key')}
        maxLength={1}
        value={shortcut}
        onChange={(e) => onChange({ key: e.target.value.slice(-1) })}
      />
    </>
  );
}

export function TaxonomyEditor({ notify, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<Taxonomy | null>(null);
  const [draft, setDraft] = useState<Taxonomy | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [inUse, setInUse] = useState<Record<string, number> | null>(null);
  const [reassign, setReassign] = useState<TagReassignment>({});

  useEffect(() => {
    void api.getTaxonomy().then((r) => {
      if (r.ok) {
        setSaved(r.value);
        setDraft(r.value);
      } else notify({ kind: 'error', error: r.error });
    });
  }, [notify]);

  if (!saved || !draft) return null;
  const remaining = listTags(draft);

  const commit = async (moves: TagReassignment) => {
    const result = await api.saveTaxonomy(draft, moves);
    if (!result.ok) {
      notify({ kind: 'error', error: result.error });
      return;
    }
    notify({ kind: 'info', key: 'taxonomy.saved' });
    onSaved();
  };

  const save = async () => {
    const found = taxonomyProblems(draft);
    setProblems(found);
    if (found.length > 0) return;
    const dropped = droppedTags(saved, draft);
    const uses = await api.countTagUses();
    if (!uses.ok) {
      notify({ kind: 'error', error: uses.error });
      return;
    }
    const used = Object.fromEntries(
      dropped.filter((id) => uses.value[id]).map((id) => [id, uses.value[id] ?? 0]),
    );
    if (Object.keys(used).length === 0) {
      await commit({});
      return;
    }
    // Default destination: the type itself when only a subtype goes, else delete.
    const kept = new Set(remaining.map((x) => x.id));
    setReassign(
      Object.fromEntries(
        Object.keys(used).map((id) => [
          id,
          kept.has(id.split('.')[0] ?? '') ? (id.split('.')[0] ?? null) : null,
        ]),
      ),
    );
    setInUse(used);
  };

  const savedTitle = (id: string) => {
    const tag = listTags(saved).find((x) => x.id === id);
    return tag ? tagTitle(tag, i18n.language) : id;
  };

  return (
    <Modal title={t('taxonomy.title')} className="taxonomy-editor" onClose={onClose}>
      {inUse ? (
        <div className="taxonomy-resolve" data-testid="taxonomy-resolve">
          <p>{t('taxonomy.inUseIntro')}</p>
          {Object.entries(inUse).map(([id, count]) => (
            <label key={id}>
              {t('taxonomy.inUse', { tag: savedTitle(id), count })}
              <select
                value={reassign[id] ?? ''}
                onChange={(e) =>
                  setReassign({ ...reassign, [id]: e.target.value === '' ? null : e.target.value })
                }
              >
                <option value="">{t('taxonomy.deleteThem', { count })}</option>
                {remaining.map((tag) => (
                  <option key={tag.id} value={tag.id}>
                    {t('taxonomy.moveTo', { tag: tagTitle(tag, i18n.language) })}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <div className="modal-actions">
            <span className="spacer" />
            <button type="button" onClick={() => setInUse(null)}>
              {t('tagMenu.back')}
            </button>
            <button type="button" className="primary" onClick={() => void commit(reassign)}>
              {t('taxonomy.apply')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <ol className="taxonomy-types">
            {draft.types.map((type, ti) => (
              <li key={type.id} className="taxonomy-type" data-type-id={type.id}>
                <div className="taxonomy-row">
                  <EntryFields
                    label={type.label}
                    color={type.color}
                    shortcut={type.key}
                    onChange={(patch) => setDraft(mapType(draft, ti, (x) => ({ ...x, ...patch })))}
                  />
                  <label className="inline">
                    <input
                      type="checkbox"
                      checked={type.clitics ?? false}
                      onChange={(e) =>
                        setDraft(mapType(draft, ti, (x) => ({ ...x, clitics: e.target.checked })))
                      }
                    />
                    {t('taxonomy.clitics')}
                  </label>
                  <button
                    type="button"
                    aria-label={t('taxonomy.up')}
                    onClick={() => setDraft({ ...draft, types: move(draft.types, ti, -1) })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={t('taxonomy.down')}
                    onClick={() => setDraft({ ...draft, types: move(draft.types, ti, 1) })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('taxonomy.remove')}
                    onClick={() => setDraft({ ...draft, types: draft.types.filter((_, i) => i !== ti) })}
                  >
                    ×
                  </button>
                </div>
                <ul className="taxonomy-subtypes">
                  {type.subtypes.map((sub, si) => (
                    <li key={sub.id} className="taxonomy-row" data-subtype-id={sub.id}>
                      <EntryFields
                        label={sub.label}
                        color={sub.color}
                        shortcut={sub.key}
                        onChange={(patch) =>
                          setDraft(
                            mapType(draft, ti, (x) => ({
                              ...x,
                              subtypes: x.subtypes.map((s, i) => (i === si ? { ...s, ...patch } : s)),
                            })),
                          )
                        }
                      />
                      <button
                        type="button"
                        aria-label={t('taxonomy.up')}
                        onClick={() =>
                          setDraft(mapType(draft, ti, (x) => ({ ...x, subtypes: move(x.subtypes, si, -1) })))
                        }
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        aria-label={t('taxonomy.down')}
                        onClick={() =>
                          setDraft(mapType(draft, ti, (x) => ({ ...x, subtypes: move(x.subtypes, si, 1) })))
                        }
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('taxonomy.remove')}
                        onClick={() =>
                          setDraft(
                            mapType(draft, ti, (x) => ({
                              ...x,
                              subtypes: x.subtypes.filter((_, i) => i !== si),
                            })),
                          )
                        }
                      >
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
                <button type="button" className="link" onClick={() => setDraft(addSubtype(draft, ti))}>
                  {t('taxonomy.addSubtype')}
                </button>
              </li>
            ))}
          </ol>
          {problems.length > 0 && (
            <p className="form-error" role="alert">
              {t('taxonomy.problems')}
            </p>
          )}
          <div className="modal-actions">
            <button type="button" onClick={() => setDraft(addType(draft))}>
              {t('taxonomy.addType')}
            </button>
            <span className="spacer" />
            <button type="button" onClick={onClose}>
              {t('actions.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void save()}>
              {t('taxonomy.save')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
