/**
 * The shapes of the library-wide mention calls (issue 15): what the renderer
 * asks for when it looks for a phrase's mentions across the library, and the
 * mentions it sends back to be tagged in one step. Validated in main.
 */

import { z } from 'zod';
import { idSchema, offsetSchema, tagIdSchema } from './fields';
import { MAX_ALIAS_LENGTH, MAX_ANNOTATIONS_PER_CALL } from './limits';

/** Most phrases one mention search looks for (a quote and an entity's names). */
export const MAX_MENTION_PHRASES = 50;

/** Most mentions one search returns, all articles together. */
export const MAX_LIBRARY_MENTIONS = 2000;

/** What to look for: phrases (and an entity's names), not already carrying `tag`. */
export const mentionQuerySchema = z.strictObject({
  phrases: z.array(z.string().max(MAX_ALIAS_LENGTH)).max(MAX_MENTION_PHRASES),
  /** Adds the entity's Arabic and English names and aliases to the phrases. */
  entityId: idSchema.optional(),
  /** Spans already covered by an annotation with this tag are left out. */
  tag: tagIdSchema.optional(),
});

/** One mention to tag: an article and a span [start, end) in code points. */
export const mentionSpanSchema = z.strictObject({
  articleId: idSchema,
  start: offsetSchema,
  end: offsetSchema,
});

/** Mentions to tag in one step, with one tag and, optionally, one entity. */
export const mentionTaggingSchema = z.strictObject({
  tag: tagIdSchema,
  entityId: idSchema.optional(),
  mentions: z.array(mentionSpanSchema).min(1).max(MAX_ANNOTATIONS_PER_CALL),
});
