/**
 * Pure edits of the claim frames of a draft tag scheme for the scheme
 * editor's Frames tab: add and remove frames, roles, attributes and options;
 * rename them (a new one's id follows its first label, as types do, see
 * followedId); choose the tag types a role accepts. A new frame gets a free
 * colour and a free key that is none of the reader's own keys.
 */

import { framesOf } from '../../../shared/claims';
import { READER_KEYS } from '../../../shared/frame-problems';
import type {
  FrameAttribute,
  FrameDefinition,
  Label,
  RoleDefinition,
  Taxonomy,
} from '../../../shared/taxonomy';
import { followedId, freeId, PALETTE } from './taxonomy-draft';

type Named = { id: string; label: Label };

/** Letters offered in turn as a new frame's key. */
const FRAME_KEYS = [...'cvabdfghijklopqstuwxyz'];

const EMPTY_LABEL: Label = { ar: '', en: '' };

/** `list` with item `i` changed by `change`. */
export function mapAt<T>(list: readonly T[], i: number, change: (item: T) => T): T[] {
  return list.map((x, j) => (j === i ? change(x) : x));
}

/** `list` without item `i`. */
export function without<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}

/**
 * `list` with item `i` renamed to `label`; while the item is new (its id not
 * in `savedIds`, the ids of its list in the saved scheme) its id follows the
 * label (see followedId), unique among its siblings.
 */
export function relabelAt<T extends Named>(
  list: readonly T[],
  i: number,
  label: Label,
  savedIds: ReadonlySet<string>,
  prefix: string,
): T[] {
  const entry = list[i];
  if (!entry) return [...list];
  const siblings = new Set(without(list, i).map((x) => x.id));
  const id = followedId(entry, label, siblings, savedIds.has(entry.id), prefix, list);
  return mapAt(list, i, (x) => ({ ...x, id, label }));
}

/** `taxonomy` with its frames changed by `change`. */
export function mapFrames(
  taxonomy: Taxonomy,
  change: (frames: FrameDefinition[]) => FrameDefinition[],
): Taxonomy {
  return { ...taxonomy, frames: change(framesOf(taxonomy)) };
}

/** `taxonomy` with frame `f` changed by `change`. */
export function mapFrame(
  taxonomy: Taxonomy,
  f: number,
  change: (frame: FrameDefinition) => FrameDefinition,
): Taxonomy {
  return mapFrames(taxonomy, (frames) => mapAt(frames, f, change));
}

/** A new role, required and repeatable, accepting the scheme's first type; its id "role-n" until it has a label. */
export function newRole(taxonomy: Taxonomy, roles: readonly RoleDefinition[]): RoleDefinition {
  const first = taxonomy.types[0]?.id;
  return {
    id: freeId('role', roles),
    label: EMPTY_LABEL,
    accepts: first ? [first] : [],
    required: true,
    repeatable: true,
  };
}

/** `taxonomy` with a new frame at the end: a colour and a key no other frame has, one role to name. */
export function addFrame(taxonomy: Taxonomy): Taxonomy {
  const frames = framesOf(taxonomy);
  const colours = new Set(frames.map((x) => x.color.toUpperCase()));
  const keys = new Set([...frames.map((x) => x.key.toLowerCase()), ...READER_KEYS]);
  const frame: FrameDefinition = {
    id: freeId('frame', frames),
    label: EMPTY_LABEL,
    color: PALETTE.find((c) => !colours.has(c)) ?? PALETTE[0] ?? '#999999',
    key: FRAME_KEYS.find((k) => !keys.has(k)) ?? '',
    roles: [newRole(taxonomy, [])],
  };
  return { ...taxonomy, frames: [...frames, frame] };
}

/** A new option of an attribute, its id "option-n" until it has a label. */
export function newOption(options: readonly Named[]): Named {
  return { id: freeId('option', options), label: EMPTY_LABEL };
}

/** A new attribute with one option to name, its id "attr-n" until it has a label. */
export function newAttribute(attributes: readonly FrameAttribute[]): FrameAttribute {
  return { id: freeId('attr', attributes), label: EMPTY_LABEL, options: [newOption([])] };
}

/**
 * The types `role` accepts with `typeId` added (`on`) or taken away, kept in
 * the scheme's order of types (a type the scheme lacks stays at the end).
 */
export function acceptsWith(taxonomy: Taxonomy, role: RoleDefinition, typeId: string, on: boolean): string[] {
  const chosen = new Set(role.accepts);
  if (on) chosen.add(typeId);
  else chosen.delete(typeId);
  const order = taxonomy.types.map((t) => t.id);
  return [...order.filter((id) => chosen.has(id)), ...[...chosen].filter((id) => !order.includes(id))];
}

/** The ids of the saved frame with id `id`'s roles, attributes and each attribute's options. */
export function savedFrameIds(saved: Taxonomy, id: string) {
  const frame = framesOf(saved).find((x) => x.id === id);
  const attributes = frame?.attributes ?? [];
  return {
    frame: frame !== undefined,
    roles: new Set(frame?.roles.map((r) => r.id)),
    attributes: new Set(attributes.map((a) => a.id)),
    options: (attributeId: string) =>
      new Set(attributes.find((a) => a.id === attributeId)?.options.map((o) => o.id)),
  };
}
