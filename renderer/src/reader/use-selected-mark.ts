/**
 * The selected annotation's mark in the reader, painted apart from the tag
 * highlights. It is keyed on the span, not on the annotation object: a retag
 * keeps the span, and marking it again would be one more highlight change
 * for Chromium to re-check (issue 17, B3); a click that selects walks no
 * other annotation.
 */

import { useLayoutEffect, type RefObject } from 'react';
import type { HighlightPainter } from './highlight-painter';
import type { TextMap } from './text-map';

/**
 * Marks `selected`'s span (code-point offsets into the article text) through
 * the painter, or clears the mark when nothing is selected. `redraw` lists
 * what rebuilds the map or painter (the article, its tags, the blocks
 * mounted so far), after which the mark is set again.
 */
export function useSelectedMark(
  mapRef: RefObject<TextMap | null>,
  painterRef: RefObject<HighlightPainter | null>,
  selected: { start: number; end: number } | null | undefined,
  redraw: { article: unknown; tags: unknown; mounted: number },
): void {
  const start = selected?.start ?? -1;
  const end = selected?.end ?? -1;
  const { article, tags, mounted } = redraw;
  useLayoutEffect(() => {
    const map = mapRef.current;
    if (map) painterRef.current?.select(start < 0 ? null : map.rangeFor(start, end));
  }, [mapRef, painterRef, start, end, article, tags, mounted]);
}
