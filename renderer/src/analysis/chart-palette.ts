/**
 * Colours of the analysis charts: a tag's own colour from the scheme, and
 * for anything else (entities, actors, outlets, counts) a colour-blind-safe
 * palette: Okabe–Ito first, then Paul Tol's "muted" set. Within one chart
 * no two keys share a colour: when two tags of the scheme have the same
 * colour (the default scheme reuses a few across types), the tag listed
 * first in the scheme keeps it and the later one takes the next palette
 * colour not yet used in that chart.
 */

import type { TagDefinition } from '../../../shared/taxonomy';

/** Okabe & Ito (2008), "Color Universal Design": orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, black. */
export const OKABE_ITO = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
];

/** Paul Tol's "muted" qualitative scheme (colour-blind safe), used once Okabe–Ito is spent. */
export const TOL_MUTED = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
];

/** Every fallback colour, in the order they are handed out. */
const PALETTE = [...OKABE_ITO, ...TOL_MUTED];

/** The colour of plain counts (bars that stand for no tag): Okabe–Ito blue. */
export const COUNT_COLOUR = '#0072B2';

/**
 * One colour per key, in order, all distinct while the palette lasts (17
 * colours beyond the scheme's; past that they repeat). A key that is a tag
 * of `tags` takes its scheme colour unless a tag listed earlier in the
 * scheme, also among `keys`, already has it; every other key takes the
 * next palette colour not used in this chart.
 */
export function keyColours(keys: readonly string[], tags: readonly TagDefinition[]): string[] {
  const schemeOrder = new Map(tags.map((t, i) => [t.id, i]));
  const schemeColour = new Map(tags.map((t) => [t.id, t.color.toUpperCase()]));
  const used = new Set<string>();
  const out = new Map<number, string>();
  // Scheme tags first, in scheme order, so which tag keeps a shared colour does not depend on counts.
  const tagged = keys
    .map((key, i) => ({ key, i, order: schemeOrder.get(key) }))
    .filter((k): k is { key: string; i: number; order: number } => k.order !== undefined)
    .sort((a, b) => a.order - b.order);
  for (const { key, i } of tagged) {
    const colour = schemeColour.get(key) as string;
    if (used.has(colour)) continue;
    used.add(colour);
    out.set(i, colour);
  }
  let next = 0;
  const fresh = (): string => {
    const free = PALETTE.slice(next).find((c) => !used.has(c));
    if (!free) return PALETTE[next++ % PALETTE.length] ?? COUNT_COLOUR;
    next = PALETTE.indexOf(free) + 1;
    used.add(free);
    return free;
  };
  return keys.map((_, i) => out.get(i) ?? fresh());
}
