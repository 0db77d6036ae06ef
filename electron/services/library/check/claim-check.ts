/**
 * The start-up check of an article's claims (issue 18): a claim must never
 * point to a missing annotation. With the annotations file and its journal
 * folded, every member whose annotation is absent is detached from its claim
 * and the repair is appended to the journal as one line (nothing when the
 * library is read-only: the load then leaves those members out in memory,
 * see `withoutDangling`); each repaired claim is reported, never silently.
 */

import type { Annotation, ArticleMeta } from '../../../../shared/model';
import type { Claim } from '../../../../shared/schema/claim-schema';
import type { ClaimRepair } from '../../../../shared/startup-report';
import { appendJournal, foldClaimJournal, journalPathOf, type JournalChange } from '../annotation-journal';
import type { LibraryPaths } from '../library-paths';
import type { Checker } from './library-check';

/**
 * `claims` with every member whose annotation is not in `annotations`
 * detached (`at` becomes the updatedAt of a changed claim), and the repairs
 * (claim id → annotation ids detached). Claims without such members stay the
 * same objects.
 */
export function withoutDangling(
  claims: readonly Claim[],
  annotations: readonly Annotation[],
  at: string,
): { claims: Claim[]; repaired: Claim[]; detached: Map<string, string[]> } {
  const ids = new Set(annotations.map((a) => a.id));
  const detached = new Map<string, string[]>();
  const repaired: Claim[] = [];
  const out = claims.map((claim) => {
    const gone = claim.members.filter((m) => !ids.has(m.annotationId));
    if (gone.length === 0) return claim;
    detached.set(
      claim.id,
      gone.map((m) => m.annotationId),
    );
    const fixed = { ...claim, members: claim.members.filter((m) => ids.has(m.annotationId)), updatedAt: at };
    repaired.push(fixed);
    return fixed;
  });
  return { claims: out, repaired, detached };
}

/**
 * Checks the claims of article `found.id` (its file's `stored` claims with
 * the journal `changes` applied, against its folded `annotations`) and,
 * unless the check is read-only, appends the repair to the article's journal
 * (`found.journal`: whether it exists). Resolves to what was repaired (empty
 * when nothing was wrong).
 */
export async function repairClaims(
  host: { paths: LibraryPaths; checker: Checker; openedAt: number },
  found: {
    id: string;
    meta: ArticleMeta | undefined;
    stored: readonly Claim[] | undefined;
    changes: readonly JournalChange[];
    annotations: readonly Annotation[];
    journal: boolean;
  },
): Promise<ClaimRepair[]> {
  const claims = foldClaimJournal(found.stored ?? [], found.changes);
  const at = new Date(host.openedAt).toISOString();
  const { repaired, detached } = withoutDangling(claims, found.annotations, at);
  if (repaired.length === 0) return [];
  const { readOnly } = host.checker;
  if (!readOnly) {
    const path = journalPathOf(host.paths.annotations(found.id));
    await appendJournal(path, { put: [], del: [], claimPut: repaired }, !found.journal);
  }
  const title = found.meta ? { title: found.meta.title } : {};
  return [...detached].map(([claimId, annotationIds]) => ({
    articleId: found.id,
    ...title,
    claimId,
    annotationIds,
    repaired: !readOnly,
  }));
}
