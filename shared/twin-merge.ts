/**
 * Merging the twins a bulk retag made (issue 14, rule 5 of docs/spans.md):
 * when a scheme change moves the annotations of a removed tag onto another
 * tag, an annotation may land on the span, tag and coder of another one
 * (shared/twins.ts). The two become one: the older is kept, it takes the
 * other's note (both notes, joined, when they differ) and its entity link
 * when it has none, and claim members that pointed to the dropped one point
 * to the kept one. Pure: the store applies it inside one article's write.
 */

import type { Annotation } from './model';
import type { Claim } from './schema/claim-schema';
import { MAX_NOTE_LENGTH } from './schema/limits';
import { twinKey } from './twins';

/** What merging did to one article's annotations. */
export interface TwinMerge {
  /** The annotations after the merge (the input itself when nothing merged). */
  annotations: Annotation[];
  /** Dropped annotation id → the id of the annotation it was merged into. */
  into: Map<string, string>;
}

/**
 * One group of twins merged (or that a scheme change would merge): the
 * annotation kept, as merged, and the ids of the group, the kept one first
 * (2 or more).
 */
export interface MergedGroup {
  kept: Annotation;
  ids: string[];
}

/** The groups `merge` made, in the order of its annotations; empty when nothing merged. */
export function mergedGroups(merge: TwinMerge): MergedGroup[] {
  const groups = new Map<string, string[]>();
  for (const [dropped, keptId] of merge.into)
    groups.set(keptId, [...(groups.get(keptId) ?? [keptId]), dropped]);
  return merge.annotations.flatMap((kept) => {
    const ids = groups.get(kept.id);
    return ids === undefined ? [] : [{ kept, ids }];
  });
}

/** Between two notes, when both are kept. */
const NOTE_JOIN = '\n\n';

/** Older first: by `createdAt` (ISO times compare as strings), then by id for a stable choice. */
const olderFirst = (a: Annotation, b: Annotation): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The notes of `kept` and `dropped` as one: either when the other is empty
 * or identical (after trimming), else both, the kept one's first, cut to
 * MAX_NOTE_LENGTH UTF-16 units so the merged record stays valid.
 */
export function mergedNote(kept?: string, dropped?: string): string | undefined {
  const a = kept?.trim() ? kept : undefined;
  const b = dropped?.trim() ? dropped : undefined;
  if (!a || !b || a.trim() === b.trim()) return a ?? b;
  return `${a}${NOTE_JOIN}${b}`.slice(0, MAX_NOTE_LENGTH);
}

/**
 * Merges the twins among `annotations` (span, tag and coder as in twinKey;
 * `localCoder` the coder of unauthored ones) in every group that holds an id
 * of `touched` (the annotations the retag changed), so twins made before
 * and untouched stay as they are. Orphaned annotations are never merged:
 * their span is stale. `at` (ISO time) becomes the kept one's `updatedAt`
 * when it took a note or a link.
 */
export function mergeTwins(
  annotations: readonly Annotation[],
  touched: ReadonlySet<string>,
  localCoder: string,
  at: string,
): TwinMerge {
  const groups = new Map<string, Annotation[]>();
  for (const a of annotations) {
    if (a.orphaned === true) continue;
    const key = twinKey(a, localCoder);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const into = new Map<string, string>();
  const replaced = new Map<string, Annotation>();
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some((a) => touched.has(a.id))) continue;
    const [first, ...rest] = [...group].sort(olderFirst);
    if (!first) continue;
    let kept: Annotation = first;
    for (const dropped of rest) {
      into.set(dropped.id, first.id);
      kept = absorb(kept, dropped, at);
    }
    replaced.set(first.id, kept);
  }
  if (into.size === 0) return { annotations: [...annotations], into };
  const out = annotations.filter((a) => !into.has(a.id)).map((a) => replaced.get(a.id) ?? a);
  return { annotations: out, into };
}

/** `kept` with `dropped`'s note and, when it has none, its entity link. */
function absorb(kept: Annotation, dropped: Annotation, at: string): Annotation {
  const note = mergedNote(kept.note, dropped.note);
  const entityId = kept.entityId ?? dropped.entityId;
  if (note === kept.note && entityId === kept.entityId) return kept;
  const out: Annotation = { ...kept, updatedAt: at };
  if (note === undefined) delete out.note;
  else out.note = note;
  if (entityId !== undefined) out.entityId = entityId;
  return out;
}

/**
 * `claims` with every member that named a dropped annotation (`into`, as
 * mergeTwins returns it) naming the kept one; a member that would repeat
 * one the claim has (same role, same annotation) goes. Undefined when no
 * claim changes; `at` (ISO time) becomes a changed claim's `updatedAt`.
 */
export function redirectMembers(
  claims: readonly Claim[],
  into: ReadonlyMap<string, string>,
  at: string,
): Claim[] | undefined {
  const names = (claim: Claim) => claim.members.some((m) => into.has(m.annotationId));
  if (!claims.some(names)) return undefined;
  return claims.map((claim) => {
    if (!names(claim)) return claim;
    const seen = new Set<string>();
    const members = claim.members
      .map((m) => ({ ...m, annotationId: into.get(m.annotationId) ?? m.annotationId }))
      .filter((m) => {
        const key = `${m.role}\u0000${m.annotationId}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    return { ...claim, members, updatedAt: at };
  });
}
