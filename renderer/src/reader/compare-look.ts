/**
 * How the reader's compare mode paints two coders (issue 20, the coders
 * contract): Okabe–Ito colours, colour-blind safe — coder A blue #0072B2,
 * coder B orange #E69F00, both agree bluish green #009E73 — each with its own
 * underline style too (A solid, B dashed, both double), so the three read
 * apart without colour; the legend names them in words as well.
 */

import type { CSSProperties } from 'react';
import { TINT_ALPHA } from '../../../shared/tag-colours';
import { channels } from './highlight-rules';

/** What a painted stretch is: coder A's alone, coder B's alone, or both agree. */
export type CompareSide = 'a' | 'b' | 'both';

export const COMPARE_SIDES: readonly CompareSide[] = ['a', 'b', 'both'];

/** Each side's colour (Okabe–Ito) and underline style. */
export const COMPARE_LOOK: Record<CompareSide, { colour: string; underline: 'solid' | 'dashed' | 'double' }> =
  {
    a: { colour: '#0072B2', underline: 'solid' },
    b: { colour: '#E69F00', underline: 'dashed' },
    both: { colour: '#009E73', underline: 'double' },
  };

/** The CSS highlight name of a side ("hamish-compare-a"…). */
export const compareHighlightName = (side: CompareSide): string => `hamish-compare-${side}`;

const tint = (side: CompareSide): string => `rgb(${channels(COMPARE_LOOK[side].colour)} / ${TINT_ALPHA})`;
const underline = (side: CompareSide): string =>
  `underline ${COMPARE_LOOK[side].underline} 3px ${COMPARE_LOOK[side].colour}`;

/** One ::highlight rule per side, for the compare painter's constructed stylesheet. */
export function compareHighlightRules(): string[] {
  return COMPARE_SIDES.map(
    (side) =>
      `::highlight(${compareHighlightName(side)}) { background-color: ${tint(side)}; ` +
      `text-decoration: ${underline(side)}; text-underline-offset: 0.45em; }`,
  );
}

/** The same look as an inline style, for the legend's samples. */
export function compareSampleStyle(side: CompareSide): CSSProperties {
  return {
    backgroundImage: `linear-gradient(${tint(side)}, ${tint(side)})`,
    textDecoration: underline(side),
    textUnderlineOffset: '0.45em',
  };
}
