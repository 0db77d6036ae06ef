/**
 * The tag scheme annotations draw from: types (Actor, Demand, Event), some with
 * subtypes (Demand: Prisoners / Settlements / Other). A tag id is "type" or
 * "type.subtype". Each type has an Okabe–Ito hue (its underline on the text);
 * its tags take tints from shared/tag-colours.ts that stay apart on the page.
 * The shapes are derived from shared/schema/taxonomy-schema.ts.
 */

import defaultScheme from './default-taxonomy.json' with { type: 'json' };
import { frameProblemTexts } from './frame-problems';
import type { Label, Taxonomy, TypeDefinition } from './schema/taxonomy-schema';
import { SCHEME_ID } from './schema/patterns';
import { underlineMark, type UnderlineMark } from './tag-marks';

export type {
  FrameAttribute,
  FrameDefinition,
  Label,
  RoleDefinition,
  SubtypeDefinition,
  Taxonomy,
  TypeDefinition,
} from './schema/taxonomy-schema';

/** A concrete tag an annotation can carry, flattened from the scheme. */
export interface TagDefinition {
  id: string;
  typeId: string;
  label: Label;
  /** Label of the type alone ("Demand"), for grouping. */
  typeLabel: Label;
  color: string;
  /** The type's colour: the underline of every tag of the type. */
  typeColor: string;
  /** The underline style that tells this tag from the others of its type without colour. */
  underline: UnderlineMark;
}

/**
 * The default scheme, kept as data in default-taxonomy.json (a taxonomy.json
 * as the library writes it). Each type has its own Okabe–Ito hue (blue,
 * orange, bluish green), drawn as the underline of all its tags; each subtype
 * has a palette colour of its own (TAG_PALETTE), so within a type every tint
 * on the page differs from every other by ΔE ≥ 11.8, and the underline style
 * tells them apart without colour; their shortcut keys run 1, 2, 3… in order.
 */
export const DEFAULT_TAXONOMY: Taxonomy = {
  version: 1,
  types: defaultScheme.types,
  frames: defaultScheme.frames,
};

/** Key that picks a type itself ("Actor", subtype not known) inside its submenu. */
export const TYPE_ITSELF_KEY = '0';

/** Every tag an annotation may carry: each type (its subtype not known yet), then each of its subtypes. */
export function listTags(taxonomy: Taxonomy): TagDefinition[] {
  return taxonomy.types.flatMap((type): TagDefinition[] => [
    {
      id: type.id,
      typeId: type.id,
      label: type.label,
      typeLabel: type.label,
      color: type.color,
      typeColor: type.color,
      underline: underlineMark(0),
    },
    ...type.subtypes.map((sub, i) => ({
      id: `${type.id}.${sub.id}`,
      typeId: type.id,
      label: sub.label,
      typeLabel: type.label,
      color: sub.color,
      typeColor: type.color,
      underline: underlineMark(i + 1),
    })),
  ]);
}

/** The type of a tag id ("demand.prisoners" → the Demand type). */
export function typeOfTag(taxonomy: Taxonomy, tagId: string): TypeDefinition | undefined {
  const typeId = tagId.split('.')[0];
  return taxonomy.types.find((t) => t.id === typeId);
}

/**
 * Problems of a scheme's types and subtypes, as English messages (empty when
 * fine): ids outside the pattern or shared by siblings, duplicate or reserved
 * shortcut keys, entries with no label.
 */
export function typeProblems(taxonomy: Taxonomy): string[] {
  const problems: string[] = [];
  const check = (items: { id: string; key: string; label: Label }[], where: string, reserved: string[]) => {
    const ids = new Set<string>();
    const keys = new Set<string>(reserved);
    for (const item of items) {
      if (!SCHEME_ID.test(item.id)) problems.push(`${where}: id "${item.id}" is not a-z, 0-9, "_" or "-"`);
      if (ids.has(item.id)) problems.push(`${where}: duplicate id "${item.id}"`);
      ids.add(item.id);
      if (item.key !== '' && keys.has(item.key)) problems.push(`${where}: key "${item.key}" used twice`);
      keys.add(item.key);
      if (!item.label.ar.trim() && !item.label.en.trim())
        problems.push(`${where}: "${item.id}" has no label`);
    }
  };
  check(taxonomy.types, 'types', []);
  for (const type of taxonomy.types) check(type.subtypes, type.id, [TYPE_ITSELF_KEY]);
  return problems;
}

/**
 * Problems that make a scheme unusable, as English messages (empty when
 * fine): those of its types (typeProblems), then those of its claim frames
 * (shared/frame-problems.ts).
 */
export function taxonomyProblems(taxonomy: Taxonomy): string[] {
  return [...typeProblems(taxonomy), ...frameProblemTexts(taxonomy)];
}

export function findTag(taxonomy: Taxonomy, id: string): TagDefinition | undefined {
  return listTags(taxonomy).find((t) => t.id === id);
}

/** CSS-safe name for a tag's highlight registry entry ("demand.prisoners" → "hamish-demand-prisoners"). */
export function highlightName(tagId: string): string {
  return `hamish-${tagId.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
