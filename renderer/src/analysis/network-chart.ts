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
        x2: () => 1,
        y2: 'to',
        curve: 'bump-x',
        stroke: COUNT_COLOUR,
        strokeOpacity: 0.55,
        strokeWidth: (l: NetworkLink) => 1.5 + ((WIDEST - 1.5) * l.count) / most,
        markerEnd: 'arrow',
        title: 'title',
      }),
      Plot.text(links, {
        x: () => 0.5,
        y: (l: NetworkLink) => (l.from + l.to) / 2,
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
