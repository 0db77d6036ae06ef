/**
 * The reader's annotation store (renderer/src/reader/annotation-store.ts):
 * after any sequence of adds, edits and deletes its list, coders, orphans and
 * entity links are what a full pass over the annotations gives, each change
 * is recorded for changesSince, and an edit is counted as a few steps of
 * per-annotation work, not one per annotation.
 */

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model';
import { AnnotationStore, byPosition, sameSpan } from '../../../../renderer/src/reader/annotation-store';
import { annotation } from './annotation-fixture';

const TAGS = ['actor', 'event', 'place'];

/** What a full pass gives for `items`: the store's derived values, recomputed from scratch. */
function fromScratch(items: readonly Annotation[]) {
  const links = new Map<string, number>();
  for (const a of items) if (a.entityId) links.set(a.entityId, (links.get(a.entityId) ?? 0) + 1);
  return {
    spans: [...items].sort(byPosition).map((a) => `${a.start}-${a.end}`),
    ids: new Set(items.map((a) => a.id)),
    authors: new Set(items.map((a) => a.author ?? '')),
    orphans: items
      .filter((a) => a.orphaned)
      .map((a) => a.id)
      .sort(),
    links,
  };
}

const op = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    start: fc.nat(500),
    length: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), move: fc.integer({ min: -5, max: 5 }) }),
  fc.record({ kind: fc.constant('retag' as const), pick: fc.nat(), tag: fc.constantFrom(...TAGS) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

afterEach(() => {
  delete (globalThis as { __hamishRenders?: Map<string, number> }).__hamishRenders;
});

describe('AnnotationStore', () => {
  it('after any edits its list and derived values match a full pass, and every change is recorded', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.nat(40), (ops, initial) => {
        const store = new AnnotationStore();
        const start = Array.from({ length: initial }, (_, i) =>
          annotation(`a${i}`, (i * 37) % 400, ((i * 37) % 400) + 5, {
            ...(i % 3 === 0 ? { author: `coder${i % 2}` } : {}),
            ...(i % 5 === 0 ? { entityId: `e${i % 4}` } : {}),
            ...(i % 7 === 0 ? { orphaned: true } : {}),
          }),
        );
        store.reset(start);
        const first = store.getSnapshot().list;
        let next = initial;
        for (const o of ops) {
          const list = store.getSnapshot().list;
          const target = list.length > 0 && 'pick' in o ? list[o.pick % list.length] : undefined;
          if (o.kind === 'add')
            store.add([
              annotation(`n${next++}`, o.start, o.start + o.length, { entityId: `e${o.start % 3}` }),
            ]);
          else if (o.kind === 'edit' && target)
            store.put({ ...target, start: Math.max(0, target.start + o.move), end: target.end + 6 });
          else if (o.kind === 'retag' && target) store.put({ ...target, tag: o.tag, note: 'ملاحظة' });
          else if (o.kind === 'delete' && target) store.remove([target.id]);
        }
        const snapshot = store.getSnapshot();
        const want = fromScratch(snapshot.list);
        expect(snapshot.list.map((a) => `${a.start}-${a.end}`)).toEqual(want.spans);
        expect(new Set(snapshot.list.map((a) => a.id))).toEqual(want.ids);
        expect(new Set(snapshot.authors)).toEqual(want.authors);
        expect(snapshot.orphans.map((a) => a.id).sort()).toEqual(want.orphans);
        expect(new Map(snapshot.entityLinks)).toEqual(want.links);
        for (const a of snapshot.list) expect(store.get(a.id)).toBe(a);
        // The recorded changes lead from the first list to the last, one after the other.
        const changes = store.changesSince(first);
        if (changes) {
          let at: readonly Annotation[] = first;
          for (const c of changes) {
            expect(c.before).toBe(at);
            at = c.after;
          }
          expect(at).toBe(snapshot.list);
        } else expect(ops.length).toBeGreaterThan(32);
      }),
    );
  });

  it("an edit keeps the other annotations' objects, an unmoved one its place, and counts two steps", () => {
    const store = new AnnotationStore();
    const list = Array.from({ length: 2500 }, (_, i) => annotation(`a${i}`, i * 10, i * 10 + 4));
    store.reset(list);
    const before = store.getSnapshot();
    const counts = new Map<string, number>();
    (globalThis as { __hamishRenders?: Map<string, number> }).__hamishRenders = counts;
    const edited = { ...(list[1200] as Annotation), tag: 'event' };
    store.put(edited);
    const after = store.getSnapshot();
    expect(after.list[1200]).toBe(edited);
    expect(after.list.filter((a, i) => a !== before.list[i])).toEqual([edited]);
    expect(counts.get('work:store')).toBe(2);
    // Nothing else changed, so the derived values are the same objects (nothing re-renders for them).
    expect(after.authors).toBe(before.authors);
    expect(after.orphans).toBe(before.orphans);
    expect(after.entityLinks).toBe(before.entityLinks);
    expect(store.changesSince(before.list)).toEqual([
      { before: before.list, after: after.list, removed: [list[1200]], added: [edited] },
    ]);
  });

  it('equal spans keep the order they came in; a re-added id is not duplicated', () => {
    const store = new AnnotationStore();
    store.reset([annotation('x', 5, 9), annotation('y', 5, 9, { tag: 'event' })]);
    store.add([annotation('z', 5, 9, { tag: 'place' }), annotation('x', 5, 9)]);
    expect(store.getSnapshot().list.map((a) => a.id)).toEqual(['x', 'y', 'z']);
    store.put(annotation('x', 5, 9, { note: 'تعديل' }));
    expect(store.getSnapshot().list.map((a) => a.id)).toEqual(['x', 'y', 'z']);
  });

  it('a bulk change (tag all mentions) is applied in one pass and recorded as one change', () => {
    const store = new AnnotationStore();
    store.reset([annotation('a', 100, 110)]);
    const before = store.getSnapshot().list;
    const many = Array.from({ length: 50 }, (_, i) => annotation(`m${i}`, 500 - i * 7, 504 - i * 7));
    store.add(many);
    const list = store.getSnapshot().list;
    expect(list).toHaveLength(51);
    expect(list.map((a) => a.start)).toEqual([...list.map((a) => a.start)].sort((x, y) => x - y));
    expect(store.changesSince(before)).toHaveLength(1);
  });

  it('tells subscribers of each change and stops when unsubscribed', () => {
    const store = new AnnotationStore();
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    store.reset([annotation('a', 0, 3)]);
    store.remove(['a']);
    store.remove(['a']);
    expect(calls).toBe(2);
    stop();
    store.add([annotation('b', 1, 2)]);
    expect(calls).toBe(2);
  });

  it('sameSpan finds exactly the annotations over a span, as a filter does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.nat(40), length: fc.integer({ min: 1, max: 4 }) }), { maxLength: 80 }),
        fc.nat(40),
        fc.integer({ min: 1, max: 4 }),
        (spans, start, length) => {
          const list = spans.map((s, i) => annotation(`s${i}`, s.start, s.start + s.length)).sort(byPosition);
          const want = list.filter((a) => a.start === start && a.end === start + length);
          expect(sameSpan(list, start, start + length)).toEqual(want);
        },
      ),
    );
  });
});
