/**
 * The shapes of an article: its canonical text's blocks, its metadata (one
 * entry of index.json), what the UI sends to add one or edit its metadata,
 * and the stored text file (articles/<id>.json).
 */

import { z } from 'zod';
import { ARTICLE_STATUSES, BLOCK_KINDS } from './enums';
import {
  countSchema,
  idSchema,
  languageTagSchema,
  offsetSchema,
  publicationDateSchema,
  schemeIdSchema,
  sha256Schema,
  textUpTo,
  timestampSchema,
} from './fields';
import { ARTICLE_META_LENGTHS as MAX, MAX_TEXT_LENGTH } from './limits';

export const articleStatusSchema = z.enum(ARTICLE_STATUSES);

/** Where the user is with an article. */
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

export const blockKindSchema = z.enum(BLOCK_KINDS);

export type BlockKind = z.infer<typeof blockKindSchema>;

/** One block of canonical text; offsets in code points, `end` exclusive, no trailing "\n". */
export const blockSchema = z
  .strictObject({ kind: blockKindSchema, start: offsetSchema, end: offsetSchema })
  .meta({ id: 'block' });

/** One block of canonical text; offsets in code points, `end` exclusive, no trailing "\n". */
export type Block = z.infer<typeof blockSchema>;

/** A title: at most MAX.title units, with at least one non-space character. */
export const titleSchema = textUpTo(MAX.title).regex(/\S/u, { message: 'The title is empty' });

export const sourceSchema = textUpTo(MAX.source);

/** An http(s) URL of at most MAX.url units, or "". */
export const articleUrlSchema = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(MAX.url)]);

/** Canonical text: at most MAX_TEXT_LENGTH UTF-16 units. */
export const articleTextSchema = textUpTo(MAX_TEXT_LENGTH);

/** An article's metadata, one entry of index.json. */
export const articleMetaSchema = z.strictObject({
  id: idSchema,
  title: titleSchema,
  source: sourceSchema,
  /** Publication date (ISO date or date-time), or "". */
  date: publicationDateSchema,
  /** BCP 47 language tag, e.g. "ar" or "en". */
  language: languageTagSchema,
  /** When the article entered the library. */
  addedAt: timestampSchema,
  /** SHA-256 hex digest of the canonical text (UTF-8). */
  textSha256: sha256Schema,
  /** Length of the canonical text in code points. */
  length: offsetSchema,
  annotationCount: countSchema,
  /** Author or byline, when the imported page named one. */
  author: textUpTo(MAX.author).optional(),
  /** Canonical URL of the original page (http or https only). */
  url: articleUrlSchema.optional(),
  /** Name of the file the article was imported from. */
  importedFrom: textUpTo(MAX.importedFrom).optional(),
  status: articleStatusSchema.optional(),
  /** When the article was moved to the trash; absent when it is in the library. */
  deletedAt: timestampSchema.optional(),
  /** Annotation counts per top-level taxonomy type id (e.g. { actor: 3 }). */
  annotationCounts: z.record(schemeIdSchema, countSchema).optional(),
});

/** An article's metadata (one entry of index.json). */
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/** Metadata the user may edit after import. */
export const articleMetaPatchSchema = articleMetaSchema
  .pick({ title: true, source: true, date: true, language: true, author: true, url: true, status: true })
  .partial();

/** Metadata the user may edit after import. */
export type ArticleMetaPatch = z.infer<typeof articleMetaPatchSchema>;

/** What the UI sends to add an article. */
export const newArticleSchema = z.strictObject({
  title: titleSchema,
  text: articleTextSchema.min(1),
  source: sourceSchema.optional(),
  date: publicationDateSchema.optional(),
  language: languageTagSchema.optional(),
});

/** What the UI sends to add an article. */
export type NewArticle = z.infer<typeof newArticleSchema>;

/**
 * The metadata an article file keeps of itself, as it was when the article
 * entered the library (written once, with the text): so that a lost or
 * damaged index.json can be rebuilt from the article files alone, even for
 * an article added after the newest backup. Later edits live in the index.
 */
export const articleFileMetaSchema = articleMetaSchema.pick({
  title: true,
  source: true,
  date: true,
  language: true,
  addedAt: true,
  author: true,
  url: true,
  importedFrom: true,
});

/** articles/<id>.json: the canonical text and its metadata at import, written once (files written before carry no `meta`). */
export const articleFileSchema = z.strictObject({
  version: z.literal(1),
  id: idSchema,
  text: articleTextSchema,
  blocks: z.array(blockSchema),
  meta: articleFileMetaSchema.optional(),
});
