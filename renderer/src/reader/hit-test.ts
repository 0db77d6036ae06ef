/**
 * Hit-testing clicks on painted highlights: CSS highlights take no pointer
 * events, so a click becomes a caret position, then a code point offset, then
 * the annotations whose span holds it (innermost first).
 */

import type { Annotation } from '../../../shared/model';
import type { TextMap } from './text-map';

/** Code point offset under viewport point (x, y), or null outside the article's text. */
export function offsetAtPoint(map: TextMap, x: number, y: number): number | null {
  // Chromium ≥ 128 (Electron's) has the standard caretPositionFromPoint.
  const position = document.caretPositionFromPoint(x, y);
  return position ? map.pointToOffset(position.offsetNode, position.offset) : null;
}

/**
 * Annotations under a click at caret `offset`, shortest (innermost) first. A
 * caret sits between two characters, so a span touching it on either side counts.
 */
export function annotationsAt(annotations: readonly Annotation[], offset: number): Annotation[] {
  const inside = annotations.filter((a) => !a.orphaned && a.start <= offset && offset < a.end);
  const hits =
    inside.length > 0
      ? inside
      : annotations.filter((a) => !a.orphaned && a.start < offset && offset <= a.end);
  return hits.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
}

/** Which of `hits` a click selects: the innermost, or the next one out when the current one is clicked again. */
export function pickHit(hits: readonly Annotation[], selectedId: string | null): Annotation | null {
  const i = hits.findIndex((a) => a.id === selectedId);
  return hits[i === -1 ? 0 : (i + 1) % hits.length] ?? null;
}
