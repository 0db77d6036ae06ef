/**
 * Paints annotations with the CSS Custom Highlight API: one Highlight per tag
 * (not per annotation), so thousands of annotations cost a few registry
 * entries and no DOM mutation of the article. Painting is incremental: each
 * annotation's Range is kept, so adding, retagging or deleting one touches
 * one Range, not 10,000. Colours come from the taxonomy through a
 * constructed stylesheet (allowed under the strict CSP).
 */

import type { Annotation } from '../../../shared/model';
import { highlightName, type TagDefinition } from '../../../shared/taxonomy';
import type { TextMap } from './text-map';

const FOCUS_NAME = 'hamish-focus';
/** The selected annotation: drawn over every tag with a heavy dark underline, so it stands out in overlaps. */
export const SELECTED_NAME = 'hamish-selected';

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255}`;
}

interface Painted {
  range: Range;
  start: number;
  end: number;
  tag: string;
}

export class HighlightPainter {
  private readonly sheet = new CSSStyleSheet();
  private readonly names: string[];
  /** The registered Highlight of each tag, kept for the painter's life. */
  private readonly byTag = new Map<string, Highlight>();
  /** What is painted now, by annotation id, and the text map it was painted on. */
  private painted = new Map<string, Painted>();
  private paintedOn: TextMap | null = null;

  constructor(private readonly tags: TagDefinition[]) {
    this.names = tags.map((t) => highlightName(t.id));
    const rules = tags.map(
      (tag) =>
        `::highlight(${highlightName(tag.id)}) { background-color: rgb(${rgb(tag.color)} / 0.26); ` +
        `text-decoration: underline 2px rgb(${rgb(tag.color)}); text-underline-offset: 0.45em; }`,
    );
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

  /** Makes the painted highlights those of `annotations`, touching only what changed since the last paint. */
  paint(map: TextMap, annotations: readonly Annotation[]): void {
    const started = performance.now();
    if (map !== this.paintedOn) {
      for (const highlight of this.byTag.values()) highlight.clear();
      this.painted = new Map();
      this.paintedOn = map;
    }
    const next = new Map<string, Painted>();
    // Spans in blocks not mounted yet wait for the paint that follows their mounting.
    const mountedEnd = map.mountedEnd();
    for (const a of annotations) {
      const old = this.painted.get(a.id);
      if (old && old.start === a.start && old.end === a.end && old.tag === a.tag) {
        next.set(a.id, old);
        this.painted.delete(a.id);
        continue;
      }
      if (a.end > mountedEnd) continue;
      const range = map.rangeFor(a.start, a.end);
      const highlight = this.byTag.get(a.tag);
      if (!range || !highlight) continue;
      highlight.add(range);
      next.set(a.id, { range, start: a.start, end: a.end, tag: a.tag });
    }
    // Whatever is left was deleted, moved or retagged: take its old Range away.
    for (const old of this.painted.values()) this.byTag.get(old.tag)?.delete(old.range);
    this.painted = next;
    // Read by the benchmarks (bench/renderer.bench.ts): script time of one paint.
    performance.clearMeasures('hamish:paint');
    performance.measure('hamish:paint', { start: started });
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
