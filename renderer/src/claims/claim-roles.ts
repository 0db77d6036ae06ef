/**
 * Which roles of a claim frame an annotation may fill, as pure functions of
 * the scheme: a role fits an annotation when it accepts the type of the
 * annotation's tag, has room (a non-repeatable role holds one member) and does
 * not hold that annotation already. The natural role is the first role that
 * fits, in the frame's order (an actor first becomes the claimant).
 */

import type { Claim, ClaimMember } from '../../../shared/schema/claim-schema';
import type { FrameDefinition, RoleDefinition } from '../../../shared/schema/taxonomy-schema';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../../../shared/taxonomy';

/** The frames of a scheme; a scheme written before claims (no `frames`) gets the default ones. */
export function framesOf(taxonomy: Taxonomy): FrameDefinition[] {
  return taxonomy.frames ?? DEFAULT_TAXONOMY.frames ?? [];
}

/** The type id of a tag id ("demand.prisoners" → "demand"). */
export const typeIdOf = (tag: string): string => tag.split('.')[0] ?? tag;

/**
 * The roles of `frame` that annotation `annotationId`, tagged `tag`, may fill
 * next, given the `members` already placed, in the frame's order; empty roles
 * come before roles that already hold someone (so the first is the likeliest).
 */
export function fittingRoles(
  frame: FrameDefinition,
  tag: string,
  annotationId: string,
  members: readonly ClaimMember[],
): RoleDefinition[] {
  const type = typeIdOf(tag);
  const count = (role: string) => members.filter((m) => m.role === role).length;
  const fits = frame.roles.filter(
    (r) =>
      r.accepts.includes(type) &&
      (r.repeatable || count(r.id) === 0) &&
      !members.some((m) => m.role === r.id && m.annotationId === annotationId),
  );
  return [...fits.filter((r) => count(r.id) === 0), ...fits.filter((r) => count(r.id) > 0)];
}

/** The role a claim started from an annotation tagged `tag` puts it in: the first in frame order that accepts its type. */
export function naturalRole(frame: FrameDefinition, tag: string): RoleDefinition | undefined {
  const type = typeIdOf(tag);
  return frame.roles.find((r) => r.accepts.includes(type));
}

/** The required roles of `frame` that `members` leave empty, in the frame's order. */
export function missingRoles(frame: FrameDefinition, members: readonly ClaimMember[]): RoleDefinition[] {
  return frame.roles.filter((r) => r.required && !members.some((m) => m.role === r.id));
}

/** The roles among `roles` that no longer accept an annotation given tag `tag` (a retag). */
export function rolesRefusing(roles: readonly RoleDefinition[], tag: string): RoleDefinition[] {
  const type = typeIdOf(tag);
  return roles.filter((r) => !r.accepts.includes(type));
}

/**
 * The claims among `claims` that deleting annotations `deleted`, or giving
 * annotation `retag.id` tag `retag.tag`, would leave with a member that is
 * gone or no longer fits its role (frames from `frames`).
 */
export function claimsTouched(
  claims: readonly Claim[],
  frames: readonly FrameDefinition[],
  deleted: ReadonlySet<string>,
  retag?: { id: string; tag: string },
): Claim[] {
  return claims.filter((c) => {
    const frame = frames.find((f) => f.id === c.frame);
    return c.members.some((m) => {
      if (deleted.has(m.annotationId)) return true;
      if (!retag || retag.id !== m.annotationId) return false;
      const role = frame?.roles.find((r) => r.id === m.role);
      return !role || rolesRefusing([role], retag.tag).length > 0;
    });
  });
}
