/**
 * The tag scheme's shape (taxonomy.json, the saveTaxonomy call, the
 * "taxonomy" of a Hamish JSON file): types, some with subtypes, each with a
 * bilingual label, a colour and a one-character shortcut.
 */

import { z } from 'zod';
import { colorSchema, schemeIdSchema, tagIdSchema, textUpTo } from './fields';
import { MAX_LABEL_LENGTH, MAX_SCHEME_ITEMS } from './limits';

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

export const taxonomySchema = z
  .strictObject({
    version: z.literal(1),
    types: z.array(typeSchema).max(MAX_SCHEME_ITEMS),
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
