/**
 * The claim being built in the reader: started on the selected annotation
 * (a frame's key, or "New claim" in the Claims tab with none), offered the
 * annotations the analyst selects next (Space), a role picked when several
 * fit, saved with Enter (refused, with the empty required roles named, when
 * one is empty) or dropped with Esc. Members whose annotation is deleted
 * meanwhile leave the draft.
 */

import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model';
import type { UndoHistory } from '../../../shared/undo-history';
import type { FrameDefinition } from '../../../shared/schema/taxonomy-schema';
import type { Notify } from '../status';
import { labelIn } from '../labels';
import {
  draftMemberCommand,
  dropMember,
  offer,
  pick,
  place,
  pruneDraft,
  startDraft,
  type ClaimDraft,
} from './claim-draft';
import { missingRoles } from './claim-roles';
import type { ClaimStore } from './use-claims';

export interface DraftControls {
  draft: ClaimDraft | null;
  /** Starts a draft of `frame`, with `first` in its natural role when given. */
  start: (frame: FrameDefinition, first: Annotation | null) => void;
  /** Offers an annotation to the draft (the selected one, on Space). */
  add: (annotation: Annotation | null) => void;
  /** Puts the annotation waiting for a role in the `index`-th role offered (0-based). */
  pick: (index: number) => void;
  drop: (index: number) => void;
  /** Puts annotation `annotationId` in `role` (the draft bar's per-role lists). */
  put: (annotationId: string, role: string) => void;
  /** Closes the role pick, keeping the draft. */
  closePick: () => void;
  cancel: () => void;
  save: () => Promise<void>;
}

/**
 * The reader's draft claim: its state and the controls the keys, the draft
 * bar and the Claims tab call. Saves through `store` (one undo step); each
 * member added is a step of `history` too (undo takes it out again); tells
 * refusals through `notify`, in the interface language.
 */
export function useClaimDraft(
  annotations: readonly Annotation[],
  store: ClaimStore,
  notify: Notify,
  { articleId, history }: { articleId: string; history: UndoHistory },
): DraftControls {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [raw, setDraft] = useState<ClaimDraft | null>(null);
  // An annotation deleted (or undone), or retagged out of its role, while the draft is open leaves it.
  const draft = useMemo(() => (raw ? pruneDraft(raw, annotations) : null), [raw, annotations]);

  /** Moves the draft to `next`; a member more is recorded as an undo step. */
  const change = useCallback(
    (before: ClaimDraft | null, next: ClaimDraft | null) => {
      setDraft(next);
      if (before && next && next.members.length > before.members.length)
        history.push(draftMemberCommand(articleId, before, next, setDraft));
    },
    [articleId, history],
  );

  const say = useCallback(
    (key: string, params: Record<string, string>) => notify({ kind: 'info', key, params }),
    [notify],
  );

  const start = useCallback(
    (frame: FrameDefinition, first: Annotation | null) => {
      const made = startDraft(frame, first ?? undefined);
      if (made) setDraft(made);
      else if (first) say('claims.noRole', { quote: first.quote, frame: labelIn(frame.label, language) });
    },
    [say, language],
  );

  const add = useCallback(
    (annotation: Annotation | null) => {
      if (!draft || !annotation) return;
      const { draft: next, outcome } = offer(draft, annotation);
      change(draft, next);
      const params = { quote: annotation.quote, frame: labelIn(draft.frame.label, language) };
      if (outcome === 'noRole') say('claims.noRole', params);
      if (outcome === 'already') say('claims.already', params);
    },
    [draft, say, language, change],
  );

  const save = useCallback(async () => {
    if (!draft) return;
    const missing = missingRoles(draft.frame, draft.members);
    if (missing.length > 0 || draft.members.length === 0) {
      const names = (missing.length > 0 ? missing : draft.frame.roles.slice(0, 1)).map((r) =>
        language.startsWith('en') ? labelIn(r.label, language) : `«${labelIn(r.label, language)}»`,
      );
      const roles = new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
      say('claims.needs', { frame: labelIn(draft.frame.label, language), roles });
      return;
    }
    const saved = await store.create({ frame: draft.frame.id, members: draft.members });
    if (saved) setDraft((d) => (d === raw ? null : d));
  }, [draft, raw, store, say, language]);

  return {
    draft,
    start,
    add,
    pick: (index) => change(draft, draft && pick(draft, index)),
    drop: (index) => setDraft(draft && dropMember(draft, index)),
    put: (annotationId, role) => change(draft, draft && place(draft, annotationId, role)),
    closePick: () => setDraft(draft && { ...draft, choosing: null }),
    cancel: () => setDraft(null),
    save,
  };
}
