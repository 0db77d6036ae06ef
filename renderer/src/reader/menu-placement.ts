/**
 * Where a floating menu goes beside a selection so that it is wholly on
 * screen: above the selection when it fits there, else below it, else on
 * the side with more room, and always clamped inside the bounds (the reader's
 * box: the menu neither leaves the window nor covers the top bar). Pure, in
 * CSS pixels of the viewport.
 */

/** A box in viewport CSS pixels. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  /** Viewport coordinates of the menu's top-left corner. */
  top: number;
  left: number;
  /** Which side of the selection the menu ended up on. */
  side: 'above' | 'below';
}

/** Space kept between the menu and the selection, and between the menu and the bounds. */
export const MENU_GAP = 8;

/**
 * Places a `width`×`height` menu by the selection box `anchor`, inside
 * `bounds`. A menu larger than the bounds is pinned to their top or start.
 */
export function placeMenu(anchor: Box, size: { width: number; height: number }, bounds: Box): Placement {
  const roomAbove = anchor.top - MENU_GAP - (bounds.top + MENU_GAP);
  const roomBelow = bounds.bottom - MENU_GAP - (anchor.bottom + MENU_GAP);
  const side =
    size.height <= roomAbove || (size.height > roomBelow && roomAbove > roomBelow) ? 'above' : 'below';
  const wanted = side === 'above' ? anchor.top - MENU_GAP - size.height : anchor.bottom + MENU_GAP;
  const top = clamp(wanted, bounds.top + MENU_GAP, bounds.bottom - MENU_GAP - size.height);
  const centre = (anchor.left + anchor.right) / 2;
  const left = clamp(centre - size.width / 2, bounds.left + MENU_GAP, bounds.right - MENU_GAP - size.width);
  return { top, left, side };
}

/** `value` kept within [low, high]; `low` wins when the range is empty. */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}
