/**
 * Making and patching one annotation, with its quote and context taken from
 * the text: main does it to store an edit, and the reader does it to show the
 * edit at once while main saves it. Pure; spans are code points.
 */

import { quoteSelector } from './anchoring';
import type { CodePointIndex } from './code-points';
import type { Annotation, AnnotationPatch, NewAnnotation } from './model';
import { AppFailure } from './result';

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

/** A new annotation from what the UI sent, with its quote and context taken from the text. */
export function newAnnotation(
  input: NewAnnotation,
  id: string,
  index: CodePointIndex,
  at: string,
): Annotation {
  return {
    id,
    articleId: input.articleId,
    start: input.start,
    end: input.end,
    ...quoteSelector(index, input.start, input.end),
    tag: input.tag,
    ...(input.note?.trim() ? { note: input.note } : {}),
    ...(input.entityId ? { entityId: input.entityId } : {}),
    createdAt: at,
    updatedAt: at,
  };
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
