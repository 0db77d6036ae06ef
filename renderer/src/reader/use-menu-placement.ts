/**
 * Measures the tag menu after each layout and places it by its selection
 * (menu-placement.ts) inside the reader's box, so it is never cut off at the
 * top or bottom of the window. Until measured it is laid out but hidden, so
 * it never flashes where it does not belong.
 */

import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';
import { placeMenu, type Placement } from './menu-placement';

/** `ref` is the menu; `anchor` the selection's viewport box; `content` changes when the menu's size may (its submenu). */
export function useMenuPlacement(
  ref: RefObject<HTMLDivElement | null>,
  anchor: DOMRect,
  content: unknown,
): { style: CSSProperties; side: Placement['side'] } {
  const [placement, setPlacement] = useState<Placement | null>(null);

  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const area = menu.parentElement?.getBoundingClientRect();
    const bounds = area && area.height > 0 ? area : new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    const next = placeMenu(anchor, { width: menu.offsetWidth, height: menu.offsetHeight }, bounds);
    setPlacement((old) =>
      old && old.top === next.top && old.left === next.left && old.side === next.side ? old : next,
    );
  }, [ref, anchor, content]);

  const style: CSSProperties = placement
    ? { top: placement.top, left: placement.left }
    : { top: 0, left: 0, visibility: 'hidden' };
  return { style, side: placement?.side ?? 'below' };
}
