/**
 * Compare mode on the text: keeps a ComparePainter for the reader's life,
 * repaints the compared units when they, the article or its mounted blocks
 * change, and gives "go to a difference": the span scrolled into view (held
 * there while the layout settles) and flashed.
 */

import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ComparedUnit, SpanOfTag } from '../../../shared/agreement/coder-differences';
import { ComparePainter } from './compare-painter';
import type { HighlightPainter } from './highlight-painter';
import { scrollRangeIntoView } from './scroll-range';
import type { TextMap } from './text-map';

interface Refs {
  mapRef: RefObject<TextMap | null>;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The tag painter, whose flash marks the span gone to. */
  painterRef: RefObject<HighlightPainter | null>;
}

/**
 * Paints `units` (none outside compare mode) once the text map exists; `mounted`
 * (blocks in the DOM) and `map` (the current TextMap's owner: the article) repaint.
 * Returns goTo(start, end) in code points.
 */
export function useComparePaint(
  { mapRef, scrollRef, painterRef }: Refs,
  units: readonly ComparedUnit<SpanOfTag>[],
  article: unknown,
  mounted: number,
): (start: number, end: number) => void {
  const compareRef = useRef<ComparePainter | null>(null);
  const stopRef = useRef<(() => void) | null>(null);

  useLayoutEffect(() => {
    const painter = new ComparePainter();
    compareRef.current = painter;
    return () => {
      stopRef.current?.();
      painter.dispose();
      compareRef.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    compareRef.current?.paint(mapRef.current, units);
  }, [mapRef, units, article, mounted]);

  return useCallback(
    (start: number, end: number) => {
      const range = mapRef.current?.rangeFor(start, end);
      const scroller = scrollRef.current;
      if (!range || !scroller) return;
      stopRef.current?.();
      stopRef.current = scrollRangeIntoView(range, scroller);
      painterRef.current?.flash(range);
    },
    [mapRef, scrollRef, painterRef],
  );
}
