/**
 * The tag scheme's shape (taxonomy.json, the saveTaxonomy call, the
 * "taxonomy" of a Hamish JSON file): types, some with subtypes, each with a
 * bilingual label, a colour and a one-character shortcut.
 */

import { z } from 'zod';
import { colorSchema, schemeIdSchema, tagIdSchema, textUpTo } from './fields';
import { MAX_FRAME_ITEMS, MAX_LABEL_LENGTH, MAX_SCHEME_ITEMS } from './limits';

/** A name in Arabic and in English (either may be empty). */
export const labelSchema = z
  .strictObject({ ar: textUpTo(MAX_LABEL_LENGTH), en: textUpTo(MAX_LABEL_LENGTH) })
  .meta({ id: 'label' });

export type Label = z.infer<typeof labelSchema>;

/** A shortcut key: one character, or "" for none. */
const shortcutSchema = z.string().max(1);

export const subtypeSchema = z
  .strictObject({ id: schemeIdSchema, label: labelSchema, color: colorSchema, key: shortcutSchema })
  .meta({ id: 'subtype' });

export type SubtypeDefinition = z.infer<typeof subtypeSchema>;

export const typeSchema = z
  .strictObject({
    id: schemeIdSchema,
    label: labelSchema,
    color: colorSchema,
    key: shortcutSchema,
    clitics: z.boolean().optional().describe('Leave Arabic proclitics out of new spans of this type'),
    subtypes: z.array(subtypeSchema).max(MAX_SCHEME_ITEMS),
  })
  .meta({ id: 'type' });

/** A type; `key` is its shortcut in the tag menu, `clitics` leaves Arabic proclitics out of its new spans. */
export type TypeDefinition = z.infer<typeof typeSchema>;

/**
 * A role of a claim frame ("claimant"): the tag types whose annotations may
 * fill it, whether a complete claim must fill it, and whether more than one
 * annotation may fill it.
 */
export const roleSchema = z
  .strictObject({
    id: schemeIdSchema,
    label: labelSchema,
    accepts: z.array(schemeIdSchema).min(1).max(MAX_SCHEME_ITEMS).describe('Type ids of the tags that fit'),
    required: z.boolean(),
    repeatable: z.boolean(),
  })
  .meta({ id: 'role' });

export type RoleDefinition = z.infer<typeof roleSchema>;

/** One value a claim attribute may take ("for"). */
export const attributeOptionSchema = z
  .strictObject({ id: schemeIdSchema, label: labelSchema })
  .meta({ id: 'attributeOption' });

/** An attribute of a frame's claims (a stance: for / against / neutral): one option, or unset. */
export const frameAttributeSchema = z
  .strictObject({
    id: schemeIdSchema,
    label: labelSchema,
    options: z.array(attributeOptionSchema).min(1).max(MAX_FRAME_ITEMS),
  })
  .meta({ id: 'frameAttribute' });

export type FrameAttribute = z.infer<typeof frameAttributeSchema>;

/**
 * A claim frame ("claim": who demands what from whom; "event": who did what
 * to whom): the roles its claims link annotations in, and their attributes.
 * `key` is its shortcut ("" for none).
 */
export const frameSchema = z
  .strictObject({
    id: schemeIdSchema,
    label: labelSchema,
    color: colorSchema,
    key: shortcutSchema,
    roles: z.array(roleSchema).min(1).max(MAX_FRAME_ITEMS),
    attributes: z.array(frameAttributeSchema).max(MAX_FRAME_ITEMS).optional(),
  })
  .meta({ id: 'frame' });

export type FrameDefinition = z.infer<typeof frameSchema>;

export const taxonomySchema = z
  .strictObject({
    version: z.literal(1),
    types: z.array(typeSchema).max(MAX_SCHEME_ITEMS),
    frames: z
      .array(frameSchema)
      .max(MAX_SCHEME_ITEMS)
      .optional()
      .describe('Claim frames (absent in schemes written before claims: then the default frames apply)'),
  })
  .meta({ id: 'taxonomy' });

export type Taxonomy = z.infer<typeof taxonomySchema>;

/** Where the annotations of each removed tag go: another tag id, or null to delete them. */
export const tagReassignmentSchema = z.record(tagIdSchema, tagIdSchema.nullable());

/**
 * What to do with the annotations of tags a new scheme removes: each removed
 * tag id maps to the tag they move to, or to null to delete them.
 */
export type TagReassignment = z.infer<typeof tagReassignmentSchema>;
