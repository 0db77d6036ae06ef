/**
 * The reader's view of which roles an annotation may fill, over the shared
 * rules of shared/claims.ts: the roles offered for an annotation (those that
 * fit, empty roles first so the likeliest is number 1 in the picker), and the
 * required roles a draft still leaves empty, as role definitions.
 */

import { emptyRequiredRoles, fittingRoles } from '../../../shared/claims';
import type { ClaimMember } from '../../../shared/schema/claim-schema';
import type { FrameDefinition, RoleDefinition } from '../../../shared/schema/taxonomy-schema';

/**
 * The roles of `frame` that annotation `id`, tagged `tag`, may fill next
 * given `members` (shared fittingRoles): the empty ones first, then those
 * already holding someone, each group in the frame's order.
 */
export function rolesToOffer(
  frame: FrameDefinition,
  tag: string,
  id: string,
  members: readonly ClaimMember[],
): RoleDefinition[] {
  const fits = fittingRoles({ id, tag }, frame, members);
  const filled = (r: RoleDefinition) => members.some((m) => m.role === r.id);
  return [...fits.filter((r) => !filled(r)), ...fits.filter(filled)];
}

/** The required roles of `frame` that `members` leave empty, in the frame's order. */
export function missingRoles(frame: FrameDefinition, members: readonly ClaimMember[]): RoleDefinition[] {
  const empty = new Set(emptyRequiredRoles(frame, members));
  return frame.roles.filter((r) => empty.has(r.id));
}
