/**
 * Claims in a Hamish JSON import (version 2): checking, before anything is
 * written, that every claim's members name annotations of its own article in
 * the file and keep the rules of their frame in the merged scheme (a claim
 * pointing nowhere is refused, naming it); then mapping member ids through
 * what the annotation merge did (keep-both copies get new ids, twins fold
 * into the annotation kept) and merging the claims by id under the same
 * conflict policy.
 */

import { randomUUID } from 'node:crypto';
import { claimProblems, findFrame } from '../../../shared/claims';
import type { ConflictPolicy } from '../../../shared/export/export-request';
import type { HamishExport } from '../../../shared/export-format';
import type { Annotation } from '../../../shared/model';
import type { Claim, ExportedClaim } from '../../../shared/schema/claim-schema';
import type { Taxonomy } from '../../../shared/taxonomy';
import { twinKey as spanTagCoder } from '../../../shared/twins';
import { contentKey } from './annotation-merge';
import { refuse } from './import-check';

/**
 * Refuses ('invalid-import', reason 'claim-member-missing' or
 * 'invalid-claim', `where` naming the claim) the first claim of `data` whose
 * member names no annotation of its article in the file, or that breaks its
 * frame's rules in `taxonomy` (an incomplete claim is accepted: it may have
 * been stored so). Claim ids must be unique within an article.
 */
export function checkImportClaims(data: HamishExport, taxonomy: Taxonomy): void {
  data.articles.forEach((article, i) => {
    const byId = new Map(article.annotations.map((a) => [a.id, { ...a, articleId: article.id }]));
    const seen = new Set<string>();
    (article.claims ?? []).forEach((claim, j) => {
      const where = `articles[${i}] (id ${article.id}) › claims[${j}] (id ${claim.id})`;
      if (seen.has(claim.id)) refuse('duplicate-id', where, `claim id ${claim.id} is used twice`);
      seen.add(claim.id);
      const problems = claimProblems(claim, findFrame(taxonomy, claim.frame), byId);
      const missing = problems.find((p) => p.kind === 'missing-annotation');
      if (missing) {
        refuse(
          'claim-member-missing',
          where,
          `member ${missing.annotationId ?? ''} is no annotation of the article`,
        );
      }
      const broken = problems.find((p) => p.kind !== 'incomplete');
      if (broken) refuse('invalid-claim', where, `${broken.kind} (role "${broken.role ?? ''}")`);
    });
  });
}

/**
 * Where each annotation of the file (`theirs`, ids as in the file) ended in
 * the article's list `after` the merge: same id when it is there with the
 * same span and tag, else the annotation with the same content (a keep-both
 * copy), else the one with the same span, tag and coder (a twin it folded
 * into; `localCoder` is the coder of annotations without `author`).
 * Annotations with no such place are left out.
 */
export function memberIds(
  theirs: readonly Annotation[],
  after: readonly Annotation[],
  localCoder = '',
): Map<string, string> {
  const twinKey = (a: Annotation): string => spanTagCoder(a, localCoder);
  const byId = new Map(after.map((a) => [a.id, a]));
  const byContent = new Map(after.map((a) => [contentKey(a), a.id]));
  const bySpan = new Map(after.filter((a) => !a.orphaned).map((a) => [twinKey(a), a.id]));
  const ids = new Map<string, string>();
  for (const a of theirs) {
    const same = byId.get(a.id);
    const to =
      same && twinKey(same) === twinKey(a) ? a.id : (byContent.get(contentKey(a)) ?? bySpan.get(twinKey(a)));
    if (to !== undefined) ids.set(a.id, to);
  }
  return ids;
}

/**
 * The file's claims of one article as stored claims of `articleId`, members
 * mapped through `ids` (see memberIds); a member with no place, or whose
 * annotation there no longer fits its role (keep-mine kept another tag), is
 * left out.
 */
export function claimsOf(
  exported: readonly ExportedClaim[],
  articleId: string,
  ids: ReadonlyMap<string, string>,
  after: readonly Annotation[],
  taxonomy: Taxonomy,
): Claim[] {
  const byId = new Map(after.map((a) => [a.id, a]));
  return exported.map((e) => {
    const claim: Claim = { ...structuredClone(e), articleId };
    const mapped = claim.members.flatMap((m) => {
      const to = ids.get(m.annotationId);
      return to === undefined ? [] : [{ ...m, annotationId: to }];
    });
    const frame = findFrame(taxonomy, claim.frame);
    const fits = (m: Claim['members'][number]) =>
      claimProblems({ frame: claim.frame, members: [m] }, frame, byId).every((p) => p.kind === 'incomplete');
    return { ...claim, members: mapped.filter(fits) };
  });
}

/**
 * The fields that make two claims the same (ids, article and times aside):
 * members as a set (a format that writes them in the frame's role order,
 * as REFI-QDA's Links do, gives back the same claim) and attributes by name.
 */
const claimKey = (c: Claim): string =>
  JSON.stringify([
    c.frame,
    c.members.map((m) => `${m.role} ${m.annotationId}`).sort(),
    Object.entries(c.attributes ?? {}).sort(([a], [b]) => a.localeCompare(b)),
    c.note ?? '',
  ]);

/**
 * Merges `theirs` into `mine` by id under `policy`: a new id joins; the same
 * content stays; a differing one is kept (keep-mine), replaced (take-theirs)
 * or joins as a copy with a new id unless the same content is there
 * (keep-both). Undefined when nothing changes.
 */
export function mergeClaims(
  mine: readonly Claim[],
  theirs: readonly Claim[],
  policy: ConflictPolicy,
): Claim[] | undefined {
  const result = new Map(mine.map((c) => [c.id, c]));
  const contents = new Set(mine.map(claimKey));
  let changed = false;
  for (const claim of theirs) {
    const local = result.get(claim.id);
    const key = claimKey(claim);
    if (local && claimKey(local) === key) continue;
    if (!local) result.set(claim.id, claim);
    else if (policy === 'take-theirs') result.set(claim.id, claim);
    else if (policy === 'keep-mine' || contents.has(key)) continue;
    else {
      const id = randomUUID();
      result.set(id, { ...claim, id });
    }
    contents.add(key);
    changed = true;
  }
  return changed ? [...result.values()] : undefined;
}
