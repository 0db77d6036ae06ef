/**
 * The data model shared by main, renderer, CLI and tests: articles with their
 * immutable canonical text, and annotations anchored into it by code points.
 * The types are derived from the zod schemas of shared/schema/, the one
 * source of every shape.
 */

import type { z } from 'zod';
import type {
  annotationPatchSchema,
  annotationSchema,
  newAnnotationSchema,
} from './schema/annotation-schema';
import type {
  articleMetaPatchSchema,
  articleMetaSchema,
  articleStatusSchema,
  blockKindSchema,
  blockSchema,
  newArticleSchema,
} from './schema/article-schema';
import type { entityInputSchema, entityKindSchema, entitySchema } from './schema/entity-schema';
import type { tagReassignmentSchema } from './schema/taxonomy-schema';

export { ARTICLE_STATUSES, ENTITY_KINDS } from './schema/enums';
export { MAX_TEXT_LENGTH } from './schema/limits';

export type BlockKind = z.infer<typeof blockKindSchema>;

/** One block of canonical text; offsets in code points, `end` exclusive, no trailing "\n". */
export type Block = z.infer<typeof blockSchema>;

export type TextDirection = 'rtl' | 'ltr';

/** An article's metadata (one entry of index.json); see shared/schema/article-schema.ts. */
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/** Where the user is with an article. */
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

/** Metadata the user may edit after import. */
export type ArticleMetaPatch = z.infer<typeof articleMetaPatchSchema>;

export interface Article {
  meta: ArticleMeta;
  text: string;
  blocks: Block[];
}

/** Text quote selector: the quote and up to CONTEXT_LENGTH code points either side. */
export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
}

/** Kinds of canonical entity an Actor annotation can point to. */
export type EntityKind = z.infer<typeof entityKindSchema>;

/**
 * A canonical actor kept in the library (entities.json), so that several
 * spellings and descriptions of one actor count as one.
 */
export type Entity = z.infer<typeof entitySchema>;

/**
 * An annotation: offsets in code points into the canonical text (`end`
 * exclusive), a tag id from the taxonomy, and `orphaned` when the quote could
 * no longer be found on load (kept for review, left out of exports).
 */
export type Annotation = z.infer<typeof annotationSchema>;

/** What the UI sends to create an annotation; the service fills in the rest. */
export type NewAnnotation = z.infer<typeof newAnnotationSchema>;

/** A change to an annotation; omitted fields stay, null or "" clears note and entity. */
export type AnnotationPatch = z.infer<typeof annotationPatchSchema>;

/** What the UI sends to create (no id) or change (id) an entity. */
export type EntityInput = z.infer<typeof entityInputSchema>;

/** An entity with how often annotations across the library point to it. */
export interface EntitySummary {
  entity: Entity;
  /** Annotations linked to it, across the library. */
  mentions: number;
  /** Articles with at least one of them. */
  articles: number;
}

/**
 * What to do with the annotations of tags a new scheme removes: each removed
 * tag id maps to the tag they move to, or to null to delete them.
 */
export type TagReassignment = z.infer<typeof tagReassignmentSchema>;

/** What the UI sends to add an article. */
export type NewArticle = z.infer<typeof newArticleSchema>;

/** Number of code points of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export function directionOf(language: string): TextDirection {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return ['ar', 'fa', 'he', 'ur', 'ps', 'ku', 'ckb', 'yi', 'dv', 'sd', 'ug'].includes(primary)
    ? 'rtl'
    : 'ltr';
}
