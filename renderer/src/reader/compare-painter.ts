/**
 * Paints two coders compared (compare mode) with the CSS Custom Highlight
 * API: three Highlights — coder A alone, coder B alone, both agree — over
 * the text, none of them touching the article's DOM. A unit the coders agree
 * on is painted "both"; in any other unit each coder's annotation is painted
 * on its own side (where they overlap, both tints and both underlines show).
 * The tag painter paints nothing meanwhile (the reader gives it no
 * annotations). Repainted whole on each change: compare mode shows one
 * article's units, not the 10,000 annotations the tag painter windows.
 */

import type { ComparedUnit, SpanOfTag } from '../../../shared/agreement/coder-differences';
import { compareStretches } from './coder-modes';
import { COMPARE_SIDES, compareHighlightName, compareHighlightRules, type CompareSide } from './compare-look';
import type { TextMap } from './text-map';

/** Below the selection and the flash of "go to" (the tags' highlights are empty meanwhile). */
const PRIORITY: Record<CompareSide, number> = { a: -3, b: -2, both: -1 };

export class ComparePainter {
  private readonly sheet = new CSSStyleSheet();
  private readonly highlights = new Map<CompareSide, Highlight>();

  constructor() {
    this.sheet.replaceSync(compareHighlightRules().join('\n'));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    for (const side of COMPARE_SIDES) {
      const highlight = new Highlight();
      highlight.priority = PRIORITY[side];
      this.highlights.set(side, highlight);
      CSS.highlights.set(compareHighlightName(side), highlight);
    }
  }

  /** Paints `units` on `map` (no units: clears). Spans in blocks not mounted yet wait for the next paint. */
  paint(map: TextMap | null, units: readonly ComparedUnit<SpanOfTag>[]): void {
    const stretches = compareStretches(units);
    for (const side of COMPARE_SIDES) {
      const highlight = this.highlights.get(side);
      highlight?.clear();
      if (!map) continue;
      for (const [start, end] of stretches[side]) {
        const range = map.rangeFor(start, end);
        if (range) highlight?.add(range);
      }
    }
  }

  dispose(): void {
    for (const side of COMPARE_SIDES) CSS.highlights.delete(compareHighlightName(side));
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
