/**
 * The annotation panel's row index (renderer/src/reader/panel-row-index.ts),
 * carried across random adds, edits, retags and deletes by the store's
 * recorded changes: its rows, offsets and the row at any height are those
 * of the rows built from scratch the way the panel always grouped them
 * (by type in taxonomy order with a heading per non-empty type, or in text
 * order, one type or all), with windowing.ts's brute-force offsets as the
 * oracle; and an edit is counted as a few steps, not one per annotation.
 */

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model';
import { AnnotationStore } from '../../../../renderer/src/reader/annotation-store';
import {
  HEADING_HEIGHT,
  PanelRowIndex,
  itemHeight,
  type PanelRow,
  type RowConfig,
} from '../../../../renderer/src/reader/panel-row-index';
import { rowAt, rowOffsets } from '../../../../renderer/src/reader/windowing';
import { annotation } from './annotation-fixture';

/** Tag → type, as a scheme would give it; 'stray' has no type (never shown). */
const TYPE_OF: Record<string, string> = {
  actor: 'people',
  leader: 'people',
  event: 'events',
  place: 'places',
};
const TYPES = ['events', 'people', 'places'];
const TAGS = [...Object.keys(TYPE_OF), 'stray'];

function config(grouping: 'type' | 'text', filter: string): RowConfig {
  const typeOf = (a: Annotation) => TYPE_OF[a.tag] ?? null;
  const shown = (a: Annotation) => typeOf(a) !== null && (filter === '' || typeOf(a) === filter);
  if (grouping === 'text')
    return { groupOf: (a) => (shown(a) ? '' : null), groups: [{ id: '', head: null }] };
  return {
    groupOf: (a) => (shown(a) ? typeOf(a) : null),
    groups: TYPES.filter((t) => filter === '' || t === filter).map((id) => ({
      id,
      head: { id, title: `نوع ${id}`, color: '#123456' },
    })),
  };
}

/** The rows as the panel built them before the index: one pass over the list in text order. */
function bruteRows(list: readonly Annotation[], grouping: 'type' | 'text', filter: string): PanelRow[] {
  const shown = list.filter(
    (a) => TYPE_OF[a.tag] !== undefined && (filter === '' || TYPE_OF[a.tag] === filter),
  );
  if (grouping === 'text') return shown.map((annotation) => ({ kind: 'item', annotation }));
  return TYPES.filter((t) => filter === '' || t === filter).flatMap((id): PanelRow[] => {
    const items = shown.filter((a) => TYPE_OF[a.tag] === id);
    if (items.length === 0) return [];
    return [
      { kind: 'heading', id, title: `نوع ${id}`, color: '#123456', count: items.length },
      ...items.map((annotation): PanelRow => ({ kind: 'item', annotation })),
    ];
  });
}

const heightOf = (r: PanelRow) => (r.kind === 'heading' ? HEADING_HEIGHT : itemHeight(r.annotation));

function expectSame(index: PanelRowIndex, want: readonly PanelRow[]): void {
  expect(index.count).toBe(want.length);
  expect(index.rows(0, index.count)).toEqual(want);
  const offsets = rowOffsets(want.map(heightOf));
  expect(index.total).toBe(offsets[want.length]);
  for (let i = 0; i <= want.length; i++) expect(index.offsetOf(i)).toBe(offsets[i]);
  if (want.length > 0)
    for (let y = 0; y < (offsets[want.length] ?? 0) + 100; y += 17)
      expect(index.rowAt(y)).toBe(rowAt(offsets, y));
  want.forEach((row, i) => {
    if (row.kind === 'item') expect(index.rowOf(row.annotation)).toBe(i);
  });
}

