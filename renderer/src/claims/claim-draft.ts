/**
 * A claim being built from the keyboard or the side panel, as pure state
 * transitions: started from an annotation in its natural role, then offered
 * more annotations, each going into the one role that fits or waiting for the
 * analyst to pick among several (`choosing`). Nothing here is stored: Enter
 * hands the members to createClaim, Esc drops the draft.
 */

import type { ClaimMember } from '../../../shared/schema/claim-schema';
import type { FrameDefinition } from '../../../shared/schema/taxonomy-schema';
import { naturalRole, roleAccepts } from '../../../shared/claims';
import { ok } from '../../../shared/result';
import type { UndoCommand } from '../../../shared/undo-history';
import { rolesToOffer } from './claim-roles';

/** An annotation as the draft needs it: its id and tag. */
export interface DraftCandidate {
  id: string;
  tag: string;
}

export interface ClaimDraft {
  frame: FrameDefinition;
  /** Members in the order they were added. */
  members: ClaimMember[];
  /** An annotation that fits several roles, waiting for the analyst's pick (role ids, likeliest first). */
  choosing: { annotationId: string; roles: string[] } | null;
}

/** What offering an annotation to a draft did. */
export type OfferOutcome = 'added' | 'choose' | 'noRole' | 'already';

/** A draft of `frame` holding `first` in its natural role; null when no role of the frame accepts its type. */
export function startDraft(frame: FrameDefinition, first?: DraftCandidate): ClaimDraft | null {
  if (!first) return { frame, members: [], choosing: null };
  const role = naturalRole(first, frame);
  if (!role) return null;
  return { frame, members: [{ role: role.id, annotationId: first.id }], choosing: null };
}

/**
 * Offers `candidate` to the draft: it goes into the only role that fits
 * ('added'), waits for a pick when several fit ('choose'), or changes nothing
 * when none fits ('noRole', or 'already' when it is a member already and no
 * other role takes it).
 */
export function offer(
  draft: ClaimDraft,
  candidate: DraftCandidate,
): { draft: ClaimDraft; outcome: OfferOutcome } {
  const roles = rolesToOffer(draft.frame, candidate.tag, candidate.id, draft.members);
  const member = draft.members.some((m) => m.annotationId === candidate.id);
  if (roles.length === 0)
    return { draft: { ...draft, choosing: null }, outcome: member ? 'already' : 'noRole' };
  const [only] = roles;
  if (roles.length === 1 && only) return { draft: place(draft, candidate.id, only.id), outcome: 'added' };
  return {
    draft: { ...draft, choosing: { annotationId: candidate.id, roles: roles.map((r) => r.id) } },
    outcome: 'choose',
  };
}

/** The draft with `annotationId` put in `role` (and no pick pending). */
export function place(draft: ClaimDraft, annotationId: string, role: string): ClaimDraft {
  return { ...draft, members: [...draft.members, { role, annotationId }], choosing: null };
}

/** Puts the annotation waiting for a pick in the `index`-th (0-based) of its roles; unchanged when there is no such role. */
export function pick(draft: ClaimDraft, index: number): ClaimDraft {
  const role = draft.choosing?.roles[index];
  return draft.choosing && role ? place(draft, draft.choosing.annotationId, role) : draft;
}

/** The draft without member `index` (0-based, in the order added). */
export function dropMember(draft: ClaimDraft, index: number): ClaimDraft {
  return { ...draft, members: draft.members.filter((_, i) => i !== index) };
}

/**
 * The draft without the members whose annotation is no longer among
 * `annotations` (deleted meanwhile) or whose tag its role no longer accepts
 * (retagged meanwhile), and without a pending pick on a deleted one.
 */
export function pruneDraft(
  draft: ClaimDraft,
  annotations: readonly { id: string; tag: string }[],
): ClaimDraft {
  const tags = new Map(annotations.map((a) => [a.id, a.tag]));
  const fits = (m: ClaimMember) => {
    const tag = tags.get(m.annotationId);
    const role = draft.frame.roles.find((r) => r.id === m.role);
    return tag !== undefined && role !== undefined && roleAccepts(role, tag);
  };
  const members = draft.members.filter(fits);
  const choosing = draft.choosing && tags.has(draft.choosing.annotationId) ? draft.choosing : null;
  return members.length === draft.members.length && choosing === draft.choosing
    ? draft
    : { ...draft, members, choosing };
}

/**
 * The undo step of a member added to the draft (`before` → `after`, in
 * article `articleId`): undo puts `before` back through `apply`, redo
 * `after`. It names no stored id: nothing is written, so no saved step
 * depends on it.
 */
export function draftMemberCommand(
  articleId: string,
  before: ClaimDraft,
  after: ClaimDraft,
  apply: (draft: ClaimDraft) => void,
): UndoCommand {
  return {
    articleId,
    label: 'draftMember',
    undo: () => {
      apply(before);
      return Promise.resolve(ok(null));
    },
    redo: () => {
      apply(after);
      return Promise.resolve(ok(null));
    },
  };
}
