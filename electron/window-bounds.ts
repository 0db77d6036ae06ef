/**
 * Saved window bounds made safe to reopen: the window lands on a display that
 * is connected now, no larger than that display's work area and no smaller
 * than the window's minimum, whatever the preferences file says. Plain
 * geometry in screen pixels (DIP), no Electron: the caller passes the work areas.
 */

import type { WindowBounds } from './settings';

/** A rectangle in screen pixels (DIP): a display's work area or a window. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window's minimum size, also set on the BrowserWindow. */
export const MIN_WINDOW = { width: 720, height: 480 } as const;

function overlap(a: Area, b: Area): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Fits `bounds` to the work areas: the area the window overlaps most (else
 * `primary`) is chosen, the size is clamped to [MIN_WINDOW, that area], and
 * when a position was saved and overlaps some display, it is moved so the
 * whole window is inside the area; a position on no display is dropped (the
 * window is then centred by the system). Non-finite numbers count as absent.
 */
export function fitToDisplays(bounds: WindowBounds, areas: readonly Area[], primary: Area): WindowBounds {
  const finite = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n);
  const width0 = finite(bounds.width) ? bounds.width : MIN_WINDOW.width;
  const height0 = finite(bounds.height) ? bounds.height : MIN_WINDOW.height;
  const placed = finite(bounds.x) && finite(bounds.y);
  const own = placed ? { x: bounds.x ?? 0, y: bounds.y ?? 0, width: width0, height: height0 } : null;
  let area = primary;
  let best = 0;
  for (const candidate of own ? areas : []) {
    const shared = overlap(own as Area, candidate);
    if (shared > best) [area, best] = [candidate, shared];
  }
  const width = Math.round(clamp(width0, MIN_WINDOW.width, area.width));
  const height = Math.round(clamp(height0, MIN_WINDOW.height, area.height));
  const maximized = bounds.maximized;
  if (!own || best === 0) return { width, height, maximized };
  return {
    x: Math.round(clamp(own.x, area.x, area.x + area.width - width)),
    y: Math.round(clamp(own.y, area.y, area.y + area.height - height)),
    width,
    height,
    maximized,
  };
}
