/**
 * One row of the analysis aggregate per claim (issue 18): its frame, its
 * coder and its members, each member pointing straight at the aggregate
 * row of its annotation (same article), so a claim query groups by actor
 * key, tag or type without looking anything up. Built with the article's
 * annotation rows and replaced with them on every change.
 */

import type { Claim } from '../../../shared/schema/claim-schema';
import type { AnalysisRow } from './analysis-rows';

/** A claim's member as the views see it: its role and its annotation's row. */
export interface ClaimMemberRow {
  readonly role: string;
  readonly row: AnalysisRow;
}

/** A claim as the views see it. */
export interface ClaimRow {
  readonly id: string;
  readonly articleId: string;
  readonly frame: string;
  /** The claim's author; "" when it has none. */
  readonly coder: string;
  /** Members in stored order; a member whose annotation has no row (orphaned) is left out. */
  readonly members: readonly ClaimMemberRow[];
}

/** The default frame and roles "who demands what of whom" reads (the default scheme's `claim` frame). */
export const CLAIM_ROLES = {
  frame: 'claim',
  claimant: 'claimant',
  demand: 'demand',
  addressee: 'addressee',
} as const;

/** The claim rows of one article's `claims`, over the article's annotation `rows`. */
export function claimRowsOf(
  articleId: string,
  claims: readonly Claim[],
  rows: readonly AnalysisRow[],
): ClaimRow[] {
  if (claims.length === 0) return [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return claims.map((c) => ({
    id: c.id,
    articleId,
    frame: c.frame,
    coder: c.author ?? '',
    members: c.members.flatMap(({ role, annotationId }) => {
      const row = byId.get(annotationId);
      return row ? [{ role, row }] : [];
    }),
  }));
}

/** The rows of `claim`'s members in `role` that pass `test`. */
export function membersIn(claim: ClaimRow, role: string, test: (row: AnalysisRow) => boolean): AnalysisRow[] {
  return claim.members.filter((m) => m.role === role && test(m.row)).map((m) => m.row);
}
