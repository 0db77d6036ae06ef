/**
 * The native export format, "Hamish JSON", version 2 (each article carries
 * its claims, the scheme its claim frames), as a zod schema: what an import
 * accepts (structure and limits; the import service then checks hashes,
 * offsets, quotes and claim members against the text), the TS types of the
 * exporter, and, through `npm run schema`, the published JSON Schemas
 * shared/schema/generated/hamish-export-2.schema.json and, for files written
 * before claims (still imported), hamish-export-1.schema.json.
 */

import { z } from 'zod';
import { exportedAnnotationSchema } from './annotation-schema';
import { exportedClaimSchema } from './claim-schema';
import { articleMetaSchema, blockSchema, sourceSchema, titleSchema } from './article-schema';
import { entitySchema } from './entity-schema';
import {
  idSchema,
  languageTagSchema,
  offsetSchema,
  publicationDateSchema,
  sha256Schema,
  timestampSchema,
} from './fields';
import { MAX_TEXT_LENGTH } from './limits';
import { taxonomySchema } from './taxonomy-schema';

export const EXPORT_FORMAT = 'hamish-annotations';
export const EXPORT_VERSION = 2;
/** The versions an import reads: 1 (before claims) and 2. */
export const IMPORTABLE_VERSIONS = [1, 2] as const;

/** One article of the file, with its annotations (and its text, when the export includes texts). */
export const exportedArticleSchema = z
  .strictObject({
    id: idSchema,
    title: titleSchema,
    source: sourceSchema,
    date: publicationDateSchema.describe(
      'Publication date: an ISO 8601 date or date-time, or empty when unknown.',
    ),
    language: languageTagSchema.describe('BCP 47 language tag of the text.'),
    addedAt: timestampSchema
      .optional()
      .describe('When the article entered the library that exported it; kept by an import (optional).'),
    author: articleMetaSchema.shape.author.describe('Author or byline of the article (optional).'),
    url: articleMetaSchema.shape.url.describe('Canonical http(s) URL of the original page (optional).'),
    importedFrom: articleMetaSchema.shape.importedFrom.describe(
      'Name of the file the article was first imported from (optional).',
    ),
    status: articleMetaSchema.shape.status.describe(
      'Reading status in the exporting library: new, in-progress or done (optional).',
    ),
    textSha256: sha256Schema,
    length: offsetSchema.describe('Length of the canonical text in code points.'),
    offsetUnit: z.literal('codepoint'),
    text: z
      .string()
      .max(MAX_TEXT_LENGTH)
      .optional()
      .describe(
        'The canonical text (optional); its SHA-256 must equal textSha256. Needed to import an article into a library that does not have it.',
      ),
    blocks: z
      .array(blockSchema)
      .optional()
      .describe('Blocks of the canonical text, offsets in code points (optional, with text).'),
    annotations: z.array(exportedAnnotationSchema),
    claims: z
      .array(exportedClaimSchema)
      .optional()
      .describe(
        "Claims linking this article's annotations (by their id in this file) in frame roles (optional).",
      ),
  })
  .meta({ id: 'article' });

/** An article of a version 1 file: no claims. */
const exportedArticleV1Schema = exportedArticleSchema.omit({ claims: true }).meta({ id: 'article' });

const format = z.literal(EXPORT_FORMAT);
const fileFields = {
  exportedAt: timestampSchema,
  generator: z.string().describe('Application name and version that wrote the file.'),
  taxonomy: taxonomySchema,
  entities: z
    .array(entitySchema)
    .optional()
    .describe("Canonical entities referred to by annotations' entityId (optional)."),
};

const DESCRIPTION =
  "Annotations of one or more articles. Offsets are Unicode code points (not UTF-16 units) into the article's canonical text, end exclusive; textSha256 is the SHA-256 of that text encoded as UTF-8. Lengths of strings are bounded in UTF-16 units by the app, a little more strictly than maxLength (code points) says for text outside the Basic Multilingual Plane.";

/** The whole file, version 2. */
export const hamishExportSchema = z
  .strictObject({
    format,
    version: z.literal(EXPORT_VERSION),
    ...fileFields,
    articles: z.array(exportedArticleSchema),
  })
  .meta({
    title: 'Hamish annotations export, version 2',
    description: `${DESCRIPTION} Claims name annotations of their own article by id.`,
  });

/** A file of version 1 (written before claims): still imported. */
export const hamishExportV1Schema = z
  .strictObject({ format, version: z.literal(1), ...fileFields, articles: z.array(exportedArticleV1Schema) })
  .meta({ title: 'Hamish annotations export, version 1', description: DESCRIPTION });

export type ExportedAnnotation = z.infer<typeof exportedAnnotationSchema>;
export type ExportedArticle = z.infer<typeof exportedArticleSchema>;
export type HamishExport = z.infer<typeof hamishExportSchema>;
