/**
 * The note an agreed unit's gold copy carries. Agreement (alpha, the agreed
 * units) is decided on span and tag alone: a note is a coder's free comment,
 * not a coded value, so two codings that differ only in their notes agree.
 * But the copy must not silently keep one coder's comment and drop the
 * other's: when the notes differ, the copy carries both, each after its
 * coder's name; when they are equal, or only one coder wrote one, that one.
 */

import type { Annotation } from '../model';
import { MAX_NOTE_LENGTH } from '../schema/limits';
import type { GoldWrite } from './adjudication-units';

/**
 * The gold copy's note for an agreed unit coded `a` by `coderA` and `b` by
 * `coderB`; undefined when neither wrote one. Cut to MAX_NOTE_LENGTH UTF-16
 * units (the note limit) on a code point boundary.
 */
export function agreedNote(
  a: Pick<Annotation, 'note'>,
  b: Pick<Annotation, 'note'>,
  coderA: string,
  coderB: string,
): string | undefined {
  const noteA = a.note?.trim() ? a.note : undefined;
  const noteB = b.note?.trim() ? b.note : undefined;
  if (noteA === noteB || !noteB) return noteA;
  if (!noteA) return noteB;
  const both = `${coderA}: ${noteA}\n${coderB}: ${noteB}`;
  // A cut between the two halves of a surrogate pair drops the lone half.
  return both.length <= MAX_NOTE_LENGTH
    ? both
    : both.slice(0, MAX_NOTE_LENGTH).replace(/[\uD800-\uDBFF]$/u, '');
}

/** The gold copy of an agreed unit (A's span and tag, entity link) with both coders' notes (agreedNote). */
export function agreedWrite(a: Annotation, b: Annotation, coderA: string, coderB: string): GoldWrite {
  const note = agreedNote(a, b, coderA, coderB);
  return {
    start: a.start,
    end: a.end,
    tag: a.tag,
    ...(note !== undefined ? { note } : {}),
    ...(a.entityId !== undefined ? { entityId: a.entityId } : {}),
  };
}
