/**
 * Pure edits of a draft tag scheme for the taxonomy editor: add, move and
 * remove types and subtypes with fresh ids, free keys and unused colours, and
 * which tags a draft drops compared with the saved scheme.
 */

import { nextSubtypeColour } from '../../../shared/tag-colours';
import { listTags, TYPE_ITSELF_KEY, type Taxonomy, type TypeDefinition } from '../../../shared/taxonomy';

/** Okabe–Ito and companions, offered in turn to new entries. */
const PALETTE = ['#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#999999', '#0072B2', '#009E73'];

function freeId(prefix: string, taken: readonly { id: string }[]): string {
  for (let n = 1; ; n++) if (!taken.some((x) => x.id === `${prefix}-${n}`)) return `${prefix}-${n}`;
}

function freeKey(taken: readonly { key: string }[], reserved: string[] = []): string {
  const used = new Set([...taken.map((x) => x.key), ...reserved]);
  return [...'123456789abcdefghijklmnopqrstuvwxyz'].find((k) => !used.has(k)) ?? '';
}

function freeColor(taxonomy: Taxonomy): string {
  const used = new Set(taxonomy.types.flatMap((t) => [t.color, ...t.subtypes.map((s) => s.color)]));
  return PALETTE.find((c) => !used.has(c)) ?? PALETTE[0] ?? '#999999';
}

export function addType(taxonomy: Taxonomy): Taxonomy {
  const type: TypeDefinition = {
    id: freeId('type', taxonomy.types),
    label: { ar: '', en: '' },
    color: freeColor(taxonomy),
    key: freeKey(taxonomy.types),
    subtypes: [],
  };
  return { ...taxonomy, types: [...taxonomy.types, type] };
}

export function addSubtype(taxonomy: Taxonomy, typeIndex: number): Taxonomy {
  return mapType(taxonomy, typeIndex, (type) => ({
    ...type,
    subtypes: [
      ...type.subtypes,
      {
        id: freeId('sub', type.subtypes),
        label: { ar: '', en: '' },
        // A tint of its own, apart from the type's other tags on the page.
        color: nextSubtypeColour(type),
        key: freeKey(type.subtypes, [TYPE_ITSELF_KEY]),
      },
    ],
  }));
}

export function mapType(
  taxonomy: Taxonomy,
  typeIndex: number,
  change: (type: TypeDefinition) => TypeDefinition,
): Taxonomy {
  return { ...taxonomy, types: taxonomy.types.map((t, i) => (i === typeIndex ? change(t) : t)) };
}

/** `list` with item `i` moved by `step` (kept inside the list). */
export function move<T>(list: readonly T[], i: number, step: -1 | 1): T[] {
  const j = i + step;
  if (j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j] as T, out[i] as T];
  return out;
}

/** Tag ids of `saved` that `draft` no longer has. */
export function droppedTags(saved: Taxonomy, draft: Taxonomy): string[] {
  const kept = new Set(listTags(draft).map((t) => t.id));
  return listTags(saved)
    .map((t) => t.id)
    .filter((id) => !kept.has(id));
}
