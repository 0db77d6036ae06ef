/**
 * What makes the claim frames of a tag scheme unusable (issue 18), as
 * structured problems the scheme editor words in the user's language and
 * main words in English when it refuses a save: ids that are not scheme ids
 * or that siblings share, entries with no label, roles that accept no type or
 * a type the scheme does not have, frame keys that are taken by the reader or
 * by another frame, frames with no required role, and attributes with no
 * option. A scheme without `frames` (written before claims) has none to check.
 */

import type { FrameDefinition, Label, Taxonomy } from './schema/taxonomy-schema';
import { SCHEME_ID } from './schema/patterns';

/**
 * Keys the reader already acts on with an annotation selected
 * (renderer/src/reader/use-reader-keys.ts: M all mentions, E entity, N note,
 * R retag, "?" help, "[" and "]" between annotations): a frame key that
 * starts a claim must be none of them. Letters are compared lower-cased.
 */
export const READER_KEYS: readonly string[] = ['e', 'm', 'n', 'r', '?', '؟', '[', ']'];

export type FrameProblemCode =
  | 'bad-id'
  | 'duplicate-frame'
  | 'duplicate-role'
  | 'duplicate-attribute'
  | 'duplicate-option'
  | 'no-label'
  | 'no-roles'
  | 'no-required'
  | 'no-types'
  | 'unknown-type'
  | 'reader-key'
  | 'key-twice'
  | 'no-options';

/** Where a problem is: a frame (index in `frames`), and within it a role, an attribute or one of its options. */
export interface FramePlace {
  frame: number;
  role?: number;
  attribute?: number;
  option?: number;
}

export interface FrameProblem {
  code: FrameProblemCode;
  at: FramePlace;
  /** The id, key or type id at fault ("" when the problem has none). */
  value: string;
}

type Named = { id: string; label: Label };

/** Problems of one list of siblings (frames, roles, attributes or options): bad or shared ids, no label. */
function siblingProblems(
  items: readonly Named[],
  duplicate: FrameProblemCode,
  place: (i: number) => FramePlace,
): FrameProblem[] {
  const out: FrameProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!SCHEME_ID.test(item.id)) out.push({ code: 'bad-id', at: place(i), value: item.id });
    else if (seen.has(item.id)) out.push({ code: duplicate, at: place(i), value: item.id });
    seen.add(item.id);
    if (!item.label.ar.trim() && !item.label.en.trim())
      out.push({ code: 'no-label', at: place(i), value: item.id });
  });
  return out;
}

/** Problems inside one frame: its roles and the types they accept, and its attributes and their options. */
function framePartProblems(frame: FrameDefinition, f: number, types: ReadonlySet<string>): FrameProblem[] {
  const out = siblingProblems(frame.roles, 'duplicate-role', (role) => ({ frame: f, role }));
  if (frame.roles.length === 0) out.push({ code: 'no-roles', at: { frame: f }, value: frame.id });
  else if (!frame.roles.some((r) => r.required))
    out.push({ code: 'no-required', at: { frame: f }, value: frame.id });
  frame.roles.forEach((role, r) => {
    if (role.accepts.length === 0) out.push({ code: 'no-types', at: { frame: f, role: r }, value: role.id });
    for (const type of role.accepts)
      if (!types.has(type)) out.push({ code: 'unknown-type', at: { frame: f, role: r }, value: type });
  });
  const attributes = frame.attributes ?? [];
  out.push(...siblingProblems(attributes, 'duplicate-attribute', (attribute) => ({ frame: f, attribute })));
  attributes.forEach((attribute, a) => {
    if (attribute.options.length === 0)
      out.push({ code: 'no-options', at: { frame: f, attribute: a }, value: attribute.id });
    out.push(
      ...siblingProblems(attribute.options, 'duplicate-option', (option) => ({
        frame: f,
        attribute: a,
        option,
      })),
    );
  });
  return out;
}

/**
 * Every problem of `taxonomy.frames` against its own types, frames first in
 * their order, then what is inside each (empty when fine or when the scheme
 * has no `frames`). As for types, a label in one language is enough.
 */
