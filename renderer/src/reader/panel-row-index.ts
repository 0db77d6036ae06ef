/**
 * The rows of the annotation panel (AnnotationPanel) as an immutable index
 * that an edit updates in place of rebuilding: grouped by type (a heading,
 * then that type's annotations in text order, types in taxonomy order) or in
 * text order, optionally one type only. Each group (panel-row-groups.ts)
 * keeps its annotations in chunks with their summed heights, so an edit
 * copies one chunk and the list of chunks (O(√n)-ish pointers), and finding
 * a row, its offset or the row at a height walks the chunks, not the rows.
 * Free of DOM and React, so it is unit tested in Node.
 */

import type { Annotation } from '../../../shared/model';
import { byPosition, spliced, type AnnotationChange } from './annotation-store';
import {
  find,
  groupOf,
  HEADING_HEIGHT,
  itemHeight,
  place,
  rowsOf,
  withChunk,
  type Group,
  type GroupHead,
  type PanelRow,
} from './panel-row-groups';
import { countWork } from './render-probe';

export { HEADING_HEIGHT, ITEM_HEIGHT, itemHeight, type GroupHead, type PanelRow } from './panel-row-groups';

/** What the index groups by and shows: built once per grouping, filter and scheme. */
export interface RowConfig {
  /** The group an annotation belongs to (null: not shown). */
  groupOf: (a: Annotation) => string | null;
  /** Every group in order, with its heading (null in text order). */
  groups: readonly { id: string; head: GroupHead | null }[];
}

export class PanelRowIndex {
  private constructor(
    private readonly config: RowConfig,
    private readonly groups: readonly Group[],
    /** Rows and height of the whole list. */
    readonly count: number,
    readonly total: number,
  ) {}

  /** The rows of `annotations` (in text order) under `config`: the one full pass. */
  static build(config: RowConfig, annotations: readonly Annotation[]): PanelRowIndex {
    countWork('rows', annotations.length);
    const lists = new Map(config.groups.map((g) => [g.id, [] as Annotation[]]));
    for (const a of annotations) {
      const group = config.groupOf(a);
      if (group !== null) lists.get(group)?.push(a);
    }
    return PanelRowIndex.of(
      config,
      config.groups.map((g) => groupOf(g.head, lists.get(g.id) ?? [])),
    );
  }

  private static of(config: RowConfig, groups: readonly Group[]): PanelRowIndex {
    let count = 0;
    let total = 0;
    for (const g of groups) {
      count += rowsOf(g);
      total += g.height;
    }
    return new PanelRowIndex(config, groups, count, total);
  }

  /** The index after `changes` (oldest first): each touches the chunks of its annotations only. */
  apply(changes: readonly AnnotationChange[]): PanelRowIndex {
    const groups = [...this.groups];
    const slot = (a: Annotation) => {
      const id = this.config.groupOf(a);
      return id === null ? -1 : this.config.groups.findIndex((g) => g.id === id);
    };
    for (const change of changes) {
      countWork('rows', change.removed.length + change.added.length);
      const added = [...change.added];
      for (const old of change.removed) {
        const s = slot(old);
        const g = groups[s];
        const at = g && find(g, old);
        if (!g || !at) continue;
        const items = g.chunks[at.chunk]?.items ?? [];
        // Edited in place (same group and span): the card keeps its row.
        const k = added.findIndex((a) => a.id === old.id && slot(a) === s && byPosition(a, old) === 0);
        const same = added[k];
        if (same) added.splice(k, 1);
        groups[s] = withChunk(g, at.chunk, same ? spliced(items, at.at, 1, same) : spliced(items, at.at, 1));
      }
      for (const a of added) {
        const s = slot(a);
        const g = groups[s];
        if (!g) continue;
        if (g.chunks.length === 0) groups[s] = groupOf(g.head, [a]);
        else {
          const at = place(g, a, false);
          groups[s] = withChunk(g, at.chunk, spliced(g.chunks[at.chunk]?.items ?? [], at.at, 0, a));
        }
      }
    }
    return PanelRowIndex.of(this.config, groups);
  }

  /** Row `i`, or undefined past the end. */
  row(i: number): PanelRow | undefined {
    let rest = i;
    for (const g of this.groups) {
      const rows = rowsOf(g);
      if (rest >= rows) {
        rest -= rows;
        continue;
      }
      if (g.head) {
        if (rest === 0) return { kind: 'heading', ...g.head, count: g.count };
        rest -= 1;
      }
      for (const c of g.chunks) {
        if (rest < c.items.length) {
          const annotation = c.items[rest];
          return annotation && { kind: 'item', annotation };
        }
        rest -= c.items.length;
      }
    }
    return undefined;
  }

  /** Rows `from` to `to` (exclusive). */
  rows(from: number, to: number): PanelRow[] {
    const out: PanelRow[] = [];
    for (let i = from; i < to; i++) {
      const row = this.row(i);
      if (row) out.push(row);
    }
    return out;
  }

  /** Offset of row `i`'s top from the list's top (the total at the end). */
  offsetOf(i: number): number {
    let rest = i;
    let y = 0;
    for (const g of this.groups) {
      const rows = rowsOf(g);
      if (rest >= rows) {
        rest -= rows;
        y += g.height;
        continue;
      }
      if (g.head && rest > 0) {
        rest -= 1;
        y += HEADING_HEIGHT;
      } else if (g.head) return y;
      for (const c of g.chunks) {
        if (rest >= c.items.length) {
          rest -= c.items.length;
          y += c.height;
          continue;
        }
        for (let k = 0; k < rest; k++) y += itemHeight(c.items[k] as Annotation);
        return y;
      }
    }
    return y;
  }

  /** The first row whose bottom is below `y` (the last row when `y` is past the end; 0 when empty). */
  rowAt(y: number): number {
    let row = 0;
    let top = 0;
    for (const g of this.groups) {
      const rows = rowsOf(g);
      if (rows === 0) continue;
      if (top + g.height <= y) {
        top += g.height;
        row += rows;
        continue;
      }
      if (g.head) {
        if (top + HEADING_HEIGHT > y) return row;
        top += HEADING_HEIGHT;
        row += 1;
      }
      for (const c of g.chunks) {
        if (top + c.height <= y) {
          top += c.height;
          row += c.items.length;
          continue;
        }
        for (const a of c.items) {
          top += itemHeight(a);
          if (top > y) return row;
          row += 1;
        }
      }
    }
    return Math.max(0, this.count - 1);
  }

  /** The row of the annotation with `a`'s id (found from its span and group), or -1. */
  rowOf(a: Annotation): number {
    const id = this.config.groupOf(a);
    let row = 0;
    for (const [s, g] of this.groups.entries()) {
      if (this.config.groups[s]?.id !== id) {
        row += rowsOf(g);
        continue;
      }
      const at = find(g, a);
      if (!at) return -1;
      row += g.head ? 1 : 0;
      for (let c = 0; c < at.chunk; c++) row += g.chunks[c]?.items.length ?? 0;
      return row + at.at;
    }
    return -1;
  }
}
