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
export const PALETTE = [
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
  '#999999',
  '#0072B2',
  '#009E73',
];

/** The first "<prefix>-<n>" none of `taken` has: a new entry's id until it has a label. */
export function freeId(prefix: string, taken: readonly { id: string }[]): string {
  for (let n = 1; ; n++) if (!taken.some((x) => x.id === `${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** The first of 1–9, a–z that neither `taken` nor `reserved` uses ("" when none is left). */
export function freeKey(taken: readonly { key: string }[], reserved: string[] = []): string {
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

/** The id a new entry has before it has a label ("type-1", "sub-2", "frame-1", "role-3"…). */
const PLACEHOLDER = /^(type|sub|frame|role|attr|option)-\d+$/u;

/**
 * The id of `entry` once renamed to `label`, among `siblings` (the other ids
 * of its list, `list`). A new entry (`isSaved` false) whose id is still a
 * placeholder or still follows a label takes the id of the label being
 * typed: the first label given names it, and a later label in the other
 * language does not rename it. A saved entry keeps its id: data refers to it.
 */
export function followedId(
  entry: { id: string; label: Label },
  label: Label,
  siblings: ReadonlySet<string>,
  isSaved: boolean,
  prefix: string,
  list: readonly { id: string }[],
): string {
  const changed = (['ar', 'en'] as const).find((lang) => label[lang] !== entry.label[lang]);
  if (!changed || isSaved) return entry.id;
  const old = entry.label[changed];
  const follows =
    PLACEHOLDER.test(entry.id) ||
    (old.trim() !== '' && entry.id === uniqueId(idFromLabel(old), siblings, entry.id));
  if (!follows) return entry.id;
  const placeholder = PLACEHOLDER.test(entry.id) ? entry.id : freeId(prefix, list);
  return uniqueId(idFromLabel(label[changed]), siblings, placeholder);
}

/**
 * The entry at `at` renamed to `label` (its id following the label while it
 * is new, see followedId; `savedIds`: the ids of its level in the saved scheme).
 */
export function relabel(
  taxonomy: Taxonomy,
  at: EntryPlace,
  label: Label,
  savedIds: ReadonlySet<string>,
): Taxonomy {
  const { entry, siblings, prefix, list } = entryAt(taxonomy, at);
  if (!entry) return taxonomy;
  const id = followedId(entry, label, siblings, savedIds.has(entry.id), prefix, list);
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

/**
 * `taxonomy` without the entry at `at` (a type goes with its subtypes, and
 * out of the types every frame role accepts: a role left accepting none is
 * then a problem to fix before saving).
 */
export function removeEntry(taxonomy: Taxonomy, at: EntryPlace): Taxonomy {
  const { sub } = at;
  if (sub === undefined) {
    const gone = taxonomy.types[at.type]?.id;
    const frames = taxonomy.frames?.map((frame) => ({
      ...frame,
      roles: frame.roles.map((role) => ({ ...role, accepts: role.accepts.filter((id) => id !== gone) })),
    }));
    const types = taxonomy.types.filter((_, i) => i !== at.type);
    return frames ? { ...taxonomy, types, frames } : { ...taxonomy, types };
  }
  return mapType(taxonomy, at.type, (type) => ({
    ...type,
    subtypes: type.subtypes.filter((_, i) => i !== sub),
  }));
}

/** Default destination of a removed tag's annotations: its type when only a subtype goes, else delete (null). */
export function defaultDestination(id: string, kept: ReadonlySet<string>): string | null {
  const type = id.split('.')[0] ?? '';
  return id.includes('.') && kept.has(type) ? type : null;
}
