/**
 * The tag scheme editor: add, rename (Arabic and English), recolour, reorder
 * and remove types and subtypes, assign shortcut keys, and choose per type
 * whether proclitics are left out of spans. A new entry's id is made from its
 * first label and may be edited until saved. Each row has one Remove…
 * control; removing a used tag asks there and then where its annotations go.
 * Esc or Cancel with unsaved changes asks before discarding them. A second
 * tab edits the claim frames (FramesSection); a save with problems in either
 * tab shows that tab with what to fix, and a save main refuses says why.
 */

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagReassignment, TwinMergeReport } from '../../../shared/model';
import type { UndoHistory } from '../../../shared/undo-history';
import { schemeSaveCommand, sendSchemeSave } from '../../../shared/scheme-save-command';
import { schemeVersion } from '../../../shared/scheme-version';
import type { AppError } from '../../../shared/result';
import type { ClaimPolicy } from '../../../shared/schema/claim-schema';
import { frameProblems, type FrameProblem } from '../../../shared/frame-problems';
import { withFrames } from '../../../shared/claims';
import { listTags, typeProblems, type Taxonomy } from '../../../shared/taxonomy';
import { api } from '../api';
import { labelIn } from '../labels';
import { tagTitle } from '../reader/AnnotationEditor';
import type { Notify } from '../status';
import { Modal } from '../ui/Modal';
import { DiscardQuestion } from './DiscardQuestion';
import { FrameProblemList } from './FrameProblemList';
import { addFrame } from './frames-draft';
import { FramesSection } from './FramesSection';
import { MergeWarning, savedStatus } from './MergeWarning';
import { SaveRefusal } from './SaveRefusal';
import { SchemeTabs, type SchemeTab } from './SchemeTabs';
import { ReassignChoice } from './ReassignChoice';
import { RemoveQuestion } from './RemoveQuestion';
import { SchemeRow } from './SchemeRow';
import {
  addSubtype,
  addType,
  defaultDestination,
  droppedTags,
  removeEntry,
  tagsOfEntry,
  type EntryPlace,
} from './taxonomy-draft';

interface Props {
  notify: Notify;
  /** The session's undo history: steps on annotations a save merged are dropped from it. */
  history: UndoHistory;
  onClose: () => void;
  onSaved: () => void;
}

