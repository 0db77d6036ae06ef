/**
 * The colours tags are painted in, chosen so the code can be read off the
 * page: each tag's background tint is its colour painted at TINT_ALPHA over
 * the page (its underline, in its type's colour and its own style, is in
 * shared/tag-marks.ts). TAG_PALETTE is chosen so that, at the
 * painted tint, any two of its colours differ by CIEDE2000 ΔE ≥ 11.8 and each
 * differs from the bare page by more than 12 (tests/unit/shared/tag-colours.test.ts
 * measures it with culori); a type's tags draw from it, so a type with up to
 * eight subtypes shows every one in its own tint. New subtypes take the free
 * palette colour farthest (ΔE at the tint) from those their type already shows.
 */

import { blend, differenceCiede2000, parse, type Color } from 'culori';
import type { TypeDefinition } from './taxonomy';

/** The page the article is painted on (renderer/src/styles.css `--paper`). */
export const PAGE_PAPER = '#faf8f4';

/** Opacity of a tag's colour over the page: light enough to read the text through, overlaps still show both. */
export const TINT_ALPHA = 0.26;

/**
 * Nine colours apart from one another at the painted tint: the three type
 * hues of the default scheme (Okabe–Ito blue, orange, bluish green) and six
 * found by a greedy max–min ΔE search over OKLCH around them.
 */
export const TAG_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#910080',
  '#F0532B',
  '#717FFF',
  '#31410A',
  '#552847',
  '#82C509',
] as const;

const deltaE = differenceCiede2000();

/** `hex` painted at `alpha` over `page` (culori's normal blend). Throws on a colour culori cannot parse. */
export function paintedTint(hex: string, alpha = TINT_ALPHA, page = PAGE_PAPER): Color {
  const colour = parse(hex);
  const paper = parse(page);
  if (!colour || !paper) throw new Error(`not a colour: ${colour ? page : hex}`);
  return blend([paper, { ...colour, alpha }], 'normal', 'rgb');
}

/** CIEDE2000 difference between two colours as painted (tints over the page). */
export function tintDifference(a: string, b: string): number {
  return deltaE(paintedTint(a), paintedTint(b));
}

/** The colours one type shows on the text: its own (the type itself) and each subtype's. */
export function typeColours(type: TypeDefinition): string[] {
  return [type.color, ...type.subtypes.map((s) => s.color)];
}

/**
 * The colour for a new subtype of `type`: of the palette colours the type
 * does not show yet, the one whose tint is farthest from the nearest it
 * does show; when all nine are taken, the farthest of all.
 */
export function nextSubtypeColour(type: TypeDefinition): string {
  const shown = typeColours(type).map((c) => c.toUpperCase());
  const free = TAG_PALETTE.filter((c) => !shown.includes(c));
  const pool = free.length > 0 ? free : [...TAG_PALETTE];
  let best: string = pool[0] ?? TAG_PALETTE[0];
  let bestGap = -1;
  for (const candidate of pool) {
    const gap = Math.min(...shown.map((c) => tintDifference(candidate, c)));
    if (gap > bestGap) [best, bestGap] = [candidate, gap];
  }
  return best;
}
