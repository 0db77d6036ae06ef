/**
 * The reader's annotations of one article, as an external store (read with
 * useSyncExternalStore): the list in text order, an index by id, and what the
 * reader derives from the whole list (its coders, its orphans, how many
 * annotations link each entity), all kept up to date per edit. An edit costs
 * O(changed · log n) of our script plus one native copy of the list's
 * pointers, never a pass over every annotation: each change is recorded
 * (`changesSince`), so the painter and the side panel apply it to what they
 * built instead of looking at 10,000 annotations again.
 */

import type { Annotation } from '../../../shared/model';
import { countWork } from './render-probe';

/** One change of the list: `before` became `after` by taking `removed` out and putting `added` in. */
export interface AnnotationChange {
  before: readonly Annotation[];
  after: readonly Annotation[];
  /** The annotation objects taken out (an edited annotation's old object is here, its new one in `added`). */
  removed: readonly Annotation[];
  added: readonly Annotation[];
}

/** What a render reads; a new object after every change (useSyncExternalStore compares them). */
export interface AnnotationSnapshot {
  /** Every annotation, by start then end (code points); an edit keeps the others' objects. */
  list: readonly Annotation[];
  /** The distinct `author` fields ('' for none): a new array only when that set changes. */
  authors: readonly string[];
  /** Annotations whose quote was not found on load: a new array only when they change. */
  orphans: readonly Annotation[];
  /** Entity id → how many annotations link it: a new map only when a link changes. */
  entityLinks: ReadonlyMap<string, number>;
}

/** Changes kept for `changesSince` (a reader that fell further behind rebuilds from the list). */
const KEPT_CHANGES = 32;
/** Above this many annotations in one change, the list is rebuilt in one pass, not spliced per item. */
const SPLICE_LIMIT = 32;

/** Text order: start, then end (code points); equal spans keep the order they came in. */
export const byPosition = (x: Annotation, y: Annotation) => x.start - y.start || x.end - y.end;

