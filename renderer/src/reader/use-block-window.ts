/**
 * Tells the painter which blocks of the article are near the viewport (within
 * about two screens above and below), with an IntersectionObserver on the
 * mounted blocks: so with thousands of annotations only those near the reader
 * are registered as highlights (see HighlightPainter.setWindow). The window
 * changes only when the near blocks leave it, so a scroll changes the
 * highlights every few screens rather than on every frame.
 */

import { useEffect, useRef, type RefObject } from 'react';
import { BLOCK_ATTRIBUTE } from './text-map';
import { nextBlockWindow } from './windowing';
import type { HighlightPainter } from './highlight-painter';

/** How far beyond the visible area a block still counts as near. */
const MARGIN = '1500px 0px';

/**
 * Keeps `windowRef` (first and last block whose highlights are registered:
 * those near the viewport and as many again each side) and the painter
 * up to date; a painter made later starts from `windowRef`. `mounted` is 0
 * until the article is on screen.
 */
export function useBlockWindow(
  articleRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
  painterRef: RefObject<HighlightPainter | null>,
  windowRef: RefObject<[number, number]>,
  mounted: number,
): void {
  const observer = useRef<IntersectionObserver | null>(null);
  const observed = useRef(0);

  const ready = mounted > 0;
  useEffect(() => {
    // The scroller is the root, so the margin reaches beyond what it shows (it clips the article).
    if (!ready || !scrollRef.current) return;
    const near = new Set<number>();
    const io = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const i = Number(entry.target.getAttribute(BLOCK_ATTRIBUTE));
          if (entry.isIntersecting) near.add(i);
          else near.delete(i);
        }
        if (near.size === 0) return;
        let from = Infinity;
        let to = -Infinity;
        for (const i of near) {
          from = Math.min(from, i);
          to = Math.max(to, i);
        }
        // The registered window moves only when the near blocks leave it, and then ahead by as much again
        // on each side: each change of the highlights makes Chromium re-check every registered Range and
        // repaint the highlighted text in the next frame, so it happens every few screens of a scroll.
        const next = nextBlockWindow([from, to], windowRef.current);
        if (!next) return;
        windowRef.current = next;
        painterRef.current?.setWindow(...windowRef.current);
      },
      { root: scrollRef.current, rootMargin: MARGIN },
    );
    observer.current = io;
    observed.current = 0;
    return () => {
      io.disconnect();
      observer.current = null;
    };
  }, [ready, scrollRef, painterRef, windowRef]);

  // Blocks mount in slices: observe each one as it arrives.
  useEffect(() => {
    const root = articleRef.current;
    const io = observer.current;
    if (!root || !io) return;
    const blocks = root.children;
    for (let i = observed.current; i < Math.min(mounted, blocks.length); i++) {
      const block = blocks[i];
      if (block) io.observe(block);
    }
    observed.current = Math.min(mounted, blocks.length);
  }, [articleRef, mounted, ready]);
}
