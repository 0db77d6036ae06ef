/**
 * What every claim exporter needs to know about a claim beside its own
 * fields: the frame it belongs to (a scheme without frames has the default
 * ones), its members in the frame's role order, and its anchor — the member
 * a format that needs one point per claim (a brat event's trigger, the
 * origin of REFI-QDA Links) hangs the claim on: the demand of a "claim", the
 * event of an "event", for a frame of the user's own its first required role.
 * Pure: no file access, no Node built-ins.
 */

import type { ExportedArticle, ExportedAnnotation } from '../export-format';
import type { ClaimMember, ExportedClaim } from '../schema/claim-schema';
import type { FrameDefinition } from '../schema/taxonomy-schema';
import { emptyRequiredRoles } from '../claims';

/** The role a default frame's claims are anchored on, by frame id. */
const ANCHOR_ROLES: Readonly<Record<string, string>> = { claim: 'demand', event: 'event' };

/** An exported article with its claims (as Hamish JSON version 2 holds them). */
export type ArticleWithClaims = ExportedArticle & { claims?: ExportedClaim[] };

/** The claims an exported article carries (none when the export predates claims). */
export function articleClaims(article: ExportedArticle): ExportedClaim[] {
  return (article as ArticleWithClaims).claims ?? [];
}

/**
 * The claim's members ordered by the frame's roles (the analyst's order kept
 * within a role); members whose role the frame lacks come last, in their order.
 */
export function membersInRoleOrder(claim: ExportedClaim, frame: FrameDefinition | undefined): ClaimMember[] {
  const rank = (role: string): number => {
    const i = frame?.roles.findIndex((r) => r.id === role) ?? -1;
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return claim.members
    .map((member, index) => ({ member, index }))
    .sort((a, b) => rank(a.member.role) - rank(b.member.role) || a.index - b.index)
    .map((x) => x.member);
}

/** The role a frame's claims are anchored on: "demand" of claim, "event" of event, else the first required role, else the first. */
export function anchorRole(frame: FrameDefinition | undefined): string | undefined {
  if (!frame) return undefined;
  const preset = ANCHOR_ROLES[frame.id];
  if (preset !== undefined && frame.roles.some((r) => r.id === preset)) return preset;
  return (frame.roles.find((r) => r.required) ?? frame.roles[0])?.id;
}

/**
 * The anchor among `members` (in role order, see membersInRoleOrder): the
 * first in the frame's anchor role, else (a claim left incomplete) the first;
 * undefined when there is none.
 */
export function anchorOf<M extends { role: string }>(
  members: readonly M[],
  frame: FrameDefinition | undefined,
): M | undefined {
  const role = anchorRole(frame);
  return members.find((m) => m.role === role) ?? members[0];
}

/** Whether every required role of the frame has a member (a claim may be left incomplete by a 'detach'). */
export function isComplete(claim: ExportedClaim, frame: FrameDefinition | undefined): boolean {
  return frame === undefined || emptyRequiredRoles(frame, claim.members).length === 0;
}

/** The article's annotations by id, to resolve claim members. */
export function annotationsById(article: ExportedArticle): Map<string, ExportedAnnotation> {
  return new Map(article.annotations.map((a) => [a.id, a]));
}

/** A member with its annotation, as an exporter writes it. */
export interface ResolvedMember {
  role: string;
  annotation: ExportedAnnotation;
}

/**
 * The claim's members in role order with their annotations, leaving out any
 * whose annotation the export lacks (the store never lets that happen; an
 * orphaned annotation is left out of every export, and so is its membership).
 */
export function resolvedMembers(
  claim: ExportedClaim,
  frame: FrameDefinition | undefined,
  byId: ReadonlyMap<string, ExportedAnnotation>,
): ResolvedMember[] {
  return membersInRoleOrder(claim, frame).flatMap((m) => {
    const annotation = byId.get(m.annotationId);
    return annotation ? [{ role: m.role, annotation }] : [];
  });
}

/** A frame's or role's label in one language, falling back to the other, then to `id`. */
export function labelIn(label: { ar: string; en: string }, language: 'ar' | 'en', id: string): string {
  const other = language === 'ar' ? 'en' : 'ar';
  return label[language].trim() || label[other].trim() || id;
}