export function frameProblems(taxonomy: Taxonomy): FrameProblem[] {
  const frames = taxonomy.frames ?? [];
  const types = new Set(taxonomy.types.map((t) => t.id));
  const out = siblingProblems(frames, 'duplicate-frame', (frame) => ({ frame }));
  const keys = new Map<string, number>();
  frames.forEach((frame, f) => {
    const key = frame.key.toLowerCase();
    if (key !== '' && READER_KEYS.includes(key))
      out.push({ code: 'reader-key', at: { frame: f }, value: frame.key });
    else if (key !== '' && keys.has(key)) out.push({ code: 'key-twice', at: { frame: f }, value: frame.key });
    if (key !== '') keys.set(key, f);
    out.push(...framePartProblems(frame, f, types));
  });
  return out;
}

/** The names a problem's sentence needs, each the label in `language` (else the other one, else the id). */
export interface FrameProblemNames {
  frame: string;
  role: string;
  attribute: string;
  option: string;
  /** The id, key or type id at fault; a type id becomes its type's label. */
  value: string;
}

/** The label of `item` in `language`, else in the other language, else its id ("" for none). */
function nameOf(item: Named | undefined, language: 'ar' | 'en'): string {
  if (!item) return '';
  return item.label[language].trim() || item.label[language === 'ar' ? 'en' : 'ar'].trim() || item.id;
}

/** The names to put in the sentence of `problem`, found in `taxonomy`. */
export function frameProblemNames(
  taxonomy: Taxonomy,
  problem: FrameProblem,
  language: 'ar' | 'en',
): FrameProblemNames {
  const frame = taxonomy.frames?.[problem.at.frame];
  const attribute = frame?.attributes?.[problem.at.attribute ?? -1];
  const type = taxonomy.types.find((t) => t.id === problem.value);
  return {
    frame: nameOf(frame, language),
    role: nameOf(frame?.roles[problem.at.role ?? -1], language),
    attribute: nameOf(attribute, language),
    option: nameOf(attribute?.options[problem.at.option ?? -1], language),
    value: problem.code === 'unknown-type' && type ? nameOf(type, language) : problem.value,
  };
}

/** English sentences of each problem (main's refusal; the editor has its own in both languages). */
const ENGLISH: Record<FrameProblemCode, (n: FrameProblemNames) => string> = {
  'bad-id': (n) => `frame "${n.frame}": id "${n.value}" is not a-z, 0-9, "_" or "-"`,
  'duplicate-frame': (n) => `two frames have the id "${n.value}"`,
  'duplicate-role': (n) => `frame "${n.frame}": two roles have the id "${n.value}"`,
  'duplicate-attribute': (n) => `frame "${n.frame}": two attributes have the id "${n.value}"`,
  'duplicate-option': (n) => `attribute "${n.attribute}": two options have the id "${n.value}"`,
  'no-label': (n) => `frame "${n.frame}": "${n.value}" has no label`,
  'no-roles': (n) => `frame "${n.frame}" has no role`,
  'no-required': (n) => `frame "${n.frame}" has no required role`,
  'no-types': (n) => `frame "${n.frame}": role "${n.role}" accepts no tag type`,
  'unknown-type': (n) => `frame "${n.frame}": role "${n.role}" accepts "${n.value}", which is not a type`,
  'reader-key': (n) => `frame "${n.frame}": key "${n.value}" is one of the reader's own keys`,
  'key-twice': (n) => `frame "${n.frame}": key "${n.value}" is used by another frame`,
  'no-options': (n) => `frame "${n.frame}": attribute "${n.attribute}" has no option`,
};

/**
 * Problems the scheme editor asks to fix but main does not refuse a save
 * for: any caller may drop a type (its annotations move or go as the save
 * says), and main then fits the frames to the types left (shared/scheme-frames.ts
 * fitFrames: a role left accepting nothing goes), which may leave a role
 * naming no type of the scheme or a frame with no required role.
 */
const EDITOR_ONLY: ReadonlySet<FrameProblemCode> = new Set(['unknown-type', 'no-required']);

/** The problems of `taxonomy`'s frames that main refuses a save for, as English messages (see EDITOR_ONLY). */
export function frameProblemTexts(taxonomy: Taxonomy): string[] {
  return frameProblems(taxonomy)
    .filter((p) => !EDITOR_ONLY.has(p.code))
    .map((p) => ENGLISH[p.code](frameProblemNames(taxonomy, p, 'en')));
}
