/**
 * Windowing for long lists of rows of known heights (the side panel with
 * 10,000 annotations): only the rows in or near the scroller's viewport are
 * rendered, in flow after a padding inside a spacer as tall as the whole
 * list. The rows' layout (count, offsets, the row at a height) is given, so
 * headers and items may differ and a list that changes by one row is not
 * measured again.
 */

import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gap. */
const OVERSCAN_PX = 600;

/** Where the rows of a list are (CSS pixels from the list's top). */
export interface RowLayout {
  count: number;
  total: number;
  /** Top of row `i` (the total for i = count). */
  offsetOf: (i: number) => number;
  /** The first row whose bottom is below `y`. */
  rowAt: (y: number) => number;
}

export interface VirtualRows {
  /** Height of the whole list: the spacer's block size. */
  total: number;
  /** Index of the first and one past the last row to render. */
  from: number;
  to: number;
  /** Scrolls the least needed to show row `i` whole. */
  reveal: (i: number) => void;
}

/**
 * Which rows of `layout` to render inside `scroller`, where the list starts
 * at `listRef`'s top (the scroller may hold other content above the list).
 */
export function useVirtualRows(
  layout: RowLayout,
  scrollerRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
): VirtualRows {
  const [view, setView] = useState({ top: 0, height: 800 });

  const measure = useCallback(() => {
    const scroller = scrollerRef.current;
    const list = listRef.current;
    if (!scroller || !list) return;
    const listTop = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    const next = { top: -listTop, height: scroller.clientHeight };
    setView((v) => (v.top === next.top && v.height === next.height ? v : next));
  }, [scrollerRef, listRef]);

  // An effect, not a layout effect: the scroller may be a parent, whose ref is set after our layout effects run.
  // No measure here: the observer's first report (as observation starts, after the next frame's layout)
  // measures. Measuring in the effect forced a layout of the whole page inside the article's open,
  // before its first frame (~20 ms of B1's, bench/README.md); until then the rows of the list's top show.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    scroller.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [scrollerRef, measure]);

  const n = layout.count;
  const from = n === 0 ? 0 : layout.rowAt(Math.max(0, view.top - OVERSCAN_PX));
  const to = n === 0 ? 0 : Math.min(n, layout.rowAt(view.top + view.height + OVERSCAN_PX) + 1);

  const reveal = useCallback(
    (i: number) => {
      const scroller = scrollerRef.current;
      const list = listRef.current;
      if (!scroller || !list || i < 0 || i >= layout.count) return;
      const listTop = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      const top = listTop + layout.offsetOf(i);
      const bottom = listTop + layout.offsetOf(i + 1);
      if (top < 0) scroller.scrollTop += top;
      else if (bottom > scroller.clientHeight) scroller.scrollTop += bottom - scroller.clientHeight;
    },
    [scrollerRef, listRef, layout],
  );

  return { total: layout.total, from, to, reveal };
}
