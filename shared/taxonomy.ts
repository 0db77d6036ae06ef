/**
 * The tag scheme annotations draw from: types (Actor, Demand, Event), some with
 * subtypes (Demand: Prisoners / Settlements / Other). A tag id is "type" or
 * "type.subtype". Colours come from the Okabe–Ito colour-blind-safe palette.
 * The shapes are derived from shared/schema/taxonomy-schema.ts.
 */

import type { z } from 'zod';
import type { labelSchema, subtypeSchema, taxonomySchema, typeSchema } from './schema/taxonomy-schema';
import { SCHEME_ID } from './schema/fields';

export type Label = z.infer<typeof labelSchema>;

export type SubtypeDefinition = z.infer<typeof subtypeSchema>;

/** A type; `key` is its shortcut in the tag menu, `clitics` leaves Arabic proclitics out of its new spans. */
export type TypeDefinition = z.infer<typeof typeSchema>;

export type Taxonomy = z.infer<typeof taxonomySchema>;

/** A concrete tag an annotation can carry, flattened from the scheme. */
export interface TagDefinition {
  id: string;
  typeId: string;
  label: Label;
  /** Label of the type alone ("Demand"), for grouping. */
  typeLabel: Label;
  color: string;
}

/** A subtype row of the default scheme: id, Arabic label, English label, colour. */
type SubtypeRow = readonly [id: string, ar: string, en: string, color: string];

/** The subtypes of a default type from their rows; shortcut keys run 1, 2, 3… in row order. */
const subtypes = (rows: readonly SubtypeRow[]): SubtypeDefinition[] =>
  rows.map(([id, ar, en, color], i) => ({ id, label: { ar, en }, color, key: String(i + 1) }));

/**
 * The default scheme. Each type has its own Okabe–Ito hue (blue, orange,
 * bluish green); its subtypes are lighter and darker shades of that hue, so
 * types stay apart for every kind of colour vision and subtypes read as family.
 */
export const DEFAULT_TAXONOMY: Taxonomy = {
  version: 1,
  types: [
    {
      id: 'actor',
      label: { ar: 'فاعل', en: 'Actor' },
      color: '#0072B2',
      key: '1',
      clitics: true,
      subtypes: subtypes([
        ['person', 'شخص', 'Person', '#0072B2'],
        ['organisation', 'منظمة', 'Organisation', '#56B4E9'],
        ['state', 'دولة/حكومة', 'State/government', '#004A75'],
        ['armed-group', 'جماعة مسلحة', 'Armed group', '#3D8FC4'],
      ]),
    },
    {
      id: 'demand',
      label: { ar: 'مطلب', en: 'Demand' },
      color: '#E69F00',
      key: '2',
      subtypes: subtypes([
        ['prisoners', 'الأسرى', 'Prisoners', '#E69F00'],
        ['settlements', 'الاستيطان', 'Settlements', '#D55E00'],
        ['ceasefire', 'وقف إطلاق النار', 'Ceasefire', '#B35900'],
        ['aid', 'المساعدات الإنسانية', 'Humanitarian aid', '#F0B440'],
        ['accountability', 'المساءلة', 'Accountability', '#CC79A7'],
        ['other', 'مطلب آخر', 'Other', '#A0692A'],
      ]),
    },
    {
      id: 'event',
      label: { ar: 'حدث', en: 'Event' },
      color: '#009E73',
      key: '3',
      subtypes: subtypes([
        ['meeting', 'لقاء/اجتماع', 'Meeting', '#009E73'],
        ['attack', 'ضربة/هجوم', 'Strike/attack', '#006B4E'],
        ['truce', 'هدنة/اتفاق', 'Truce/agreement', '#4DC4A0'],
        ['statement', 'تصريح/مقابلة', 'Statement/interview', '#2E8B6E'],
        ['negotiation', 'مفاوضات', 'Negotiation', '#7FD4B8'],
        ['other', 'حدث آخر', 'Other', '#00563F'],
      ]),
    },
  ],
};

/** Key that picks a type itself ("Actor", subtype not known) inside its submenu. */
export const TYPE_ITSELF_KEY = '0';

/** Every tag an annotation may carry: each type (its subtype not known yet), then each of its subtypes. */
export function listTags(taxonomy: Taxonomy): TagDefinition[] {
  return taxonomy.types.flatMap((type): TagDefinition[] => [
    { id: type.id, typeId: type.id, label: type.label, typeLabel: type.label, color: type.color },
    ...type.subtypes.map((sub) => ({
      id: `${type.id}.${sub.id}`,
      typeId: type.id,
      label: sub.label,
      typeLabel: type.label,
      color: sub.color,
    })),
  ]);
}

/** The type of a tag id ("demand.prisoners" → the Demand type). */
export function typeOfTag(taxonomy: Taxonomy, tagId: string): TypeDefinition | undefined {
  const typeId = tagId.split('.')[0];
  return taxonomy.types.find((t) => t.id === typeId);
}

/**
 * Problems that make a scheme unusable, as English messages (empty when fine):
 * duplicate ids, duplicate or reserved shortcut keys, empty labels.
 */
export function taxonomyProblems(taxonomy: Taxonomy): string[] {
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

export function findTag(taxonomy: Taxonomy, id: string): TagDefinition | undefined {
  return listTags(taxonomy).find((t) => t.id === id);
}

/** CSS-safe name for a tag's highlight registry entry ("demand.prisoners" → "hamish-demand-prisoners"). */
export function highlightName(tagId: string): string {
  return `hamish-${tagId.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
