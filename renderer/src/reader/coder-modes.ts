/**
 * The pure parts of the reader's coder view (no DOM, no React): the coder
 * control's modes, the fallback when a chosen coder is gone, and which
 * stretches of text compare mode paints on each side.
 */

import type { ComparedUnit, SpanOfTag } from '../../../shared/agreement/coder-differences';
import type { CompareSide } from './compare-look';

/** The coder control's choice. */
export type CoderMode =
  { kind: 'all' } | { kind: 'one'; coder: string } | { kind: 'compare'; a: string; b: string };

/** Every coder, the reader as it always was. */
export const ALL: CoderMode = { kind: 'all' };

/**
 * The mode if its coders are still in `coders`, else "all": deleting a
 * coder's last annotation, or opening an article they never coded, never
 * leaves the reader showing nobody.
 */
export function modeIn(mode: CoderMode, coders: readonly string[]): CoderMode {
  if (mode.kind === 'one' && !coders.includes(mode.coder)) return ALL;
  if (mode.kind === 'compare' && !(coders.includes(mode.a) && coders.includes(mode.b))) return ALL;
  return mode;
}

/** The stretches of `units` to paint on each side, as [start, end) in code points. */
export function compareStretches(
  units: readonly ComparedUnit<SpanOfTag>[],
): Record<CompareSide, [number, number][]> {
  const out: Record<CompareSide, [number, number][]> = { a: [], b: [], both: [] };
  for (const unit of units) {
    if (unit.kind === 'agree') out.both.push([unit.start, unit.end]);
    else {
      if (unit.a) out.a.push([unit.a.start, unit.a.end]);
      if (unit.b) out.b.push([unit.b.start, unit.b.end]);
    }
  }
  return out;
}
