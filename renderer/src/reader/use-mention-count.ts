/**
 * How many untagged mentions "tag all" would add for the selected annotation
 * (the editor's count). Scanning a long article costs milliseconds (the
 * first time, its normalisation ~40 ms), so it is counted when the page is
 * next idle after a selection or an edit, never in the edit's own frame,
 * and the editor alone re-renders with the count.
 */

import { useEffect, useState } from 'react';
import type { Annotation, EntitySummary } from '../../../shared/model';

/** At most this long (ms) before the count is taken even if the page is never idle. */
const IDLE_TIMEOUT = 150;

/**
 * The count of `annotation`'s untagged mentions (`count` reads the reader's
 * latest state), taken again when the annotation, the `list` of annotations
 * or the `entities` change; null until first counted.
 */
export function useMentionCount(
  annotation: Annotation,
  list: readonly Annotation[],
  entities: readonly EntitySummary[],
  count: (a: Annotation) => number,
): number | null {
  const [counted, setCounted] = useState<{ of: Annotation; n: number } | null>(null);
  useEffect(() => {
    const id = requestIdleCallback(() => setCounted({ of: annotation, n: count(annotation) }), {
      timeout: IDLE_TIMEOUT,
    });
    return () => cancelIdleCallback(id);
  }, [annotation, list, entities, count]);
  // A count taken for another annotation (the editor is reused) is not shown.
  return counted?.of.id === annotation.id ? counted.n : null;
}
