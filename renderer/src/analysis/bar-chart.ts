/**
 * The horizontal bar chart of the frequency view, through Observable Plot:
 * one bar per key, in the order given (top first), its colour given, its
 * count written at its end. Mirrors in RTL (bars grow leftward from the
 * category axis on the right; see chart-direction.ts).
 */

import * as Plot from '@observablehq/plot';
import { labelRoom, mirroredLayout, type UiDirection } from './chart-direction';
import { countTicks } from './count-axis';

/** One bar: its key, what the axis calls it, its count and colour. */
export interface Bar {
  key: string;
  label: string;
  count: number;
  colour: string;
}

/** Height of one bar's band, CSS pixels. */
const BAND = 24;

/** The chart of `bars` at `width` CSS pixels in `direction`; `countLabel` names the value axis. */
export function barChart(
  bars: readonly Bar[],
  width: number,
  direction: UiDirection,
  countLabel: string,
): SVGSVGElement | HTMLElement {
  const layout = mirroredLayout(direction, labelRoom(bars.map((b) => b.label)));
  const names = new Map(bars.map((b) => [b.key, b.label]));
  const rtl = direction === 'rtl';
  return Plot.plot({
    width,
    height: bars.length * BAND + 48,
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
    x: {
      reverse: layout.reverse,
      grid: true,
      ticks: countTicks(bars.reduce((m, b) => Math.max(m, b.count), 0)),
      label: countLabel,
      labelAnchor: rtl ? 'left' : 'right',
    },
    y: {
      axis: layout.axis,
      domain: bars.map((b) => b.key),
      tickFormat: (k: string) => names.get(k) ?? k,
      label: null,
    },
    color: { type: 'identity' },
    marks: [
      Plot.barX(bars, { x: 'count', y: 'key', fill: 'colour', title: (b: Bar) => `${b.label}: ${b.count}` }),
      Plot.ruleX([0]),
      Plot.text(bars, {
        x: 'count',
        y: 'key',
        text: (b: Bar) => String(b.count),
        dx: rtl ? -4 : 4,
        textAnchor: rtl ? 'end' : 'start',
      }),
    ],
  });
}
