/**
 * Where the claim layer over the text draws, as pure geometry on client
 * rects (CSS pixels, as Range.getClientRects gives them): a member's anchor
 * is the start edge of its first line in that line's direction (the right
 * edge in a right-to-left line, even when the span is an embedded
 * left-to-right run, whose rects Chromium splits), at the line's top; a link
 * between two members is an arc over the lines between their anchors.
 */

/** The part of a DOMRect the geometry reads. */
export interface RectLike {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * The anchor of a span drawn as `rects`: on its first (top-most) line, the
 * start edge in the line's direction (`rtl`: the right-most right edge, else
 * the left-most left edge of the rects on that line), at that line's top.
 * Empty rects (zero width, as a range's block boundaries give) are ignored;
 * null when nothing is left.
 */
export function anchorOf(rects: readonly RectLike[], rtl: boolean): Point | null {
  const shown = rects.filter((r) => r.right - r.left > 0.5 && r.bottom > r.top);
  if (shown.length === 0) return null;
  const top = Math.min(...shown.map((r) => r.top));
  const first = shown.find((r) => r.top === top) as RectLike;
  // Rects on the first line: their middle lies within that line's box.
  const line = shown.filter((r) => (r.top + r.bottom) / 2 < first.bottom);
  const x = rtl ? Math.max(...line.map((r) => r.right)) : Math.min(...line.map((r) => r.left));
  return { x, y: Math.min(...line.map((r) => r.top)) };
}

/** `p` in a layer whose top-left corner is at client point `origin`, scrolled by `scroll` (pixels). */
export function toLayer(p: Point, origin: Point, scroll: Point = { x: 0, y: 0 }): Point {
  return { x: p.x - origin.x + scroll.x, y: p.y - origin.y + scroll.y };
}

/**
 * An SVG path (the `d` attribute) from `a` to `b`: a cubic arc that rises
 * above both points by `lift` plus a little for each 10 px they lie apart
 * (at most 60 px more), so links over one line stay low and long ones clear
 * the lines between.
 */
export function linkPath(a: Point, b: Point, lift = 14): string {
  const h = lift + Math.min(60, Math.hypot(b.x - a.x, b.y - a.y) / 10);
  const top = Math.min(a.y, b.y) - h;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M ${r(a.x)} ${r(a.y)} C ${r(a.x)} ${r(top)}, ${r(b.x)} ${r(top)}, ${r(b.x)} ${r(b.y)}`;
}
