/**
 * Paints annotations with the CSS Custom Highlight API: one Highlight per tag
 * (not per annotation), so thousands of annotations cost a few registry
 * entries and no DOM mutation of the article. Painting is incremental: each
 * annotation's Range is kept, so adding, retagging or deleting one touches
 * one Range, not 10,000. With thousands of annotations only those in blocks
 * near the viewport are registered (setWindow): Chromium re-checks every
 * registered Range whenever a highlight changes, so this keeps an edit's
 * frame as cheap with 10,000 annotations as with 300. Each tag's tint and
 * underline (highlight-rules.ts) go in through a constructed stylesheet
 * (allowed under the strict CSP).
 */

import type { Annotation } from '../../../shared/model';
import { highlightName, type TagDefinition } from '../../../shared/taxonomy';
import type { AnnotationChange } from './annotation-store';
import { tagHighlightRules } from './highlight-rules';
import { countWork } from './render-probe';
import type { TextMap } from './text-map';

const FOCUS_NAME = 'hamish-focus';
/** The selected annotation: drawn over every tag with a heavy dark underline, so it stands out in overlaps. */
export const SELECTED_NAME = 'hamish-selected';

/** Below this many annotations every one is registered, wherever the reader is. */
const WINDOW_FROM = 2000;

interface Painted {
  /** The annotation as last painted. */
  source: Annotation;
  /** The paint that last saw it (see paint). */
  seen: number;
  start: number;
  end: number;
  tag: string;
  /** First and last block the span touches. */
  first: number;
  last: number;
  /** Built when first registered (its block must be mounted), then kept. */
  range: Range | null;
  registered: boolean;
}

export class HighlightPainter {
  private readonly sheet = new CSSStyleSheet();
  private readonly names: string[];
  /** The registered Highlight of each tag, kept for the painter's life. */
  private readonly byTag = new Map<string, Highlight>();
  /** What is painted now, by annotation id, and the text map it was painted on. */
  private painted = new Map<string, Painted>();
  private paintedOn: TextMap | null = null;
  /** The list painted last (see show). */
  private shown: readonly Annotation[] | null = null;
  /** Blocks near the viewport (inclusive), as last reported by setWindow. */
  private window: [number, number] = [0, 0];
  private generation = 0;
  /** In the window but not registered yet: their block was not mounted (each paint tries them again). */
  private waiting = new Set<Painted>();
  /** Painted annotations by the block they start in, and those that run over several blocks (see setWindow). */
  private byFirst = new Map<number, Set<Painted>>();
  private spanning = new Set<Painted>();

  constructor(private readonly tags: TagDefinition[]) {
    this.names = tags.map((t) => highlightName(t.id));
    const rules = tagHighlightRules(tags);
    rules.push(`::highlight(${FOCUS_NAME}) { background-color: rgb(255 214 0 / 0.55); }`);
    rules.push(
      `::highlight(${SELECTED_NAME}) { background-color: rgb(255 214 0 / 0.4); ` +
        `text-decoration: underline 3px solid rgb(29 33 37); text-underline-offset: 0.45em; }`,
    );
    this.sheet.replaceSync(rules.join('\n'));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    tags.forEach((tag, order) => {
      const highlight = new Highlight();
      // Later tags draw over earlier ones where annotations overlap.
      highlight.priority = order;
      this.byTag.set(tag.id, highlight);
      CSS.highlights.set(highlightName(tag.id), highlight);
    });
  }

  /**
   * Makes the painted highlights those of `annotations`. When they are a list
   * the store made from the one painted last (`changesSince` gives the
   * changes in between), only those changes are applied: an edit looks at the
   * annotations it changed, not at all 10,000. Otherwise paint.
   */
  show(
    map: TextMap,
    annotations: readonly Annotation[],
    changesSince: (list: readonly Annotation[]) => readonly AnnotationChange[] | null,
  ): void {
    const changes = map === this.paintedOn && this.shown ? changesSince(this.shown) : null;
    const reached = changes && (changes.length > 0 ? changes[changes.length - 1]?.after : this.shown);
    if (!changes || reached !== annotations) return this.paint(map, annotations);
    const started = performance.now();
    const wasAll = this.painted.size < WINDOW_FROM;
    const fresh: Painted[] = [];
    for (const change of changes) {
      const edited = new Set(change.added.map((a) => a.id));
      for (const gone of change.removed) {
        const old = this.painted.get(gone.id);
        if (!old || edited.has(gone.id)) continue;
        this.forget(old);
        this.painted.delete(gone.id);
      }
      for (const a of change.added) {
        const p = this.examine(map, a, this.generation);
        if (p) fresh.push(p);
      }
      countWork('paint', change.added.length + change.removed.length);
    }
    this.shown = annotations;
    this.settle(fresh, wasAll, started);
  }

  /**
   * Makes the painted highlights those of `annotations`, touching only what
   * changed since the last paint: an annotation object seen before (lists are
   * updated immutably, so an unchanged one keeps its object) costs one lookup;
   * a new, moved or retagged one gets its Range, a gone one loses it.
   */
  paint(map: TextMap, annotations: readonly Annotation[]): void {
    const started = performance.now();
    if (map !== this.paintedOn) {
      for (const highlight of this.byTag.values()) highlight.clear();
      this.painted = new Map();
      this.waiting.clear();
      this.byFirst.clear();
      this.spanning.clear();
      this.paintedOn = map;
    }
    const generation = ++this.generation;
    const wasAll = this.painted.size < WINDOW_FROM;
    const fresh: Painted[] = [];
    countWork('paint', annotations.length);
    for (const a of annotations) {
      const p = this.examine(map, a, generation);
      if (p) fresh.push(p);
    }
    // Whatever was not seen was deleted: take its Range away.
    for (const [id, old] of this.painted) {
      if (old.seen === generation) continue;
      this.forget(old);
      this.painted.delete(id);
    }
    this.shown = annotations;
    this.settle(fresh, wasAll, started);
  }

