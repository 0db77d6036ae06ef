/**
 * Merging an imported tag scheme into the library's: what the library lacks
 * (a type, or a subtype of a type it has) joins it; what it has is kept as it
 * is (labels, colours, keys); claim frames likewise join by id. Nothing is
 * ever removed, so no annotation loses its tag and no claim its frame. Used by the Hamish JSON import so that a file's tags come with it.
 */

import { framesOf } from './claims';
import type { FrameDefinition } from './schema/taxonomy-schema';
import { taxonomyProblems, TYPE_ITSELF_KEY, type Taxonomy } from './taxonomy';

/** The merged scheme, the tag ids (types and "type.subtype") and the frame ids that joined it. */
export interface TaxonomyMerge {
  taxonomy: Taxonomy;
  added: string[];
  framesAdded: string[];
}

/** `key`, or "" when `taken` has it already (an added tag never steals a shortcut). */
const freeKey = (key: string, taken: Set<string>): string => (key !== '' && taken.has(key) ? '' : key);

/**
 * Adds to `mine` the types and subtypes of `theirs` it lacks (by id), in
 * their order, after its own. A shortcut key already used at that level is
 * dropped from the added item. Pure; `mine` is not changed. Returns `mine`
 * itself (and no ids) when nothing is missing. Throws Error if the result
 * would not be a usable scheme (it cannot, from two valid schemes).
 */
export function mergeTaxonomy(mine: Taxonomy, theirs: Taxonomy): TaxonomyMerge {
  const added: string[] = [];
  const types = mine.types.map((type) => ({ ...type, subtypes: [...type.subtypes] }));
  const typeKeys = new Set(types.map((t) => t.key));
  for (const incoming of theirs.types) {
    const local = types.find((t) => t.id === incoming.id);
    if (!local) {
      types.push({ ...structuredClone(incoming), key: freeKey(incoming.key, typeKeys) });
      typeKeys.add(incoming.key);
      added.push(incoming.id, ...incoming.subtypes.map((s) => `${incoming.id}.${s.id}`));
      continue;
    }
    const subKeys = new Set([TYPE_ITSELF_KEY, ...local.subtypes.map((s) => s.key)]);
    for (const sub of incoming.subtypes) {
      if (local.subtypes.some((s) => s.id === sub.id)) continue;
      local.subtypes.push({ ...structuredClone(sub), key: freeKey(sub.key, subKeys) });
      subKeys.add(sub.key);
      added.push(`${local.id}.${sub.id}`);
    }
  }
  const frames = mergeFrames(mine, theirs);
  if (added.length === 0 && frames.added.length === 0) return { taxonomy: mine, added, framesAdded: [] };
  const taxonomy: Taxonomy = { ...mine, types, ...(frames.frames ? { frames: frames.frames } : {}) };
  const problems = taxonomyProblems(taxonomy);
  if (problems.length > 0) throw new Error(`merged scheme: ${problems.join('; ')}`);
  return { taxonomy, added, framesAdded: frames.added };
}

/**
 * The frames of `mine` (the default ones when it has none) with the frames
 * of `theirs` it lacks (by id) after them, their keys dropped when taken;
 * `frames` undefined when neither scheme has frames of its own.
 */
function mergeFrames(mine: Taxonomy, theirs: Taxonomy): { frames?: FrameDefinition[]; added: string[] } {
  if (!theirs.frames) return mine.frames ? { frames: mine.frames, added: [] } : { added: [] };
  const frames = structuredClone(framesOf(mine));
  const keys = new Set(frames.map((f) => f.key));
  const added: string[] = [];
  for (const incoming of theirs.frames) {
    if (frames.some((f) => f.id === incoming.id)) continue;
    frames.push({ ...structuredClone(incoming), key: freeKey(incoming.key, keys) });
    keys.add(incoming.key);
    added.push(incoming.id);
  }
  return { frames, added };
}
