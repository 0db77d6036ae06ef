/**
 * Undo commands for claim changes, built from what the API returned: a
 * claim created is undone by deleting it and redone by restoring it exactly;
 * a delete the other way round; an edit by patching back every field. And
 * the annotation changes that took claims with them (a delete or retag under
 * a ClaimPolicy): undone by putting the annotation back, then the claims as
 * they were before; redone by the same call with the same policy.
 * Each command lists the annotations and claims it touches, so the history
 * drops the steps that depend on one that can no longer apply.
 */

import { patchOf } from './annotation-commands';
import type { Annotation, AnnotationPatch } from './model';
import type { Result } from './result';
import type { Claim, ClaimPatch, ClaimPolicy } from './schema/claim-schema';
import type { UndoCommand } from './undo-history';

/** The calls the claim commands make (a subset of the IPC contract). */
export interface ClaimCommandApi {
  deleteClaims(articleId: string, ids: string[]): Promise<Result<unknown>>;
  restoreClaims(articleId: string, claims: Claim[]): Promise<Result<unknown>>;
  updateClaim(articleId: string, id: string, patch: ClaimPatch): Promise<Result<unknown>>;
  restoreAnnotations(articleId: string, annotations: Annotation[]): Promise<Result<unknown>>;
  deleteAnnotations(articleId: string, ids: string[], claims?: ClaimPolicy): Promise<Result<unknown>>;
  updateAnnotation(
    articleId: string,
    id: string,
    patch: AnnotationPatch,
    claims?: ClaimPolicy,
  ): Promise<Result<unknown>>;
}

/** Ids a claim step depends on: the claims' own ids and their members' annotations. */
const idsOf = (claims: readonly Claim[]): string[] => [
  ...claims.map((c) => c.id),
  ...claims.flatMap((c) => c.members.map((m) => m.annotationId)),
];

/** The patch that puts every editable field of claim `c` back. */
export function claimPatchOf(c: Claim): ClaimPatch {
  return { frame: c.frame, members: c.members, attributes: c.attributes ?? {}, note: c.note ?? null };
}

/** The undo step of `claim` just created: undo deletes it, redo restores it as it was. */
export function createClaimCommand(api: ClaimCommandApi, claim: Claim): UndoCommand {
  return {
    articleId: claim.articleId,
    label: 'createClaim',
    ids: idsOf([claim]),
    undo: () => api.deleteClaims(claim.articleId, [claim.id]),
    redo: () => api.restoreClaims(claim.articleId, [claim]),
  };
}

/** The undo step of `claims` just deleted: undo restores them exactly, redo deletes them again. */
export function deleteClaimsCommand(api: ClaimCommandApi, articleId: string, claims: Claim[]): UndoCommand {
  return {
    articleId,
    label: 'deleteClaim',
    ids: idsOf(claims),
    undo: () => api.restoreClaims(articleId, claims),
    redo: () =>
      api.deleteClaims(
        articleId,
        claims.map((c) => c.id),
      ),
  };
}

/** The undo step of a claim edited from `before` to `after`: each way patches every field back. */
export function editClaimCommand(api: ClaimCommandApi, before: Claim, after: Claim): UndoCommand {
  return {
    articleId: before.articleId,
    label: 'editClaim',
    ids: idsOf([before, after]),
    undo: () => api.updateClaim(before.articleId, before.id, claimPatchOf(before)),
    redo: () => api.updateClaim(after.articleId, after.id, claimPatchOf(after)),
  };
}

/** Runs `first`, then `then` if it worked; the first failure is the result. */
async function inTurn(first: () => Promise<Result<unknown>>, then: () => Promise<Result<unknown>>) {
  const done = await first();
  return done.ok ? then() : done;
}

/**
 * Annotations deleted under `policy` with the claims they filled roles in:
 * undo restores the annotations, then `claims` as they were before.
 */
export function deleteWithClaimsCommand(
  api: ClaimCommandApi,
  articleId: string,
  deleted: Annotation[],
  claims: Claim[],
  policy: ClaimPolicy,
): UndoCommand {
  const ids = deleted.map((a) => a.id);
  return {
    articleId,
    label: 'delete',
    ids: [...ids, ...idsOf(claims)],
    writes: (direction) => (direction === 'undo' ? deleted : []),
    undo: () =>
      inTurn(
        () => api.restoreAnnotations(articleId, deleted),
        () => api.restoreClaims(articleId, claims),
      ),
    redo: () => api.deleteAnnotations(articleId, ids, policy),
  };
}

/**
 * An annotation retagged (or otherwise edited) under `policy`, which took
 * `claims` out of shape: undo patches it back, then restores the claims.
 */
export function editWithClaimsCommand(
  api: ClaimCommandApi,
  before: Annotation,
  after: Annotation,
  claims: Claim[],
  policy: ClaimPolicy,
): UndoCommand {
  return {
    articleId: before.articleId,
    label: before.tag === after.tag ? 'edit' : 'retag',
    ids: [before.id, ...idsOf(claims)],
    writes: (direction) => [direction === 'undo' ? before : after],
    undo: () =>
      inTurn(
        () => api.updateAnnotation(before.articleId, before.id, patchOf(before)),
        () => api.restoreClaims(before.articleId, claims),
      ),
    redo: () => api.updateAnnotation(after.articleId, after.id, patchOf(after), policy),
  };
}
