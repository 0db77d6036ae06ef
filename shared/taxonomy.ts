/**
 * The tag scheme annotations draw from: types (Actor, Demand, Event), some with
 * subtypes (Demand: Prisoners / Settlements / Other). A tag id is "type" or
 * "type.subtype". Each type has an Okabe–Ito hue (its underline on the text);
 * its tags take tints from shared/tag-colours.ts that stay apart on the page.
 * The shapes are derived from shared/schema/taxonomy-schema.ts.
 */

import type { z } from 'zod';
import { underlineMark, type UnderlineMark } from './tag-marks';
import type { labelSchema, subtypeSchema, taxonomySchema, typeSchema } from './schema/taxonomy-schema';

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
  /** The type's colour: the underline of every tag of the type. */
  typeColor: string;
  /** The underline style that tells this tag from the others of its type without colour. */
  underline: UnderlineMark;
}

/** A subtype row of the default scheme: id, Arabic label, English label, colour. */
type SubtypeRow = readonly [id: string, ar: string, en: string, color: string];

/** The subtypes of a default type from their rows; shortcut keys run 1, 2, 3… in row order. */
const subtypes = (rows: readonly SubtypeRow[]): SubtypeDefinition[] =>
  rows.map(([id, ar, en, color], i) => ({ id, label: { ar, en }, color, key: String(i + 1) }));

/**
 * The default scheme. Each type has its own Okabe–Ito hue (blue, orange,
 * bluish green), drawn as the underline of all its tags; each subtype has a
 * palette colour of its own (TAG_PALETTE), so within a type every tint on the
 * page differs from every other by ΔE ≥ 11.8, and the underline style tells
 * them apart without colour.
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
        ['person', 'شخص', 'Person', '#717FFF'],
        ['organisation', 'منظمة', 'Organisation', '#910080'],
        ['state', 'دولة/حكومة', 'State/government', '#31410A'],
        ['armed-group', 'جماعة مسلحة', 'Armed group', '#F0532B'],
      ]),
    },
    {
      id: 'demand',
      label: { ar: 'مطلب', en: 'Demand' },
      color: '#E69F00',
      key: '2',
      subtypes: subtypes([
        ['prisoners', 'الأسرى', 'Prisoners', '#F0532B'],
        ['settlements', 'الاستيطان', 'Settlements', '#552847'],
        ['ceasefire', 'وقف إطلاق النار', 'Ceasefire', '#0072B2'],
        ['aid', 'المساعدات الإنسانية', 'Humanitarian aid', '#82C509'],
        ['accountability', 'المساءلة', 'Accountability', '#910080'],
        ['other', 'مطلب آخر', 'Other', '#31410A'],
      ]),
    },
    {
      id: 'event',
      label: { ar: 'حدث', en: 'Event' },
      color: '#009E73',
      key: '3',
      subtypes: subtypes([
        ['meeting', 'لقاء/اجتماع', 'Meeting', '#82C509'],
        ['attack', 'ضربة/هجوم', 'Strike/attack', '#F0532B'],
        ['truce', 'هدنة/اتفاق', 'Truce/agreement', '#717FFF'],
        ['statement', 'تصريح/مقابلة', 'Statement/interview', '#552847'],
        ['negotiation', 'مفاوضات', 'Negotiation', '#0072B2'],
        ['other', 'حدث آخر', 'Other', '#31410A'],
      ]),
    },
  ],
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
 * Problems that make a scheme unusable, as English messages (empty when fine):
 * duplicate ids, duplicate or reserved shortcut keys, empty labels.
 */
export function taxonomyProblems(taxonomy: Taxonomy): string[] {
  const problems: string[] = [];
  const check = (items: { id: string; key: string; label: Label }[], where: string, reserved: string[]) => {
    const ids = new Set<string>();
    const keys = new Set<string>(reserved);
    for (const item of items) {
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
