/**
 * No twins: an annotation with the same span (start and end, code points) and
 * the same tag as an existing one is never created, by a selection, "tag all
 * mentions", an import or a merge. The same span with another tag is an
 * overlap the analyst meant, and is allowed.
 */

/** What makes two annotations twins. */
export interface SpanAndTag {
  start: number;
  end: number;
  tag: string;
}

/** One string per span and tag: two annotations are twins when their keys are equal. */
export const twinKey = (a: SpanAndTag): string => `${a.start}:${a.end}:${a.tag}`;
const keyOf = twinKey;

/** The annotation of `existing` with the same span and tag as `candidate`, if any. */
export function findTwin<T extends SpanAndTag>(existing: readonly T[], candidate: SpanAndTag): T | undefined {
  return existing.find(
    (a) => a.start === candidate.start && a.end === candidate.end && a.tag === candidate.tag,
  );
}

/**
 * Splits `candidates` into those that may be created (`fresh`, in order) and
 * those that twin an annotation of `existing` or an earlier candidate
 * (`twins`, each with what it twins).
 */
export function withoutTwins<E extends SpanAndTag, C extends SpanAndTag>(
  existing: readonly E[],
  candidates: readonly C[],
): { fresh: C[]; twins: { candidate: C; of: E | C }[] } {
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
