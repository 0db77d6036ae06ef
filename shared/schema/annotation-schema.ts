/**
 * The shapes of an annotation: stored (annotations/<id>.json, and as undo
 * sends it back), exported (Hamish JSON), what the UI sends to create one,
 * and a change to one. All share the same fields and limits; offsets are in
 * code points into the canonical text, `end` exclusive and after `start`.
 */

import { z } from 'zod';
import { idSchema, offsetSchema, schemeIdSchema, tagIdSchema, textUpTo, timestampSchema } from './fields';
import { MAX_CODER_NAME_LENGTH, MAX_CONTEXT_LENGTH, MAX_NOTE_LENGTH, MAX_TEXT_LENGTH } from './limits';

export const noteSchema = textUpTo(MAX_NOTE_LENGTH).describe("The analyst's free-text note.");

/** `end` is after `start` (checked on whole objects; JSON Schema cannot say it). */
const endAfterStart = { message: 'end must be greater than start', path: ['end'] };
const spanIsOrdered = (a: { start: number; end: number }): boolean => a.end > a.start;

/** The fields every annotation shape has (stored and exported). */
const annotationFields = {
  id: idSchema,
  start: offsetSchema,
  end: offsetSchema
    .min(1)
    .describe(
      'Exclusive end, in code points; greater than start (a rule JSON Schema cannot state: importers check it).',
    ),
  quote: z
    .string()
    .min(1)
    .max(MAX_TEXT_LENGTH)
    .describe('The annotated text, exactly text[start:end] in code points.'),
  prefix: textUpTo(MAX_CONTEXT_LENGTH).describe('Up to 32 code points before the quote.'),
  suffix: textUpTo(MAX_CONTEXT_LENGTH).describe('Up to 32 code points after the quote.'),
  tag: tagIdSchema.describe('Tag id: a type id, or typeId.subtypeId.'),
  note: noteSchema.optional(),
  entityId: idSchema.optional().describe('The entity (entities[].id) an Actor annotation refers to.'),
  author: textUpTo(MAX_CODER_NAME_LENGTH).optional().describe('Who made the annotation.'),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

/** A stored annotation; `orphaned` is set when its quote could no longer be found in the text. */
export const annotationSchema = z
  .strictObject({ ...annotationFields, articleId: idSchema, orphaned: z.boolean().optional() })
  .refine(spanIsOrdered, endAfterStart);

/**
 * An annotation: offsets in code points into the canonical text (`end`
 * exclusive), a tag id from the taxonomy, and `orphaned` when the quote could
 * no longer be found on load (kept for review, left out of exports).
 */
export type Annotation = z.infer<typeof annotationSchema>;

/** An annotation in a Hamish JSON file: no article id (it sits in its article), the tag's parts spelt out. */
export const exportedAnnotationSchema = z
  .strictObject({
    ...annotationFields,
    type: schemeIdSchema.optional().describe('Type id of the tag (informative, derived from tag).'),
    subtype: schemeIdSchema.optional().describe('Subtype id of the tag (informative, derived from tag).'),
  })
  .refine(spanIsOrdered, endAfterStart)
  .meta({ id: 'annotation' });

/** What the UI sends to create an annotation; the service fills in the rest. */
export const newAnnotationSchema = z
  .strictObject({
    articleId: idSchema,
    start: offsetSchema,
    end: offsetSchema.min(1),
    tag: tagIdSchema,
    note: noteSchema.optional(),
    entityId: idSchema.optional(),
  })
  .refine(spanIsOrdered, endAfterStart);

/** What the UI sends to create an annotation; the service fills in the rest. */
export type NewAnnotation = z.infer<typeof newAnnotationSchema>;

/** A change to an annotation; omitted fields stay, null or "" clears note and entity. */
export const annotationPatchSchema = z.strictObject({
  tag: tagIdSchema.optional(),
  note: noteSchema.nullable().optional(),
  entityId: idSchema.nullable().optional(),
  start: offsetSchema.optional(),
  end: offsetSchema.optional(),
});

/** A change to an annotation; omitted fields stay, null or "" clears note and entity. */
export type AnnotationPatch = z.infer<typeof annotationPatchSchema>;
