/**
 * Pure edits of stored annotations: checking a new tag scheme against the
 * tags in use, moving or deleting the annotations of tags it removes, and
 * counting entity mentions. (Making and patching one annotation is in
 * shared/annotation-edits.ts: the reader drafts edits with the same code.)
 */

import type { Annotation, Entity, EntitySummary, TagReassignment } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import { frameProblems } from '../../../shared/scheme-frames';
import { listTags, taxonomyProblems, type Taxonomy } from '../../../shared/taxonomy';

/** Applies a tag reassignment: moved annotations get their new tag, those mapped to null are dropped. */
export function reassignTags(
  annotations: readonly Annotation[],
  reassign: TagReassignment,
  at: string,
): { annotations: Annotation[]; changed: boolean } {
  let changed = false;
  const out: Annotation[] = [];
  for (const a of annotations) {
    if (!Object.hasOwn(reassign, a.tag)) {
      out.push(a);
      continue;
    }
    changed = true;
    const to = reassign[a.tag];
    if (to) out.push({ ...a, tag: to, updatedAt: at });
  }
  return { annotations: out, changed };
}

/**
 * Throws unless `next` is a usable scheme and every tag it drops that
 * annotations use (`uses`: count per tag) has a valid destination in `reassign`.
 */
export function checkSchemeChange(
  next: Taxonomy,
  reassign: TagReassignment,
  uses: Record<string, number>,
): void {
  const problems = [...taxonomyProblems(next), ...frameProblems(next)];
  if (problems.length > 0) {
    throw new AppFailure('invalid-taxonomy', problems.join('; '), { problem: problems[0] ?? '' });
  }
  const kept = new Set(listTags(next).map((t) => t.id));
  for (const [from, to] of Object.entries(reassign)) {
    if (kept.has(from) || (to !== null && !kept.has(to))) {
      throw new AppFailure('invalid-argument', `Cannot move "${from}" to "${String(to)}"`, {
        field: 'reassign',
      });
    }
  }
  for (const [tag, count] of Object.entries(uses)) {
    if (!kept.has(tag) && !Object.hasOwn(reassign, tag)) {
      throw new AppFailure('tag-in-use', `${count} annotations use "${tag}"`, { tag, count });
    }
  }
}

/** Counts, article by article, the annotations linked to each entity. */
export class MentionCounter {
  private readonly counts = new Map<string, { mentions: number; articles: number }>();

  /** Adds one article's annotations. */
  add(annotations: readonly Annotation[]): void {
    const seen = new Set<string>();
    for (const a of annotations) {
      if (!a.entityId) continue;
      const m = this.counts.get(a.entityId) ?? { mentions: 0, articles: 0 };
      m.mentions++;
      if (!seen.has(a.entityId)) m.articles++;
      seen.add(a.entityId);
      this.counts.set(a.entityId, m);
    }
  }

  /** Every entity with its counts, sorted by name. */
  summarise(entities: readonly Entity[]): EntitySummary[] {
    const name = (e: Entity) => e.name.ar || e.name.en;
    return entities
      .map((entity) => ({ entity, ...(this.counts.get(entity.id) ?? { mentions: 0, articles: 0 }) }))
      .sort((a, b) => name(a.entity).localeCompare(name(b.entity)));
  }
}
