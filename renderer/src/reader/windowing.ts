/**
 * The arithmetic of long articles, free of DOM and React so it is unit
 * tested in Node: where each row of a windowed list starts and which row is
 * at a point (use-virtual-rows), and how many blocks make up a slice of text
 * (use-progressive-blocks), and which blocks' highlights to register (use-block-window).
 */

import type { Block } from '../../../shared/model';

/** Offsets of each row's top (length n + 1: the last is the total height). */
export function rowOffsets(heights: readonly number[]): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = (offsets[i] ?? 0) + (heights[i] ?? 0);
  return offsets;
}

/** First row whose bottom is below `y` (binary search over `offsets`). */
export function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid + 1] ?? 0) <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

/** How many blocks, from the first, make up at least `budget` code points after block `from`. */
export function blocksWithin(blocks: readonly Block[], from: number, budget: number): number {
  const origin = blocks[from]?.start ?? 0;
  let i = from;
  while (i < blocks.length && (blocks[i]?.start ?? 0) - origin < budget) i++;
  return Math.max(i, Math.min(from + 1, blocks.length));
}

/** A registered window may be this many times the near blocks' span before it is narrowed to them. */
const WIDEST = 6;

/**
 * The blocks whose highlights to register (first and last, inclusive), given
 * the blocks near the viewport (`near`) and the window registered now
 * (`shown`): null to keep `shown` — the near blocks are inside it and it is
 * not more than WIDEST times their span — else the near blocks and as many
 * again on each side. So a scroll changes the registered highlights once
 * every span's worth of blocks, not each time a tall block leaves the
 * near ones and their count drops by one or two.
 */
export function nextBlockWindow(
  near: readonly [number, number],
  shown: readonly [number, number],
): [number, number] | null {
  const [from, to] = near;
  const span = to - from + 1;
  const [shownFrom, shownTo] = shown;
  if (from >= shownFrom && to <= shownTo && shownTo - shownFrom + 1 <= WIDEST * span) return null;
  return [Math.max(0, from - span), to + span];
}
