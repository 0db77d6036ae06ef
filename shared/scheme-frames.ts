/**
 * The claim frames of a tag scheme against the rest of the scheme and the
 * library's claims: frames fitted to the scheme's types, and which claims a
 * new scheme (with its tag reassignment) would break — a frame or role
 * removed, or a type a role accepts removed while a member's annotation has
 * it — and what a ClaimPolicy makes of them (whether the frames themselves
 * are usable: shared/frame-problems.ts). Pure; main refuses ('frame-in-use') a scheme
 * that breaks claims unless the caller gives a policy.
 */

import { findFrame, findRole, roleAccepts, framesOf } from './claims';
import type { Annotation, TagReassignment } from './model';
import type { Claim, ClaimPolicy } from './schema/claim-schema';
import type { Taxonomy } from './taxonomy';

/**
 * `taxonomy` with its frames fitted to its types: a type the scheme no
 * longer has leaves every role's `accepts`; a role left accepting nothing
 * is removed, and a frame left with no role. Claims that used them are
 * caught by claimsBrokenByScheme. Frames absent: the default ones are fitted.
 */
export function fitFrames(taxonomy: Taxonomy): Taxonomy {
  const types = new Set(taxonomy.types.map((t) => t.id));
  const frames = framesOf(taxonomy)
    .map((frame) => ({
      ...frame,
      roles: frame.roles
        .map((role) => ({ ...role, accepts: role.accepts.filter((t) => types.has(t)) }))
        .filter((role) => role.accepts.length > 0),
    }))
    .filter((frame) => frame.roles.length > 0);
  return { ...taxonomy, frames };
}

/** One claim a new scheme breaks: the claim, and the members it loses (all of them when its frame is gone). */
export interface BrokenClaim {
  claim: Claim;
  frameGone: boolean;
  lost: Claim['members'];
}

/**
 * The claims of one article (`claims`, over its `annotations`) that scheme
 * `next` with `reassign` applied to the annotations breaks: their frame is
 * not in `next`, or a member's role is not, or the member's annotation is
 * deleted by `reassign` (mapped to null) or ends with a tag whose type its
 * role no longer accepts. Attribute values the frame no longer has are not
 * a break (they are dropped when the claim is next written by a policy).
 */
export function claimsBrokenByScheme(
  claims: readonly Claim[],
  annotations: readonly Annotation[],
  next: Taxonomy,
  reassign: TagReassignment,
): BrokenClaim[] {
  const tags = new Map(annotations.map((a) => [a.id, a.tag]));
  const out: BrokenClaim[] = [];
  for (const claim of claims) {
    const frame = findFrame(next, claim.frame);
    if (!frame) {
      out.push({ claim, frameGone: true, lost: claim.members });
      continue;
    }
    const lost = claim.members.filter((m) => {
      const role = findRole(frame, m.role);
      const was = tags.get(m.annotationId);
      if (!role || was === undefined) return true;
      const tag = Object.hasOwn(reassign, was) ? reassign[was] : was;
      return tag === null || tag === undefined || !roleAccepts(role, tag);
    });
    if (lost.length > 0) out.push({ claim, frameGone: false, lost });
  }
  return out;
}

/**
 * `claims` after applying `policy` to the claims `broken` names: 'delete'
 * drops them; 'detach' removes their lost members (updatedAt `at`) and
 * drops those whose frame is gone (a claim cannot live without its frame).
 */
export function applySchemePolicy(
  claims: readonly Claim[],
  broken: readonly BrokenClaim[],
  policy: ClaimPolicy,
  at: string,
): Claim[] {
  const byId = new Map(broken.map((b) => [b.claim.id, b]));
  const out: Claim[] = [];
  for (const claim of claims) {
    const b = byId.get(claim.id);
    if (!b) out.push(claim);
    else if (policy === 'detach' && !b.frameGone) {
      const lost = new Set(b.lost);
      out.push({ ...claim, members: claim.members.filter((m) => !lost.has(m)), updatedAt: at });
    }
  }
  return out;
}
