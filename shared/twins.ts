/**
 * No twins: an annotation with the same span (start and end, code points),
 * the same tag and the same coder as an existing one is never created, by a
 * selection, "tag all mentions", an import or a merge, nor made by an edit
 * (a retag or a moved edge). The same span with
 * another tag is an overlap the analyst meant, and is allowed; the same span
 * and tag by two coders is (dis)agreement to compare (issue 20), and both are
 * kept. An annotation without `author` is the local coder's (shared/coders.ts).
 */

import { coderOf, type Coded } from './coders';
import { AppFailure } from './result';

/** What makes two annotations twins. */
export interface SpanAndTag extends Coded {
  start: number;
  end: number;
  tag: string;
}

/**
 * One string per span and tag, whoever the coder (what twinKey starts with):
 * "start:end:tag", offsets in code points.
 */
export const spanTagKey = (a: { start: number; end: number; tag: string }): string =>
  `${a.start}:${a.end}:${a.tag}`;

/**
 * One string per span, tag and coder: two annotations are twins when their
 * keys are equal. `localCoder` is the coder of annotations without `author`
 * ('' when none is known: then only unauthored annotations share it).
 */
export const twinKey = (a: SpanAndTag, localCoder = ''): string =>
  // Numbers and a tag id hold no ':', so the coder, last, may hold anything.
  `${spanTagKey(a)}:${coderOf(a, localCoder)}`;

/** The annotation of `existing` with the same span, tag and coder as `candidate`, if any. */
export function findTwin<T extends SpanAndTag>(
  existing: readonly T[],
  candidate: SpanAndTag,
  localCoder = '',
): T | undefined {
  // Field by field, not by key: the reader asks before every new annotation, with 10,000 present.
  const { start, end, tag } = candidate;
  const coder = coderOf(candidate, localCoder);
  return existing.find(
    (a) => a.start === start && a.end === end && a.tag === tag && coderOf(a, localCoder) === coder,
  );
}

/**
 * Splits `candidates` into those that may be created (`fresh`, in order) and
 * those that twin an annotation of `existing` or an earlier candidate
 * (`twins`, each with what it twins); coders as in twinKey.
 */
export function withoutTwins<E extends SpanAndTag, C extends SpanAndTag>(
  existing: readonly E[],
  candidates: readonly C[],
  localCoder = '',
): { fresh: C[]; twins: { candidate: C; of: E | C }[] } {
  const keyOf = (a: SpanAndTag): string => twinKey(a, localCoder);
  const seen = new Map<string, E | C>(existing.map((a) => [keyOf(a), a]));
  const fresh: C[] = [];
  const twins: { candidate: C; of: E | C }[] = [];
  for (const candidate of candidates) {
    const of = seen.get(keyOf(candidate));
    if (of) twins.push({ candidate, of });
    else {
      seen.set(keyOf(candidate), candidate);
      fresh.push(candidate);
    }
  }
  return { fresh, twins };
}

/**
 * True when an edit moved `was` (span or tag) onto the span and tag of
 * another annotation of `current` by the same coder (orphans aside): the edit
 * would make a twin. A note or entity change never does.
 */
export function editMakesTwin<T extends SpanAndTag & { id: string; orphaned?: boolean }>(
  current: readonly T[],
  was: T,
  updated: SpanAndTag,
  localCoder = '',
): boolean {
  if (updated.start === was.start && updated.end === was.end && updated.tag === was.tag) return false;
  const others = current.filter((a) => a.id !== was.id && a.orphaned !== true);
  return findTwin(others, updated, localCoder) !== undefined;
}

/** The failure a twin is refused with, by a create or an edit ('duplicate', on the tag). */
export const twinRefusal = (): AppFailure =>
  new AppFailure('duplicate', 'An annotation with this span and tag exists', { field: 'tag' });
