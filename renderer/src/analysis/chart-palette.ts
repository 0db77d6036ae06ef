/**
 * Colours of the analysis charts: a tag's own colour from the scheme, and
 * for anything else (entities, actors, outlets, counts) the Okabe–Ito
 * palette, which stays distinct under the common colour-vision deficiencies.
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

/** The colour of plain counts (bars that stand for no tag): Okabe–Ito blue. */
export const COUNT_COLOUR = '#0072B2';

/**
 * One colour per key, in order: the tag's scheme colour when `key` is a tag
 * of `tags`, else the next Okabe–Ito colour (cycling past eight).
 */
export function keyColours(keys: readonly string[], tags: readonly TagDefinition[]): string[] {
  const byId = new Map(tags.map((t) => [t.id, t.color]));
  let next = 0;
  return keys.map((key) => byId.get(key) ?? OKABE_ITO[next++ % OKABE_ITO.length] ?? COUNT_COLOUR);
}
