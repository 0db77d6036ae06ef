/**
 * Pure rules of claims (issue 18), shared by main (which enforces them on
 * every write) and the reader (which drafts claims with the same code): the
 * frames of a scheme, role lookup, the problems of a claim against its frame
 * and the article's annotations, the roles an annotation fits, which claims
 * deleting or retagging annotations touches, and what a ClaimPolicy makes of
 * them. No I/O.
 */

import type { Claim, ClaimMember, ClaimPolicy } from './schema/claim-schema';
import type { FrameDefinition, RoleDefinition } from './schema/taxonomy-schema';
import type { Annotation } from './model';
import { DEFAULT_TAXONOMY, type Taxonomy } from './taxonomy';

/** The frames of `taxonomy`: its own, or the default frames when it has none (a scheme written before claims). */
export function framesOf(taxonomy: Taxonomy): FrameDefinition[] {
  return taxonomy.frames ?? DEFAULT_TAXONOMY.frames ?? [];
}

/** `taxonomy` with its frames made explicit (the default ones when absent); itself when it has them. */
export function withFrames(taxonomy: Taxonomy): Taxonomy {
  return taxonomy.frames ? taxonomy : { ...taxonomy, frames: structuredClone(framesOf(taxonomy)) };
}

/** The frame `id` of `taxonomy` (default frames when it has none), or undefined. */
export function findFrame(taxonomy: Taxonomy, id: string): FrameDefinition | undefined {
  return framesOf(taxonomy).find((f) => f.id === id);
}

/** The role `id` of `frame`, or undefined. */
export function findRole(frame: FrameDefinition, id: string): RoleDefinition | undefined {
  return frame.roles.find((r) => r.id === id);
}

/** The type id of a tag id ("demand.prisoners" → "demand"). */
export const typeOfTagId = (tag: string): string => tag.split('.')[0] ?? tag;

/** Whether `role` accepts annotations tagged `tag` (its type is in `accepts`). */
export const roleAccepts = (role: RoleDefinition, tag: string): boolean =>
  role.accepts.includes(typeOfTagId(tag));

/** Why a claim breaks the rules; `incomplete` is the only one a stored claim may have (after a detach). */
export type ClaimProblemKind =
  | 'unknown-frame'
  | 'unknown-role'
  | 'missing-annotation'
  | 'orphaned-annotation'
  | 'wrong-type'
  | 'role-full'
  | 'duplicate-member'
  | 'incomplete';

/** One problem of a claim: its kind, the role concerned and the annotation concerned (when there is one). */
export interface ClaimProblem {
  kind: ClaimProblemKind;
  role?: string;
  annotationId?: string;
}

/**
 * Every problem of `claim` (its frame id and members) under the rules of the
 * claims contract: the frame is `frame` (undefined: not in the scheme);
 * every member's role is one of its roles; its annotation is in
 * `annotationsById` (the article's annotations), not orphaned, and its
 * tag's type is in the role's `accepts`; a non-repeatable role has at most
 * one member; no annotation twice in one role; every required role filled
 * (else 'incomplete', one problem per empty role). Get `frame` with
 * findFrame(taxonomy, claim.frame). Empty list: the claim is valid.
 */
export function claimProblems(
  claim: Pick<Claim, 'frame' | 'members'>,
  frame: FrameDefinition | undefined,
  annotationsById: ReadonlyMap<string, Annotation>,
): ClaimProblem[] {
  if (!frame) return [{ kind: 'unknown-frame' }];
  const problems: ClaimProblem[] = [];
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const { role: roleId, annotationId } of claim.members) {
    const role = findRole(frame, roleId);
    if (!role) {
      problems.push({ kind: 'unknown-role', role: roleId, annotationId });
      continue;
    }
    const pair = `${roleId}\u0000${annotationId}`;
    if (seen.has(pair)) problems.push({ kind: 'duplicate-member', role: roleId, annotationId });
    seen.add(pair);
    const count = (counts.get(roleId) ?? 0) + 1;
    counts.set(roleId, count);
    if (!role.repeatable && count === 2) problems.push({ kind: 'role-full', role: roleId, annotationId });
    const annotation = annotationsById.get(annotationId);
    if (!annotation) problems.push({ kind: 'missing-annotation', role: roleId, annotationId });
    else if (annotation.orphaned) problems.push({ kind: 'orphaned-annotation', role: roleId, annotationId });
    else if (!roleAccepts(role, annotation.tag))
      problems.push({ kind: 'wrong-type', role: roleId, annotationId });
  }
  for (const role of frame.roles) {
    if (role.required && !counts.has(role.id)) problems.push({ kind: 'incomplete', role: role.id });
  }
  return problems;
}

/** An attribute value of a claim its frame does not offer: the attribute id and the option id given. */
export interface AttributeProblem {
  attribute: string;
  option: string;
}