/** First index in sorted `list` whose annotation comes after `a` (binary search). */
function upperBound(list: readonly Annotation[], a: Annotation): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPosition(list[mid] as Annotation, a) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in sorted `list` whose span is not before [start, end) (binary search). */
function lowerBound(list: readonly Annotation[], span: { start: number; end: number }): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = list[mid] as Annotation;
    if (m.start < span.start || (m.start === span.start && m.end < span.end)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the annotation with `a`'s id in sorted `list`, found from `a`'s span; -1 if absent. */
export function indexOfSorted(list: readonly Annotation[], a: Annotation): number {
  for (let i = lowerBound(list, a); i < list.length && byPosition(list[i] as Annotation, a) === 0; i++)
    if (list[i]?.id === a.id) return i;
  return -1;
}

/** The annotations of sorted `list` (text order) whose span is exactly [start, end) in code points. */
export function sameSpan(list: readonly Annotation[], start: number, end: number): Annotation[] {
  const out: Annotation[] = [];
  for (let i = lowerBound(list, { start, end }); i < list.length; i++) {
    const a = list[i] as Annotation;
    if (a.start !== start || a.end !== end) break;
    out.push(a);
  }
  return out;
}

/**
 * A copy of `list` with `count` items at `at` replaced by `items`: `slice`
 * and `splice` are native copies and moves of the pointers (`with` and
 * `toSpliced` measured ~4 ms at 10,000 in Chromium 156, a generic path).
 */
export function spliced<T>(list: readonly T[], at: number, count: number, ...items: T[]): T[] {
  const copy = list.slice();
  copy.splice(at, count, ...items);
  return copy;
}

/** Adds `delta` to `key`'s count in `counts`, deleting it at zero; true when the set of keys changed. */
function bump(counts: Map<string, number>, key: string, delta: number): boolean {
  const n = (counts.get(key) ?? 0) + delta;
  if (n <= 0) counts.delete(key);
  else counts.set(key, n);
  return n <= 0 || n === delta;
}

export class AnnotationStore {
  private list: readonly Annotation[] = [];
  private readonly byId = new Map<string, Annotation>();
  private readonly authorCounts = new Map<string, number>();
  private linkCounts = new Map<string, number>();
  private snapshot: AnnotationSnapshot = { list: [], authors: [], orphans: [], entityLinks: new Map() };
  private changes: AnnotationChange[] = [];
  private readonly listeners = new Set<() => void>();

  /** For useSyncExternalStore: calls `listener` after every change; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** For useSyncExternalStore: the current snapshot (the same object until the next change). */
  readonly getSnapshot = (): AnnotationSnapshot => this.snapshot;

  /** The annotation with `id` as it is now, if any. */
  readonly get = (id: string): Annotation | undefined => this.byId.get(id);

  /**
   * The changes that turned `list` (a snapshot's list) into the current one,
   * oldest first: [] when it is current, null when it is not one this store
   * made recently (then the caller rebuilds from the current list).
   */
  readonly changesSince = (list: readonly Annotation[]): readonly AnnotationChange[] | null => {
    if (list === this.list) return [];
    const at = this.changes.findIndex((c) => c.before === list);
    return at < 0 ? null : this.changes.slice(at);
  };

  /** Replaces every annotation (a load or reload): the one full pass, sorted into text order. */
  reset(annotations: readonly Annotation[]): void {
    countWork('store', annotations.length);
    this.byId.clear();
    this.authorCounts.clear();
    this.linkCounts = new Map();
    for (const a of annotations) {
      this.byId.set(a.id, a);
      bump(this.authorCounts, a.author ?? '', 1);
      if (a.entityId) bump(this.linkCounts, a.entityId, 1);
    }
    const list = [...annotations].sort(byPosition);
    this.changes = [];
    this.snapshot = {
      list,
      authors: [...this.authorCounts.keys()],
      orphans: list.filter((a) => a.orphaned),
      entityLinks: this.linkCounts,
    };
    this.list = list;
    this.emit();
  }

  /** Adds `added` (ids not in the store) and takes out the annotations with `removedIds`, in one change. */
  change(removedIds: Iterable<string>, added: readonly Annotation[]): void {
    const removed: Annotation[] = [];
    for (const id of removedIds) {
      const old = this.byId.get(id);
      if (old && !removed.includes(old)) removed.push(old);
    }
    const fresh = added.filter((a) => !this.byId.has(a.id) || removed.some((r) => r.id === a.id));
    if (removed.length === 0 && fresh.length === 0) return;
    countWork('store', removed.length + fresh.length);
    const before = this.list;
    const after = this.spliced(before, removed, fresh);
    let authors = false;
    let links = false;
    let orphans = false;
    for (const [list, delta] of [
      [removed, -1],
      [fresh, 1],
    ] as const) {
      for (const a of list) {
        if (delta < 0) this.byId.delete(a.id);
        else this.byId.set(a.id, a);
        authors = bump(this.authorCounts, a.author ?? '', delta) || authors;
        if (a.entityId) links = true;
        if (a.orphaned) orphans = true;
      }
    }
    if (links) {
      this.linkCounts = new Map(this.linkCounts);
      for (const a of removed) if (a.entityId) bump(this.linkCounts, a.entityId, -1);
      for (const a of fresh) if (a.entityId) bump(this.linkCounts, a.entityId, 1);
    }
    const last = this.snapshot;
    this.snapshot = {
      list: after,
      authors: authors ? [...this.authorCounts.keys()] : last.authors,
      orphans: orphans ? this.orphansAfter(last.orphans, removed, fresh) : last.orphans,
      entityLinks: links ? this.linkCounts : last.entityLinks,
    };
    this.list = after;
    this.changes.push({ before, after, removed, added: fresh });
    if (this.changes.length > KEPT_CHANGES) this.changes.shift();
    this.emit();
  }

  /** Adds annotations (new ids). */
  add(annotations: readonly Annotation[]): void {
    this.change([], annotations);
  }

  /** Puts `a` in place of the annotation with its id (added if absent). */
  put(a: Annotation): void {
    if (this.byId.get(a.id) === a) return;
    this.change([a.id], [a]);
  }

  /** Takes the annotations with `ids` out. */
  remove(ids: Iterable<string>): void {
    this.change(ids, []);
  }

  /** `list` without `removed` and with `added`, in text order; an edited annotation whose span is unchanged keeps its place. */
  private spliced(
    list: readonly Annotation[],
    removed: readonly Annotation[],
    added: readonly Annotation[],
  ): readonly Annotation[] {
    if (removed.length + added.length > SPLICE_LIMIT) {
      const gone = new Set(removed.map((a) => a.id));
      return list
        .filter((a) => !gone.has(a.id))
        .concat(added)
        .sort(byPosition);
    }
    let next = list;
    const rest = [...added];
    for (const old of removed) {
      const at = indexOfSorted(next, old);
      if (at < 0) continue;
      const k = rest.findIndex((a) => a.id === old.id && byPosition(a, old) === 0);
      const same = rest[k];
      if (same) rest.splice(k, 1);
      next = same ? spliced(next, at, 1, same) : spliced(next, at, 1);
    }
    for (const a of rest) next = spliced(next, upperBound(next, a), 0, a);
    return next;
  }

  private orphansAfter(
    orphans: readonly Annotation[],
    removed: readonly Annotation[],
    added: readonly Annotation[],
  ): readonly Annotation[] {
    const gone = new Set(removed.map((a) => a.id));
    return [...orphans.filter((a) => !gone.has(a.id)), ...added.filter((a) => a.orphaned)].sort(byPosition);
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
