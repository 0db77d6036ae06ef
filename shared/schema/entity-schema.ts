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

/** What the UI sends to create (no id) or change (id) an entity. */
export const entityInputSchema = z.strictObject({ id: idSchema.optional(), ...entityFields });
