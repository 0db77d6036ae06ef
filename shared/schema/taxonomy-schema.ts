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

/** A shortcut key: one character, or "" for none. */
const shortcutSchema = z.string().max(1);

export const subtypeSchema = z
  .strictObject({ id: schemeIdSchema, label: labelSchema, color: colorSchema, key: shortcutSchema })
  .meta({ id: 'subtype' });

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

export const taxonomySchema = z
  .strictObject({
    version: z.literal(1),
    types: z.array(typeSchema).max(MAX_SCHEME_ITEMS),
  })
  .meta({ id: 'taxonomy' });

/** Where the annotations of each removed tag go: another tag id, or null to delete them. */
export const tagReassignmentSchema = z.record(tagIdSchema, tagIdSchema.nullable());
