/**
 * Windowing for long lists of rows of known heights (the side panel with
 * 10,000 annotations): only the rows in or near the scroller's viewport are
 * rendered, absolutely placed inside a spacer as tall as the whole list.
 * Heights are given per row, so headers and items may differ.
 */

import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { rowAt, rowOffsets } from './windowing';

/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gap. */
const OVERSCAN_PX = 600;

export interface VirtualRows {
  /** Height of the whole list: the spacer's block size. */
  total: number;
  /** Index of the first and one past the last row to render. */
  from: number;
  to: number;
  /** Offset of row `i` from the top of the list. */
  offsetOf: (i: number) => number;
  /** Scrolls the least needed to show row `i` whole. */
  reveal: (i: number) => void;
}

/**
 * Which rows of `heights` to render inside `scroller`, where the list starts
 * at `listRef`'s top (the scroller may hold other content above the list).
 */
export function useVirtualRows(
  heights: readonly number[],
  scrollerRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
): VirtualRows {
  const offsets = useMemo(() => rowOffsets(heights), [heights]);
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
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    measure();
    scroller.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [scrollerRef, measure]);

  const total = offsets[offsets.length - 1] ?? 0;
  const n = heights.length;
  const from = n === 0 ? 0 : rowAt(offsets, Math.max(0, view.top - OVERSCAN_PX));
  const to = n === 0 ? 0 : Math.min(n, rowAt(offsets, view.top + view.height + OVERSCAN_PX) + 1);

  const reveal = useCallback(
    (i: number) => {
      const scroller = scrollerRef.current;
      const list = listRef.current;
      if (!scroller || !list || i < 0 || i >= n) return;
      const listTop = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      const top = listTop + (offsets[i] ?? 0);
      const bottom = listTop + (offsets[i + 1] ?? 0);
      if (top < 0) scroller.scrollTop += top;
      else if (bottom > scroller.clientHeight) scroller.scrollTop += bottom - scroller.clientHeight;
    },
    [scrollerRef, listRef, offsets, n],
  );

  return { total, from, to, offsetOf: (i) => offsets[i] ?? 0, reveal };
}