  /** Registers what waited for its block to mount (called as blocks mount). */
  placeWaiting(): void {
    const waited = [...this.waiting];
    this.waiting.clear();
    for (const p of waited) if (this.painted.get(p.source.id) === p) this.place(p);
  }

  /**
   * `a` seen in paint `generation`: null when it is painted as it is (same
   * span and tag), else its new entry (its old Range, if any, let go).
   */
  private examine(map: TextMap, a: Annotation, generation: number): Painted | null {
    const old = this.painted.get(a.id);
    if (old && (old.source === a || (old.start === a.start && old.end === a.end && old.tag === a.tag))) {
      old.source = a;
      old.seen = generation;
      return null;
    }
    // Moved or retagged: its old Range goes; a new entry takes its place.
    if (old) this.forget(old);
    const first = map.blockIndexOf(a.start);
    const last = map.blockIndexOf(Math.max(a.start, a.end - 1));
    const { start, end, tag } = a;
    return { source: a, seen: generation, start, end, tag, first, last, range: null, registered: false };
  }

  /** Indexes and places the `fresh` entries of a paint begun at `started` (ms) when `wasAll` were registered. */
  private settle(fresh: readonly Painted[], wasAll: boolean, started: number): void {
    for (const p of fresh) {
      this.painted.set(p.source.id, p);
      if (p.first !== p.last) this.spanning.add(p);
      const bucket = this.byFirst.get(p.first);
      if (bucket) bucket.add(p);
      else this.byFirst.set(p.first, new Set([p]));
    }
    // Blocks mounted since the last paint: what waited for them is registered now.
    this.placeWaiting();
    // Across WINDOW_FROM every annotation's registration changes; else only the new ones are placed.
    if (wasAll !== this.painted.size < WINDOW_FROM) this.sync();
    else for (const p of fresh) this.place(p);
    // Read by the benchmarks (bench/renderer.bench.ts): script time of one paint.
    performance.clearMeasures('hamish:paint');
    performance.measure('hamish:paint', { start: started });
  }

  /**
   * The blocks near the viewport changed: register what came near, let go of
   * what left. Only the annotations starting in blocks that entered or left
   * the window (and those running over several blocks) are looked at, not
   * all 10,000, so scrolling costs what it brings in.
   */
  setWindow(from: number, to: number): void {
    const [oldFrom, oldTo] = this.window;
    if (from === oldFrom && to === oldTo) return;
    if (from > to) return;
    this.window = [from, to];
    for (let b = Math.min(from, oldFrom); b <= Math.max(to, oldTo); b++) {
      if (b >= from && b <= to && b >= oldFrom && b <= oldTo) continue;
      for (const p of this.byFirst.get(b) ?? []) this.place(p);
    }
    for (const p of this.spanning) this.place(p);
  }

  /** Registers exactly the annotations in the window (all of them below WINDOW_FROM). */
  private sync(): void {
    for (const p of this.painted.values()) this.place(p);
  }

  /** Registers `p` when it is in the window (or every annotation is registered), else lets it go. */
  private place(p: Painted): void {
    const [from, to] = this.window;
    if (this.painted.size < WINDOW_FROM || (p.first <= to && p.last >= from)) this.register(p);
    else this.unregister(p);
  }

  private register(p: Painted): void {
    if (p.registered) return;
    // A block not mounted yet has no text node: the paint after its mounting registers it.
    p.range ??= this.paintedOn?.rangeFor(p.start, p.end) ?? null;
    const highlight = this.byTag.get(p.tag);
    if (!p.range || !highlight) {
      this.waiting.add(p);
      return;
    }
    highlight.add(p.range);
    p.registered = true;
  }

  /** Lets go of `p` for good (deleted, or replaced after a move or retag). */
  private forget(p: Painted): void {
    this.unregister(p);
    this.byFirst.get(p.first)?.delete(p);
    this.spanning.delete(p);
  }

  private unregister(p: Painted): void {
    if (!p.registered || !p.range) return;
    this.byTag.get(p.tag)?.delete(p.range);
    p.registered = false;
  }

  /** Briefly marks one range (after "go to annotation"). */
  flash(range: Range, ms = 1600): void {
    const highlight = new Highlight(range);
    highlight.priority = this.tags.length + 1;
    CSS.highlights.set(FOCUS_NAME, highlight);
    window.setTimeout(() => {
      if (CSS.highlights.get(FOCUS_NAME) === highlight) CSS.highlights.delete(FOCUS_NAME);
    }, ms);
  }

  /** Marks the selected annotation's range (null clears it). */
  select(range: Range | null): void {
    if (!range) {
      CSS.highlights.delete(SELECTED_NAME);
      return;
    }
    const highlight = new Highlight(range);
    highlight.priority = this.tags.length + 2;
    CSS.highlights.set(SELECTED_NAME, highlight);
  }

  dispose(): void {
    for (const name of this.names) CSS.highlights.delete(name);
    CSS.highlights.delete(FOCUS_NAME);
    CSS.highlights.delete(SELECTED_NAME);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
