/**
 * Pure edits of a draft tag scheme for the taxonomy editor: add, move and
 * remove types and subtypes with free keys and unused colours; a new entry's
 * id follows its first label (shared/scheme-id.ts) until saved or edited by
 * hand; and which tags a draft drops compared with the saved scheme.
 */

import { idFromLabel, uniqueId } from '../../../shared/scheme-id';
import { nextSubtypeColour } from '../../../shared/tag-colours';
import {
  listTags,
  TYPE_ITSELF_KEY,
  type Label,
  type Taxonomy,
  type TypeDefinition,
} from '../../../shared/taxonomy';

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

/** Where an entry is in the draft: a type, or one of its subtypes. */
export interface EntryPlace {
  type: number;
  sub?: number;
}

/** The id a new entry has before it has a label ("type-1", "sub-2"). */
const PLACEHOLDER = /^(type|sub)-\d+$/u;

/** The entry at `at` and the ids of its siblings (other types, or the other subtypes of its type). */
function entryAt(taxonomy: Taxonomy, at: EntryPlace) {
  const type = taxonomy.types[at.type];
  const list = at.sub === undefined ? taxonomy.types : (type?.subtypes ?? []);
  const index = at.sub ?? at.type;
  const entry = list[index];
  const siblings = new Set(list.filter((_, i) => i !== index).map((x) => x.id));
  return { entry, siblings, prefix: at.sub === undefined ? 'type' : 'sub', list };
}

/** `taxonomy` with the entry at `at` changed by `change`. */
export function mapEntry(
  taxonomy: Taxonomy,
  at: EntryPlace,
  change: <E extends { id: string; label: Label }>(entry: E) => E,
): Taxonomy {
  const { sub } = at;
  if (sub === undefined) return mapType(taxonomy, at.type, change);
  return mapType(taxonomy, at.type, (type) => ({
    ...type,
    subtypes: type.subtypes.map((s, i) => (i === sub ? change(s) : s)),
  }));
}

/**
 * The entry at `at` renamed to `label`. A new entry (its id not in
 * `savedIds`, the ids of its level in the saved scheme) whose id still
 * follows a label takes the id of the label being typed: the first label
 * given names it, and a later label in the other language does not rename it.
 */
export function relabel(
  taxonomy: Taxonomy,
  at: EntryPlace,
  label: Label,
  savedIds: ReadonlySet<string>,
): Taxonomy {
  const { entry, siblings, prefix, list } = entryAt(taxonomy, at);
  if (!entry) return taxonomy;
  const changed = (['ar', 'en'] as const).find((lang) => label[lang] !== entry.label[lang]);
  let id = entry.id;
  if (changed && !savedIds.has(entry.id)) {
    const old = entry.label[changed];
    const follows =
      PLACEHOLDER.test(entry.id) ||
      (old.trim() !== '' && entry.id === uniqueId(idFromLabel(old), siblings, entry.id));
    if (follows) {
      const placeholder = PLACEHOLDER.test(entry.id) ? entry.id : freeId(prefix, list);
      id = uniqueId(idFromLabel(label[changed]), siblings, placeholder);
    }
  }
  return mapEntry(taxonomy, at, (e) => ({ ...e, id, label }));
}

/** The entry at `at` with the id typed by hand (lower-cased; checked on save by taxonomyProblems). */
export function setId(taxonomy: Taxonomy, at: EntryPlace, id: string): Taxonomy {
  return mapEntry(taxonomy, at, (e) => ({ ...e, id: id.trim().toLowerCase() }));
}

/** The tag ids the entry at `at` carries: a type with its subtypes ("actor", "actor.person"…), or one subtype. */
export function tagsOfEntry(taxonomy: Taxonomy, at: EntryPlace): string[] {
  const type = taxonomy.types[at.type];
  if (!type) return [];
  if (at.sub !== undefined) {
    const sub = type.subtypes[at.sub];
    return sub ? [`${type.id}.${sub.id}`] : [];
  }
  return [type.id, ...type.subtypes.map((s) => `${type.id}.${s.id}`)];
}

/** `taxonomy` without the entry at `at` (a type goes with its subtypes). */
export function removeEntry(taxonomy: Taxonomy, at: EntryPlace): Taxonomy {
  const { sub } = at;
  if (sub === undefined) return { ...taxonomy, types: taxonomy.types.filter((_, i) => i !== at.type) };
  return mapType(taxonomy, at.type, (type) => ({
    ...type,
    subtypes: type.subtypes.filter((_, i) => i !== sub),
  }));
}
