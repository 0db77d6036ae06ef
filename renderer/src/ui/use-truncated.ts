/**
 * Whether a one-line element cuts its text (text-overflow: ellipsis): its
 * content is wider than its box. Measured after each render of `text` and
 * whenever the element is resized (the window, a panel), so the element can
 * offer the whole text (a title, a tab stop) only when something is hidden.
 * Measured only by a ResizeObserver (its first report comes as observation
 * starts, in the next frame after layout), never in the effect itself: reading
 * scrollWidth there forced a layout of the whole page inside the event that
 * changed the text, and the status line's "Saving…" is set in every edit's
 * event (2–4 ms of each B3 edit's script in a trace, bench/README.md).
 */

import { useLayoutEffect, useState, type RefObject } from 'react';

/** True while `ref`'s element holding `text` is narrower than its content (CSS pixels, whole). */
export function useTruncated(ref: RefObject<HTMLElement | null>, text: string): boolean {
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    // Its first report comes once observation starts (after the frame's layout): no forced layout here.
    const observer = new ResizeObserver(() => setCut(el.scrollWidth > el.clientWidth + 1));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, text]);
  return cut;
}
