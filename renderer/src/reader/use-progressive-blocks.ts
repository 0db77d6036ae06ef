/**
 * Mounts a long article's blocks progressively: the first screens at once,
 * the rest in slices on the following frames. Building the layout tree of a
 * 50,000-word article costs Chromium ~50 ms even with `content-visibility`,
 * so the first frame carries only what can be seen; the remaining text
 * arrives before a reader can scroll to it. Short articles mount whole.
 */

import { useEffect, useState } from 'react';
import type { Block } from '../../../shared/model';
import { blocksWithin } from './windowing';

/** Code points mounted before the first frame: about four screens of text. */
const FIRST_SLICE = 5_000;
/** Code points mounted per following frame (Chromium builds their layout tree in ~5 ms here). */
const NEXT_SLICE = 30_000;

/** The number of `blocks` to render now; reaches blocks.length within a few frames. */
export function useProgressiveBlocks(blocks: readonly Block[]): number {
  const [mounted, setMounted] = useState(() => blocksWithin(blocks, 0, FIRST_SLICE));
  const [shown, setShown] = useState(blocks);
  if (shown !== blocks) {
    // A new article: start again from its first slice (adjusting state while rendering, as React advises).
    setShown(blocks);
    setMounted(blocksWithin(blocks, 0, FIRST_SLICE));
  }

  useEffect(() => {
    if (mounted >= blocks.length) return;
    // After the frame that shows the current blocks, add the next slice.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setMounted(blocksWithin(blocks, mounted, NEXT_SLICE)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [blocks, mounted]);

  return mounted;
}
