/**
 * The claim network through Observable Plot, laid out in two columns with
 * no graph layout library: claimants on the reading side where a line
 * starts (right in Arabic, left in English), addressees on the other, one
 * curved arrow per claimant → addressee link, its width and its written
 * number the claims behind it. Actors in each column run from most claims
 * down. A link's <path> carries its index (PlotChart's picking).
 */

import * as Plot from '@observablehq/plot';
import { labelRoom, type UiDirection } from './chart-direction';
import { COUNT_COLOUR } from './chart-palette';

/** One link: the row of its claimant and of its addressee in their columns, and its claims. */
export interface NetworkLink {
  from: number;
  to: number;
  count: number;
  title: string;
}

/** Where links end on the x scale: short of the addressee's dot, leaving room for the arrowhead. */
const END = 0.96;

/**
 * Where along a link its number is written, on the link itself: the point
 * of the bump-x curve (a cubic from (0, y1) to (END, y2), control points at
 * half way) at t = 0.3 for links going down or level and 0.7 for links going
 * up, so two links crossing between the same rows do not write on each other.
 */
function labelPoint(from: number, to: number): { x: number; y: number } {
  const t = to >= from ? 0.3 : 0.7;
  const u = 1 - t;
  const mid = END / 2;
  return {
    x: 3 * u * u * t * mid + 3 * u * t * t * mid + t * t * t * END,
    y: from * (u * u * u + 3 * u * u * t) + to * (3 * u * t * t + t * t * t),
  };
}

/** Height of one actor's row, CSS pixels. */
const ROW = 30;
/** Widest a link is drawn, CSS pixels. */
const WIDEST = 9;

/**
 * The network of `links` between `claimants` and `addressees` (labels, in
 * column order) at `width` CSS pixels in `direction`.
 */
export function networkChart(
  claimants: readonly string[],
  addressees: readonly string[],
  links: readonly NetworkLink[],
  width: number,
  direction: UiDirection,
): SVGSVGElement | HTMLElement {
  const rtl = direction === 'rtl';
  const rows = Math.max(claimants.length, addressees.length, 1);
  const most = links.reduce((m, l) => Math.max(m, l.count), 1);
  const room = (labels: readonly string[]) => Math.min(260, Math.max(40, labelRoom(labels, 13)));
  // Claimants at x = 0, addressees at x = 1; reversed in RTL so the arrows run right to left.
  const startRoom = room(claimants);
  const endRoom = room(addressees);
  const column = (side: 0 | 1, labels: readonly string[]) =>
    labels.map((label, i) => ({ x: side, y: i, label }));
  const nodes = [...column(0, claimants), ...column(1, addressees)];
  // Labels stand outside their column: on the left of the left one, on the right of the right one.
  const onLeft = (n: { x: number }) => (n.x === 0) !== rtl;
  return Plot.plot({
    width: Math.min(width, startRoom + endRoom + 420),
    height: rows * ROW + 24,
    marginLeft: rtl ? endRoom : startRoom,
    marginRight: rtl ? startRoom : endRoom,
    marginTop: 12,
    marginBottom: 12,
    x: { domain: [0, 1], reverse: rtl, axis: null },
    y: { domain: [-0.5, rows - 0.5], reverse: true, axis: null },
    marks: [
      Plot.link(links, {
        x1: () => 0,
        y1: 'from',
        x2: () => END,
        y2: 'to',
        curve: 'bump-x',
        stroke: COUNT_COLOUR,
        strokeOpacity: 0.55,
        strokeWidth: (l: NetworkLink) => 1.5 + ((WIDEST - 1.5) * l.count) / most,
        title: 'title',
      }),
      // The arrowheads, one size for all, between a link's end and the addressee's dot.
      Plot.arrow(links, {
        x1: () => END - 0.02,
        y1: 'to',
        x2: () => 1,
        y2: 'to',
        stroke: COUNT_COLOUR,
        strokeWidth: 1.5,
        headLength: 9,
        insetEnd: 5,
      }),
      Plot.text(links, {
        x: (l: NetworkLink) => labelPoint(l.from, l.to).x,
        y: (l: NetworkLink) => labelPoint(l.from, l.to).y,
        text: (l: NetworkLink) => String(l.count),
        fill: 'black',
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
      Plot.dot(nodes, { x: 'x', y: 'y', r: 4, fill: COUNT_COLOUR }),
      Plot.text(nodes, {
        x: 'x',
        y: 'y',
        text: 'label',
        fontSize: 13,
        textAnchor: 'end',
        dx: -8,
        filter: onLeft,
      }),
      Plot.text(nodes, {
        x: 'x',
        y: 'y',
        text: 'label',
        fontSize: 13,
        textAnchor: 'start',
        dx: 8,
        filter: (n: { x: number }) => !onLeft(n),
      }),
    ],
  });
}
