/**
 * Opening a search hit: scrolls the reader to the hit's exact range (held
 * in view while the layout settles, see scroll-range.ts) and keeps it marked
 * with its own CSS highlight ("hamish-search") until the reader closes.
 */

import { useLayoutEffect, type RefObject } from 'react';
import type { TextSpan } from '../../../shared/search-passage';
import { scrollRangeIntoView } from './scroll-range';
import type { TextMap } from './text-map';
import './search-focus.css';

export const SEARCH_HIGHLIGHT = 'hamish-search';

export function useSearchFocus(
  focus: TextSpan | undefined,
  mapRef: RefObject<TextMap | null>,
  scrollRef: RefObject<HTMLDivElement | null>,
  ready: boolean,
): void {
  useLayoutEffect(() => {
    const range = focus && ready ? mapRef.current?.rangeFor(focus.start, focus.end) : null;
    const scroller = scrollRef.current;
    if (!range || !scroller) return;
    const highlight = new Highlight(range);
    highlight.priority = 100;
    CSS.highlights.set(SEARCH_HIGHLIGHT, highlight);
    const stop = scrollRangeIntoView(range, scroller);
    return () => {
      stop();
      if (CSS.highlights.get(SEARCH_HIGHLIGHT) === highlight) CSS.highlights.delete(SEARCH_HIGHLIGHT);
    };
  }, [focus, mapRef, scrollRef, ready]);
}