const op = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), start: fc.nat(3000), tag: fc.constantFrom(...TAGS) }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), by: fc.integer({ min: -400, max: 400 }) }),
  fc.record({ kind: fc.constant('retag' as const), pick: fc.nat(), tag: fc.constantFrom(...TAGS) }),
  fc.record({ kind: fc.constant('note' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

afterEach(() => {
  delete (globalThis as { __hamishRenders?: Map<string, number> }).__hamishRenders;
});

describe('PanelRowIndex', () => {
  it('carried across random edits, it equals the rows built from scratch, in every grouping and filter', () => {
    fc.assert(
      fc.property(
        fc.nat(300),
        fc.array(op, { maxLength: 40 }),
        fc.constantFrom<'type' | 'text'>('type', 'text'),
        fc.constantFrom('', ...TYPES),
        (initial, ops, grouping, filter) => {
          const store = new AnnotationStore();
          // Distinct starts: text order is then one order, whatever the history.
          const used = new Set<number>();
          const at = (start: number) => {
            let s = start;
            while (used.has(s)) s += 1;
            used.add(s);
            return s;
          };
          store.reset(
            Array.from({ length: initial }, (_, i) => {
              const start = at((i * 7919) % 3000);
              return annotation(`a${i}`, start, start + 4, {
                tag: TAGS[i % TAGS.length] ?? 'actor',
                ...(i % 4 === 0 ? { note: 'ملاحظة' } : {}),
              });
            }),
          );
          const rowConfig = config(grouping, filter);
          let index = PanelRowIndex.build(rowConfig, store.getSnapshot().list);
          let list = store.getSnapshot().list;
          let next = initial;
          for (const o of ops) {
            const now = store.getSnapshot().list;
            const target = now.length > 0 && 'pick' in o ? now[o.pick % now.length] : undefined;
            if (o.kind === 'add') {
              const start = at(o.start);
              store.add([annotation(`n${next++}`, start, start + 3, { tag: o.tag })]);
            } else if (o.kind === 'move' && target) {
              const start = at(Math.max(0, target.start + o.by));
              store.put({ ...target, start, end: start + 5 });
            } else if (o.kind === 'retag' && target) store.put({ ...target, tag: o.tag });
            else if (o.kind === 'note' && target)
              store.put(target.note ? { ...target, note: undefined } : { ...target, note: 'ملاحظة جديدة' });
            else if (o.kind === 'delete' && target) store.remove([target.id]);
            // Sometimes several changes at once, as React may batch them.
            if (o.kind !== 'note') {
              const changes = store.changesSince(list);
              if (changes) index = index.apply(changes);
              else index = PanelRowIndex.build(rowConfig, store.getSnapshot().list);
              list = store.getSnapshot().list;
            }
          }
          const changes = store.changesSince(list);
          if (changes) index = index.apply(changes);
          expectSame(index, bruteRows(store.getSnapshot().list, grouping, filter));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('many adds into one chunk split it, and deleting a whole chunk drops it, rows still right', () => {
    const store = new AnnotationStore();
    store.reset(Array.from({ length: 130 }, (_, i) => annotation(`a${i}`, i * 100, i * 100 + 4)));
    let list = store.getSnapshot().list;
    let index = PanelRowIndex.build(config('text', ''), list);
    // 300 annotations between the first two, one at a time: the first chunk grows past twice its size.
    for (let k = 0; k < 300; k++) {
      store.add([
        annotation(`n${k}`, 1 + (k % 90), 2 + (k % 90) + (k % 3), { tag: k % 2 ? 'event' : 'actor' }),
      ]);
      index = index.apply(store.changesSince(list) ?? []);
      list = store.getSnapshot().list;
    }
    expectSame(index, bruteRows(list, 'text', ''));
    // Then every annotation after the 20th goes, in one change.
    store.remove(list.slice(20).map((a) => a.id));
    index = index.apply(store.changesSince(list) ?? []);
    list = store.getSnapshot().list;
    expectSame(index, bruteRows(list, 'text', ''));
    expect(index.count).toBe(20);
  });

  it("an edit among 2,500 annotations is a few steps, and keeps the other rows' annotation objects", () => {
    const store = new AnnotationStore();
    store.reset(Array.from({ length: 2500 }, (_, i) => annotation(`a${i}`, i * 10, i * 10 + 4)));
    const list = store.getSnapshot().list;
    const before = PanelRowIndex.build(config('type', ''), list);
    const counts = new Map<string, number>();
    (globalThis as { __hamishRenders?: Map<string, number> }).__hamishRenders = counts;
    const target = list[1000] as Annotation;
    store.put({ ...target, tag: 'event' });
    const after = before.apply(store.changesSince(list) ?? []);
    expect(counts.get('work:rows')).toBe(2);
    // The event group now comes first (taxonomy order) with the retagged annotation alone in it.
    expect(after.rows(0, 2)).toEqual([
      { kind: 'heading', id: 'events', title: 'نوع events', color: '#123456', count: 1 },
      { kind: 'item', annotation: store.get(target.id) },
    ]);
    expect(after.row(3)).toEqual(before.row(1));
    expect(after.count).toBe(before.count + 1);
    // The index before the edit is unchanged (immutable: React may still render it).
    expect(before.rowOf(target)).toBe(1001);
  });
});
