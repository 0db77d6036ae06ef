/**
 * How a chart mirrors with the interface direction: in Arabic the value axis
 * runs right to left (bars grow leftward, time runs leftward) and the
 * category axis stands on the right; in English the reverse. Plot options
 * only, no DOM: the charts pass these to Plot.plot.
 */

export type UiDirection = 'rtl' | 'ltr';

/** Plot layout of a chart whose categories sit on one side and whose values run across. */
export interface MirroredLayout {
  /** Reverse the across scale (x): true in RTL. */
  reverse: boolean;
  /** Side of the category axis (y). */
  axis: 'left' | 'right';
  /** Margins in CSS pixels: the category labels' room on the axis side, a little on the other. */
  marginLeft: number;
  marginRight: number;
}

/** Room left on the side without labels, in CSS pixels. */
const QUIET_MARGIN = 24;

/**
 * The layout for `direction`, giving the category labels `labelRoom` pixels
 * (clamped to 40–320) on their side.
 */
export function mirroredLayout(direction: UiDirection, labelRoom: number): MirroredLayout {
  const room = Math.min(320, Math.max(40, Math.round(labelRoom)));
  return direction === 'rtl'
    ? { reverse: true, axis: 'right', marginLeft: QUIET_MARGIN, marginRight: room }
    : { reverse: false, axis: 'left', marginLeft: room, marginRight: QUIET_MARGIN };
}

/**
 * The room the longest of `labels` needs at `fontPx` (CSS pixels), estimated
 * at 0.6 em a character (Arabic letters join and run narrower); used before
 * the chart exists to measure.
 */
export function labelRoom(labels: readonly string[], fontPx = 12): number {
  const longest = labels.reduce((most, l) => Math.max(most, [...l].length), 0);
  return longest * fontPx * 0.6 + 12;
}

/** `items` in the order they are drawn from the left edge: reversed in RTL (the first item rightmost). */
export function leftToRight<T>(items: readonly T[], direction: UiDirection): T[] {
  return direction === 'rtl' ? [...items].reverse() : [...items];
}
