/**
 * The two grid charts of the analysis view, through Observable Plot: the
 * actor × demand heat map (a cell per pair, its count written in it, a
 * single-hue scale that reads in grey and for colour-blind eyes) and the
 * timeline's stacked bars (a band per bucket, empty buckets kept on the
 * axis as zeros, each tag in its scheme colour). Both mirror in RTL: the
 * across axis runs right to left, the category or value axis on the right.
 */

import * as Plot from '@observablehq/plot';
import { labelRoom, mirroredLayout, type UiDirection } from './chart-direction';
import { countTicks } from './count-axis';

/** One cell of the heat map: indices into the row and column keys, and its count. */
export interface HeatCell {
  row: string;
  column: string;
  count: number;
}

/** The heat map of `cells` over `rows` × `columns` (keys, in order), named by `name`. */
export function heatMap(
  cells: readonly HeatCell[],
  rows: readonly string[],
  columns: readonly string[],
  name: (key: string) => string,
  width: number,
  direction: UiDirection,
): SVGSVGElement | HTMLElement {
  const layout = mirroredLayout(direction, labelRoom(rows.map(name)));
  const most = cells.reduce((m, c) => Math.max(m, c.count), 0);
  // A few demands should not stretch into bands as wide as the window.
  const needed = layout.marginLeft + layout.marginRight + columns.length * 150;
  return Plot.plot({
    width: Math.min(width, needed),
    height: rows.length * 28 + 90,
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
    marginBottom: 60,
    padding: 0.05,
    x: { domain: [...columns], reverse: layout.reverse, tickFormat: name, tickRotate: 0, label: null },
    y: { domain: [...rows], axis: layout.axis, tickFormat: name, label: null },
    color: { type: 'linear', scheme: 'blues', zero: true },
    marks: [
      Plot.cell(cells, { x: 'column', y: 'row', fill: 'count', title: (c: HeatCell) => String(c.count) }),
      // White on the dark half of the scale, black on the light half (constant fills, not the scale).
      ...(['white', 'black'] as const).map((ink) =>
        Plot.text(cells, {
          x: 'column',
          y: 'row',
          text: (c: HeatCell) => String(c.count),
          fill: ink,
          filter: (c: HeatCell) => c.count > most / 2 === (ink === 'white'),
        }),
      ),
    ],
  });
}

/** One stacked piece: a bucket, a tag and its count (zeros included). */
export interface StackPiece {
  bucket: string;
  tag: string;
  count: number;
}

/** Stacked bars of `pieces` over `buckets` (keys, in time order); `colours` per tag, `countLabel` names the value axis. */
export function stackedBars(
  pieces: readonly StackPiece[],
  buckets: readonly string[],
  tags: readonly string[],
  colours: readonly string[],
  width: number,
  direction: UiDirection,
  countLabel: string,
): SVGSVGElement | HTMLElement {
  const layout = mirroredLayout(direction, 40);
  // Thin the bucket labels so they do not run into each other.
  const every = Math.max(1, Math.ceil((buckets.length * 70) / Math.max(200, width)));
  const totals = new Map<string, number>();
  for (const p of pieces) totals.set(p.bucket, (totals.get(p.bucket) ?? 0) + p.count);
  return Plot.plot({
    width,
    height: 320,
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
    marginBottom: 40,
    x: {
      domain: [...buckets],
      reverse: layout.reverse,
      label: null,
      tickFormat: (b: string, i: number) => (i % every === 0 ? b : ''),
    },
    y: {
      axis: layout.axis,
      grid: true,
      label: countLabel,
      ticks: countTicks(Math.max(0, ...totals.values())),
    },
    color: { domain: [...tags], range: [...colours] },
    marks: [
      Plot.barY(pieces, {
        x: 'bucket',
        y: 'count',
        fill: 'tag',
        order: [...tags],
        title: (p: StackPiece) => `${p.bucket}: ${p.count}`,
      }),
      Plot.ruleY([0]),
    ],
  });
}
