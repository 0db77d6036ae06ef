/**
 * Scrolls a Range itself (not its paragraph's top) into a scroller's view and
 * keeps it there while the layout settles: blocks above it are sized by a
 * `content-visibility` estimate until they are rendered near the viewport,
 * so the first scroll can land off by a block's worth (the ~110 px of issue
 * 14). The position is checked again each frame until it holds still.
 */

/** Frames the range must stay put before the scroll is considered done, and the most frames tried. */
const STILL_FRAMES = 3;
const MAX_FRAMES = 60;

/** Scrolls so `range` sits a third down the scroller's box; returns the distance it was off (px). */
function place(range: Range, scroller: HTMLElement): number {
  const rect = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  const off = rect.top - box.top - box.height / 3;
  const visible = rect.top >= box.top && rect.bottom <= box.bottom;
  if (!visible || Math.abs(off) > box.height / 3) scroller.scrollBy({ top: off });
  return visible ? 0 : Math.abs(off);
}

/** Scrolls `range` into view now and on each frame until it stays visible; call the result to stop early. */
export function scrollRangeIntoView(range: Range, scroller: HTMLElement): () => void {
  let frame = 0;
  let still = 0;
  let handle = 0;
  const step = () => {
    still = place(range, scroller) === 0 ? still + 1 : 0;
    if (still < STILL_FRAMES && ++frame < MAX_FRAMES) handle = requestAnimationFrame(step);
  };
  step();
  return () => cancelAnimationFrame(handle);
}
