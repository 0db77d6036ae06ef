/**
 * Whether a one-line element cuts its text (text-overflow: ellipsis): its
 * content is wider than its box. Measured after each render of `text` and
 * whenever the element is resized (the window, a panel), so the element can
 * offer the whole text (a title, a tab stop) only when something is hidden.
 */

import { useLayoutEffect, useState, type RefObject } from 'react';

/** True while `ref`'s element holding `text` is narrower than its content (CSS pixels, whole). */
export function useTruncated(ref: RefObject<HTMLElement | null>, text: string): boolean {
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => setCut(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, text]);
  return cut;
}
