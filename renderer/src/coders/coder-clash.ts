/**
 * Whether a typed coder name clashes with a known one (issue 20 review,
 * fresh-user test 3 #6): the same name as a colleague's layer or a gold
 * coder (their work would count as yours), or a name written alike
 * (coderNameKey: case, spaces, NFC/NFD, Arabic spelling variants), which
 * Hamish would keep as a separate layer beside theirs.
 */

import { coderNameKey } from '../../../shared/coders';

/** Why a name clashes: the same as a gold coder or a layer, or written like one. */
export type CoderClashKind = 'gold' | 'layer' | 'gold-alike' | 'layer-alike';

/** A clash and the known name it is with (`existing`, as stored). */
export interface CoderClashFound {
  kind: CoderClashKind;
  existing: string;
}

/** The names a typed one is checked against: colleagues' layers (the local coder left out) and gold coders. */
export interface KnownCoders {
  layers: readonly string[];
  golds: readonly string[];
}

/**
 * The clash of `name` (already cleaned: cleanCoderName) with `known`, or
 * null: an exact gold, then an exact layer, then a gold written alike, then
 * a layer written alike (coderNameKey), the first known name found.
 */
export function findCoderClash(name: string, known: KnownCoders): CoderClashFound | null {
  const gold = known.golds.find((g) => g === name);
  if (gold !== undefined) return { kind: 'gold', existing: gold };
  const layer = known.layers.find((l) => l === name);
  if (layer !== undefined) return { kind: 'layer', existing: layer };
  const key = coderNameKey(name);
  const goldAlike = known.golds.find((g) => coderNameKey(g) === key);
  if (goldAlike !== undefined) return { kind: 'gold-alike', existing: goldAlike };
  const layerAlike = known.layers.find((l) => coderNameKey(l) === key);
  return layerAlike === undefined ? null : { kind: 'layer-alike', existing: layerAlike };
}