export function TaxonomyEditor({ notify, history, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<Taxonomy | null>(null);
  const [draft, setDraft] = useState<Taxonomy | null>(null);
  const [uses, setUses] = useState<Record<string, number>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [inUse, setInUse] = useState<Record<string, number> | null>(null);
  const [reassign, setReassign] = useState<TagReassignment>({});
  const [removing, setRemoving] = useState<EntryPlace | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [tab, setTab] = useState<SchemeTab>('types');
  const [frameIssues, setFrameIssues] = useState<FrameProblem[]>([]);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const [refusedMoves, setRefusedMoves] = useState<TagReassignment>({});
  /** The twins the save would merge, listed before it is made (MergeWarning), with the save to make. */
  const [merging, setMerging] = useState<{ merges: TwinMergeReport[]; save: () => void } | null>(null);

  useEffect(() => {
    void Promise.all([api.getTaxonomy(), api.countTagUses()]).then(([scheme, counts]) => {
      if (counts.ok) setUses(counts.value);
      if (scheme.ok) {
        // A scheme written before claims shows (and saves) the default frames that apply to it.
        setSaved(withFrames(scheme.value));
        setDraft(withFrames(scheme.value));
      } else notify({ kind: 'error', error: scheme.error });
    });
  }, [notify]);

  if (!saved || !draft) return null;
  const remaining = listTags(draft);
  const kept = new Set(remaining.map((x) => x.id));
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const titleIn = (scheme: Taxonomy) => (id: string) => {
    const tag = listTags(scheme).find((x) => x.id === id);
    return tag ? tagTitle(tag, i18n.language) : id;
  };
  const savedTitle = titleIn(saved);
  const usedBy = (ids: readonly string[]) =>
    Object.fromEntries(ids.filter((id) => (uses[id] ?? 0) > 0).map((id) => [id, uses[id] ?? 0]));

  /** Esc and Cancel: close, or with unsaved changes ask first (a second Esc keeps editing). */
  const requestClose = () => {
    if (merging) setMerging(null);
    else if (inUse) setInUse(null);
    else if (removing) setRemoving(null);
    else if (confirmDiscard) setConfirmDiscard(false);
    else if (dirty) setConfirmDiscard(true);
    else onClose();
  };

  const askRemove = (at: EntryPlace) => {
    const used = usedBy(tagsOfEntry(draft, at));
    if (Object.keys(used).length === 0) {
      setDraft(removeEntry(draft, at));
      return;
    }
    const left = new Set(listTags(removeEntry(draft, at)).map((x) => x.id));
    setReassign({
      ...reassign,
      ...Object.fromEntries(Object.keys(used).map((id) => [id, defaultDestination(id, left)])),
    });
    setRemoving(at);
  };

  const commit = async (moves: TagReassignment, claims?: ClaimPolicy, mergeAgreed = false) => {
    // Twins the moves would merge are listed first (the save merges them; undo brings them back).
    if (!mergeAgreed && Object.values(moves).some((to) => to !== null)) {
      const preview = await api.previewTwinMerges(moves);
      if (!preview.ok || preview.value.length > 0) {
        setInUse(null);
        if (preview.ok) setMerging({ merges: preview.value, save: () => void commit(moves, claims, true) });
        else notify({ kind: 'error', error: preview.error });
        return;
      }
    }
    setMerging(null);
    // Made on the scheme read (and previewed): refused, nothing written, if it changed since.
    const request = { taxonomy: draft, reassign: moves, claims: claims ?? null, base: schemeVersion(saved) };
    const result = await sendSchemeSave(api, request);
    if (result.ok) history.record(Promise.resolve(schemeSaveCommand(api, request, result.value.taxonomy)));
    setRefusal(result.ok ? null : result.error);
    setRefusedMoves(moves);
    if (!result.ok) {
      setInUse(null);
      notify({ kind: 'error', error: result.error });
      return;
    }
    // Steps on merged annotations would write back what no longer holds: dropped, and said.
    const steps = await history.dropTouching(result.value.merges.flatMap((m) => m.ids));
    notify(savedStatus(result.value, steps, titleIn(draft), t));
    onSaved();
  };

  const save = async () => {
    const found = typeProblems(draft);
    const inFrames = frameProblems(draft);
    setProblems(found);
    setFrameIssues(inFrames);
    if (found.length > 0 || inFrames.length > 0) {
      setTab(found.length > 0 ? 'types' : 'frames');
      return;
    }
    const counts = await api.countTagUses();
    if (!counts.ok) {
      notify({ kind: 'error', error: counts.error });
      return;
    }
    const used = droppedTags(saved, draft).filter((id) => (counts.value[id] ?? 0) > 0);
    const answered = (id: string) =>
      id in reassign && (reassign[id] === null || kept.has(reassign[id] ?? ''));
    const moves = Object.fromEntries(
      used.map((id) => [id, answered(id) ? (reassign[id] ?? null) : defaultDestination(id, kept)]),
    );
    if (used.every(answered)) {
      await commit(moves);
      return;
    }
    // Asked here only when a row's answer no longer holds (its destination was removed after).
    setReassign(moves);
    setInUse(Object.fromEntries(used.map((id) => [id, counts.value[id] ?? 0])));
  };

  /** The removal question under the row at `at`, while that row asks it. */
  const questionFor = (at: EntryPlace) => {
    if (!removing || removing.type !== at.type || removing.sub !== at.sub) return null;
    const type = draft.types[at.type];
    const entry = at.sub === undefined ? type : type?.subtypes[at.sub];
    return (
      <RemoveQuestion
        name={entry ? labelIn(entry.label, i18n.language) : ''}
        used={usedBy(tagsOfEntry(draft, at))}
        titleOf={savedTitle}
        reassign={reassign}
        remaining={listTags(removeEntry(draft, at))}
        onReassign={(id, to) => setReassign({ ...reassign, [id]: to })}
        onRemove={() => {
          setDraft(removeEntry(draft, at));
          setRemoving(null);
        }}
        onKeep={() => setRemoving(null)}
      />
    );
  };

  const savedSubIds = (ti: number) =>
    saved.types.find((x) => x.id === draft.types[ti]?.id)?.subtypes.map((s) => s.id) ?? [];
  const rowProps = (at: EntryPlace) => ({
    at,
    draft,
    savedIds: new Set(at.sub === undefined ? saved.types.map((x) => x.id) : savedSubIds(at.type)),
    onDraft: setDraft,
    onRemove: () => askRemove(at),
    question: questionFor(at),
  });

  return (
    <Modal title={t('taxonomy.title')} className="taxonomy-editor" onClose={requestClose}>
      {merging ? (
        <MergeWarning
          merges={merging.merges}
          titleOf={titleIn(draft)}
          onBack={() => setMerging(null)}
          onConfirm={merging.save}
        />
      ) : inUse ? (
        <div className="taxonomy-resolve" data-testid="taxonomy-resolve">
          <p>{t('taxonomy.inUseIntro')}</p>
          {Object.entries(inUse).map(([id, count]) => (
            <ReassignChoice
              key={id}
              title={savedTitle(id)}
              count={count}
              value={reassign[id] ?? null}
              remaining={remaining}
              onChange={(to) => setReassign({ ...reassign, [id]: to })}
            />
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
          <SchemeTabs tab={tab} onTab={setTab} />
          {tab === 'frames' && <FramesSection draft={draft} saved={saved} onDraft={setDraft} />}
          <ol className="taxonomy-types" id="scheme-types" hidden={tab !== 'types'}>
            {draft.types.map((type, ti) => (
              <li
                key={saved.types.some((x) => x.id === type.id) ? type.id : `new:${ti}`}
                className="taxonomy-type"
                data-type-id={type.id}
              >
                <SchemeRow {...rowProps({ type: ti })} />
                <ul className="taxonomy-subtypes">
                  {type.subtypes.map((sub, si) => (
                    <SchemeRow key={`${ti}:${si}`} {...rowProps({ type: ti, sub: si })} />
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
          {tab === 'frames' && <FrameProblemList draft={draft} problems={frameIssues} />}
          {refusal && (
            <SaveRefusal error={refusal} onPolicy={(policy) => void commit(refusedMoves, policy)} />
          )}
          {confirmDiscard && <DiscardQuestion onKeep={() => setConfirmDiscard(false)} onDiscard={onClose} />}
          <div className="modal-actions">
            {tab === 'types' ? (
              <button type="button" onClick={() => setDraft(addType(draft))}>
                {t('taxonomy.addType')}
              </button>
            ) : (
              <button type="button" onClick={() => setDraft(addFrame(draft))}>
                {t('taxonomy.frames.addFrame')}
              </button>
            )}
            <span className="spacer" />
            <button type="button" onClick={requestClose}>
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
