/**
 * The shapes of the library's own files, checked whenever they are read (a
 * file is input like any other): index.json, articles/<id>.json,
 * annotations/<id>.json, taxonomy.json and entities.json. Built from the
 * same concept schemas as IPC and import, with the same limits.
 */

import { z } from 'zod';
import { annotationSchema } from './annotation-schema';
import { articleFileSchema, articleMetaSchema } from './article-schema';
import { claimSchema } from './claim-schema';
import { entitySchema } from './entity-schema';
import { idSchema } from './fields';
import { taxonomySchema } from './taxonomy-schema';

export { articleFileSchema, taxonomySchema };

/** index.json: the metadata of every article; `seeded` once the sample article was offered. */
export const indexFileSchema = z.strictObject({
  version: z.literal(1),
  seeded: z.boolean(),
  articles: z.array(articleMetaSchema),
});

/** annotations/<id>.json: one article's annotations, and its claims (absent in files written before claims, or when it has none). */
export const annotationsFileSchema = z.strictObject({
  version: z.literal(1),
  articleId: idSchema,
  annotations: z.array(annotationSchema),
  claims: z.array(claimSchema).optional(),
});

/** entities.json: the library's canonical entities. */
export const entitiesFileSchema = z.strictObject({ version: z.literal(1), entities: z.array(entitySchema) });

export type IndexFile = z.infer<typeof indexFileSchema>;
export type ArticleFile = z.infer<typeof articleFileSchema>;
export type AnnotationsFile = z.infer<typeof annotationsFileSchema>;
export type EntitiesFile = z.infer<typeof entitiesFileSchema>;
