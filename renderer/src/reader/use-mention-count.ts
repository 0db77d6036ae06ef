/**
 * How many untagged mentions "tag all" would add for the selected annotation
 * (the editor's count). Scanning a long article costs milliseconds, so it is
 * computed once per selection or change of the list, not per render, and
 * deferred: an edit's frame shows the edit, and the count follows in a
 * render of its own right after.
 */

import { useDeferredValue, useMemo } from 'react';
import type { CodePointIndex } from '../../../shared/code-points';
import type { Annotation, Article, EntitySummary } from '../../../shared/model';
import { mentionsOf } from './mentions';

/** The count of `selected`'s untagged mentions in `article` (0 with nothing selected or loaded). */
export function useMentionCount(
  article: Article | null,
  index: CodePointIndex | null,
  annotations: readonly Annotation[] | null,
  entities: readonly EntitySummary[],
  selected: Annotation | null,
): number {
  const asked = useMemo(() => ({ selected, annotations, entities }), [selected, annotations, entities]);
  const settled = useDeferredValue(asked);
  return useMemo(() => {
    const { selected: a, annotations: list } = settled;
    if (!a || !article || !index || !list) return 0;
    return mentionsOf({ article, index, annotations: list, entities: settled.entities }, a).length;
  }, [settled, article, index]);
}
