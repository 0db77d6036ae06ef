/**
 * Pure edits of stored annotations: applying a patch (tag, note, entity, span)
 * with the quote taken again from the text, checking a span, and moving or
 * deleting the annotations of tags a new scheme removes.
 */

import { quoteSelector } from '../../../shared/anchoring';
import type { CodePointIndex } from '../../../shared/code-points';
import type { Annotation, AnnotationPatch, TagReassignment } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';

/** Throws AppFailure('out-of-range') unless [start, end) is a non-empty span inside a text of `length` code points. */
export function checkSpan(length: number, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end || end > length) {
    throw new AppFailure('out-of-range', `[${start}, ${end}) is not inside the text (length ${length})`, {
      start,
      end,
      length,
    });
  }
}

/** `current` with `patch` applied, or `current` itself when nothing changes. */
export function applyPatch(
  current: Annotation,
  patch: AnnotationPatch,
  index: CodePointIndex,
  at: string,
): Annotation {
  const next: Annotation = { ...current };
  if (patch.tag !== undefined) next.tag = patch.tag;
  if (patch.note !== undefined) {
    if (patch.note === null || patch.note.trim() === '') delete next.note;
    else next.note = patch.note;
  }
  if (patch.entityId !== undefined) {
    if (patch.entityId === null) delete next.entityId;
    else next.entityId = patch.entityId;
  }
  if (patch.start !== undefined || patch.end !== undefined) {
    const start = patch.start ?? current.start;
    const end = patch.end ?? current.end;
    checkSpan(index.length, start, end);
    Object.assign(next, { start, end }, quoteSelector(index, start, end));
    delete next.orphaned;
  }
  const same =
    next.tag === current.tag &&
    next.note === current.note &&
    next.entityId === current.entityId &&
    next.start === current.start &&
    next.end === current.end &&
    next.orphaned === current.orphaned;
  return same ? current : { ...next, updatedAt: at };
}

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
