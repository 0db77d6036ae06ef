/**
 * The shape of a canonical entity (entities.json, the saveEntity call, the
 * "entities" of a Hamish JSON file): an actor with Arabic and English names,
 * a kind and aliases.
 */

import { z } from 'zod';
import { ENTITY_KINDS } from './enums';
import { idSchema, textUpTo, timestampSchema } from './fields';
import { MAX_ALIAS_LENGTH, MAX_ALIASES } from './limits';
import { labelSchema } from './taxonomy-schema';

export const entityKindSchema = z.enum(ENTITY_KINDS);

/** Kinds of canonical entity an Actor annotation can point to. */
export type EntityKind = z.infer<typeof entityKindSchema>;

const entityFields = {
  name: labelSchema,
  kind: entityKindSchema,
  aliases: z.array(textUpTo(MAX_ALIAS_LENGTH)).max(MAX_ALIASES),
};

/** A stored entity. */
export const entitySchema = z
  .strictObject({
    id: idSchema,
    ...entityFields,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({ id: 'entity' });

/**
 * A canonical actor kept in the library (entities.json), so that several
 * spellings and descriptions of one actor count as one.
 */
export type Entity = z.infer<typeof entitySchema>;

/** What the UI sends to create (no id) or change (id) an entity. */
export const entityInputSchema = z.strictObject({ id: idSchema.optional(), ...entityFields });

/** What the UI sends to create (no id) or change (id) an entity. */
export type EntityInput = z.infer<typeof entityInputSchema>;
