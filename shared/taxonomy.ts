/**
 * The tag scheme annotations draw from: types (Actor, Demand, Event), some with
 * subtypes (Demand: Prisoners / Settlements / Other). A tag id is "type" or
 * "type.subtype". Colours come from the Okabe–Ito colour-blind-safe palette.
 */

export interface Label {
  ar: string;
  en: string;
}

export interface SubtypeDefinition {
  id: string;
  label: Label;
  color: string;
  /** Shortcut inside the type's submenu, a single character. */
  key: string;
}

export interface TypeDefinition {
  id: string;
  label: Label;
  color: string;
  /** Shortcut in the tag menu, a single character. */
  key: string;
  subtypes: SubtypeDefinition[];
}

export interface Taxonomy {
  version: 1;
  types: TypeDefinition[];
}

/** A concrete tag an annotation can carry, flattened from the scheme. */
export interface TagDefinition {
  id: string;
  typeId: string;
  label: Label;
  /** Label of the type alone ("Demand"), for grouping. */
  typeLabel: Label;
  color: string;
}

export const DEFAULT_TAXONOMY: Taxonomy = {
  version: 1,
  types: [
    { id: 'actor', label: { ar: 'فاعل', en: 'Actor' }, color: '#0072B2', key: '1', subtypes: [] },
    {
      id: 'demand',
      label: { ar: 'مطلب', en: 'Demand' },
      color: '#E69F00',
      key: '2',
      subtypes: [
        { id: 'prisoners', label: { ar: 'الأسرى', en: 'Prisoners' }, color: '#E69F00', key: '1' },
        { id: 'settlements', label: { ar: 'الاستيطان', en: 'Settlements' }, color: '#D55E00', key: '2' },
        { id: 'other', label: { ar: 'مطلب آخر', en: 'Other' }, color: '#CC79A7', key: '3' },
      ],
    },
    { id: 'event', label: { ar: 'حدث', en: 'Event' }, color: '#009E73', key: '3', subtypes: [] },
  ],
};

/** Every tag an annotation may carry: each type without subtypes, and each subtype. */
export function listTags(taxonomy: Taxonomy): TagDefinition[] {
  return taxonomy.types.flatMap((type): TagDefinition[] =>
    type.subtypes.length === 0
      ? [{ id: type.id, typeId: type.id, label: type.label, typeLabel: type.label, color: type.color }]
      : type.subtypes.map((sub) => ({
          id: `${type.id}.${sub.id}`,
          typeId: type.id,
          label: sub.label,
          typeLabel: type.label,
          color: sub.color,
        })),
  );
}

export function findTag(taxonomy: Taxonomy, id: string): TagDefinition | undefined {
  return listTags(taxonomy).find((t) => t.id === id);
}

/** CSS-safe name for a tag's highlight registry entry ("demand.prisoners" → "hamish-demand-prisoners"). */
export function highlightName(tagId: string): string {
  return `hamish-${tagId.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
