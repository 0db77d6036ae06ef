/**
 * The groups of the annotation panel's row index (panel-row-index.ts): a
 * type's heading and its annotations in text order, cut into chunks of at
 * most 2·CHUNK with their summed heights, and the immutable updates of one
 * chunk an edit makes. Free of DOM and React.
 */

import { byPosition, spliced } from './annotation-store';
import type { Annotation } from '../../../shared/model';

/** Row heights in CSS pixels: a group heading, an item, and the extra line of an item with a note. */
export const HEADING_HEIGHT = 48;
export const ITEM_HEIGHT = 64;
export const NOTE_HEIGHT = 22;
/** Annotations per chunk when built; a chunk is split past twice this. */
const CHUNK = 64;

export type PanelRow =
  | { kind: 'heading'; id: string; title: string; color: string; count: number }
  | { kind: 'item'; annotation: Annotation };

/** A group's heading (none in text order). */
export interface GroupHead {
  id: string;
  title: string;
  color: string;
}

export interface Chunk {
  items: readonly Annotation[];
  height: number;
}

export interface Group {
  head: GroupHead | null;
  chunks: readonly Chunk[];
  count: number;
  height: number;
}

/** Height of an annotation's row (its card and the gap after it). */
export const itemHeight = (a: Annotation) => ITEM_HEIGHT + (a.note ? NOTE_HEIGHT : 0);

const chunkOf = (items: readonly Annotation[]): Chunk => ({
  items,
  height: items.reduce((h, a) => h + itemHeight(a), 0),
});

/** A group of `items` (in text order), cut into chunks. */
export function groupOf(head: GroupHead | null, items: readonly Annotation[]): Group {
  const chunks: Chunk[] = [];
  for (let i = 0; i < items.length; i += CHUNK) chunks.push(chunkOf(items.slice(i, i + CHUNK)));
  return summed(head, chunks);
}

export function summed(head: GroupHead | null, chunks: readonly Chunk[]): Group {
  let count = 0;
  let height = 0;
  for (const c of chunks) {
    count += c.items.length;
    height += c.height;
  }
  return { head, chunks, count, height: height + (head && count > 0 ? HEADING_HEIGHT : 0) };
}

/** Rows a group shows: none when empty, else its heading (if any) and its items. */
export const rowsOf = (g: Group) => (g.count === 0 ? 0 : g.count + (g.head ? 1 : 0));

/** The chunk of `g` where `a` goes (the first whose last item is not before it) and the index in it. */
export function place(g: Group, a: Annotation, exact: boolean): { chunk: number; at: number } {
  let chunk = g.chunks.findIndex((c) => {
    const last = c.items[c.items.length - 1];
    return last !== undefined && (exact ? byPosition(last, a) >= 0 : byPosition(last, a) > 0);
  });
  if (chunk < 0) chunk = Math.max(0, g.chunks.length - 1);
  const items = g.chunks[chunk]?.items ?? [];
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const order = byPosition(items[mid] as Annotation, a);
    if (order < 0 || (!exact && order === 0)) lo = mid + 1;
    else hi = mid;
  }
  return { chunk, at: lo };
}

/** Where the annotation with `a`'s id and span is in `g`, or null. */
export function find(g: Group, a: Annotation): { chunk: number; at: number } | null {
  const start = place(g, a, true);
  for (let c = start.chunk, i = start.at; c < g.chunks.length; c++, i = 0) {
    const items = g.chunks[c]?.items ?? [];
    for (; i < items.length; i++) {
      const item = items[i] as Annotation;
      if (byPosition(item, a) !== 0) return null;
      if (item.id === a.id) return { chunk: c, at: i };
    }
  }
  return null;
}

/** `g` with its chunk `c` made of `items` (split in two when long, dropped when empty). */
export function withChunk(g: Group, c: number, items: readonly Annotation[]): Group {
  const next =
    items.length === 0
      ? []
      : items.length > 2 * CHUNK
        ? [chunkOf(items.slice(0, CHUNK)), chunkOf(items.slice(CHUNK))]
        : [chunkOf(items)];
  return summed(g.head, spliced(g.chunks, c, 1, ...next));
}