/**
 * The first attribute value of `attributes` that `frame` does not offer (an
 * attribute it does not define, or an option not among that attribute's
 * options), or undefined when every value is one of its options (or the
 * claim has none). Checked on create, on a change of attributes or frame,
 * and on import; a stored claim is never re-checked (a scheme edit may
 * leave a value behind).
 */
export function attributeProblem(
  attributes: Readonly<Record<string, string>> | undefined,
  frame: FrameDefinition,
): AttributeProblem | undefined {
  for (const [attribute, option] of Object.entries(attributes ?? {})) {
    const defined = frame.attributes?.find((a) => a.id === attribute);
    if (!defined?.options.some((o) => o.id === option)) return { attribute, option };
  }
  return undefined;
}

/** The required roles of `frame` that `members` leave empty (ids, in frame order). */
export function emptyRequiredRoles(frame: FrameDefinition, members: readonly ClaimMember[]): string[] {
  return frame.roles.filter((r) => r.required && !members.some((m) => m.role === r.id)).map((r) => r.id);
}

/**
 * The roles of `frame` that `annotation` may join in a claim that already has
 * `members`: the role accepts its tag's type, is free or repeatable, and does
 * not hold this annotation yet. In frame order.
 */
export function fittingRoles(
  annotation: Pick<Annotation, 'id' | 'tag'>,
  frame: FrameDefinition,
  members: readonly ClaimMember[] = [],
): RoleDefinition[] {
  return frame.roles.filter(
    (role) =>
      roleAccepts(role, annotation.tag) &&
      (role.repeatable || !members.some((m) => m.role === role.id)) &&
      !members.some((m) => m.role === role.id && m.annotationId === annotation.id),
  );
}

/**
 * The natural role of `annotation` in `frame` given the claim's `members`:
 * the first role whose accepts has its type and that is free or repeatable
 * (the first of fittingRoles), or undefined when none fits.
 */
export function naturalRole(
  annotation: Pick<Annotation, 'id' | 'tag'>,
  frame: FrameDefinition,
  members: readonly ClaimMember[] = [],
): RoleDefinition | undefined {
  return fittingRoles(annotation, frame, members)[0];
}

/**
 * A change of annotations as it concerns claims: ids deleted, and the new
 * tag of each retagged annotation (id → tag id).
 */
export interface AnnotationLoss {
  deleted?: ReadonlySet<string>;
  retagged?: ReadonlyMap<string, string>;
}

/** Whether `member` of a claim in `frame` is lost by `loss`: its annotation is deleted, or retagged to a type its role refuses. */
function memberLost(member: ClaimMember, frame: FrameDefinition | undefined, loss: AnnotationLoss): boolean {
  if (loss.deleted?.has(member.annotationId)) return true;
  const tag = loss.retagged?.get(member.annotationId);
  if (tag === undefined) return false;
  const role = frame ? findRole(frame, member.role) : undefined;
  return !role || !roleAccepts(role, tag);
}

/**
 * The claims of `claims` that `loss` leaves pointing to a deleted
 * annotation or to one whose new tag its role no longer accepts (frames
 * from `taxonomy`). Same objects, in order.
 */
export function claimsAffected(claims: readonly Claim[], loss: AnnotationLoss, taxonomy: Taxonomy): Claim[] {
  return claims.filter((c) => {
    const frame = findFrame(taxonomy, c.frame);
    return c.members.some((m) => memberLost(m, frame, loss));
  });
}

/** What a policy does to claims: claims put (changed, whole) and ids deleted. */
export interface ClaimChange {
  put: Claim[];
  del: string[];
}

/**
 * Applies `policy` to the claims `loss` affects: 'detach' removes the lost
 * members (the claim stays, perhaps incomplete; `at` becomes its
 * updatedAt), 'delete' deletes those claims. Claims not affected are not
 * named. Pure.
 */
export function applyClaimPolicy(
  claims: readonly Claim[],
  loss: AnnotationLoss,
  policy: ClaimPolicy,
  taxonomy: Taxonomy,
  at: string,
): ClaimChange {
  const affected = claimsAffected(claims, loss, taxonomy);
  if (policy === 'delete') return { put: [], del: affected.map((c) => c.id) };
  const put = affected.map((c) => {
    const frame = findFrame(taxonomy, c.frame);
    return { ...c, members: c.members.filter((m) => !memberLost(m, frame, loss)), updatedAt: at };
  });
  return { put, del: [] };
}

/** `claims` with `change` applied (puts replace by id or join at the end, deletes remove); a new array. */
export function applyClaimChange(claims: readonly Claim[], change: ClaimChange): Claim[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const c of change.put) byId.set(c.id, c);
  for (const id of change.del) byId.delete(id);
  return [...byId.values()];
}

/** Orders claims oldest first (then by id, so the order is total). */
export const compareClaims = (a: Claim, b: Claim): number =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
