/**
 * What deleting or retagging annotations does to the article's claims in
 * the store: nothing when no claim uses them, a refusal ('in-claim') when
 * some do and the caller gave no ClaimPolicy, else the claims after the
 * policy with the claim part of the one journal line that carries both.
 */

import {
  applyClaimChange,
  applyClaimPolicy,
  claimsAffected,
  type AnnotationLoss,
} from '../../../shared/claims';
import { AppFailure } from '../../../shared/result';
import type { Annotation } from '../../../shared/model';
import type { Claim, ClaimPolicy } from '../../../shared/schema/claim-schema';
import type { Taxonomy } from '../../../shared/taxonomy';
import type { JournalChange } from './annotation-journal';

/** The article's claims after a change and the claim part of its journal line. */
export interface ClaimsAfter {
  claims: Claim[];
  change: Pick<JournalChange, 'claimPut' | 'claimDel'>;
}

/**
 * The claims of one article after `loss` (annotations deleted or retagged)
 * under `policy` (frames from `taxonomy`, `at` the ISO time of the change);
 * undefined when no claim is affected.
 * @throws AppFailure 'in-claim' (params: count) when claims are affected and `policy` is absent.
 */
export function claimsAfterLoss(
  claims: readonly Claim[],
  loss: AnnotationLoss,
  policy: ClaimPolicy | undefined,
  taxonomy: Taxonomy,
  at: string,
): ClaimsAfter | undefined {
  const affected = claimsAffected(claims, loss, taxonomy);
  if (affected.length === 0) return undefined;
  if (!policy) {
    throw new AppFailure('in-claim', `${affected.length} claims use these annotations`, {
      count: affected.length,
    });
  }
  const change = applyClaimPolicy(claims, loss, policy, taxonomy, at);
  return {
    claims: applyClaimChange(claims, change),
    change: { claimPut: change.put, claimDel: change.del },
  };
}

/**
 * The claims after a library-wide rewrite turned `before` into `after` (a
 * new scheme moving or dropping tags): members whose annotation is gone or
 * whose new tag its role refuses are detached. Undefined when no claim changes.
 */
export function detachLost(
  claims: readonly Claim[],
  before: readonly Annotation[],
  after: readonly Annotation[],
  taxonomy: Taxonomy,
  now: Date,
): Claim[] | undefined {
  if (claims.length === 0) return undefined;
  const tags = new Map(after.map((a) => [a.id, a.tag]));
  const deleted = new Set(before.filter((a) => !tags.has(a.id)).map((a) => a.id));
  const retagged = new Map(
    before
      .filter((a) => tags.has(a.id) && tags.get(a.id) !== a.tag)
      .map((a) => [a.id, tags.get(a.id) ?? a.tag]),
  );
  return claimsAfterLoss(claims, { deleted, retagged }, 'detach', taxonomy, now.toISOString())?.claims;
}
