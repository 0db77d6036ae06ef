/**
 * The data model shared by main, renderer, CLI and tests: articles with their
 * immutable canonical text, and annotations anchored into it by code points.
 * The shapes are the zod schemas of shared/schema/, the one source of every
 * shape; each schema's type is declared beside it there and re-exported here.
 */

import type { ArticleMeta, Block } from './schema/article-schema';
import type { Entity } from './schema/entity-schema';
import type { Taxonomy } from './schema/taxonomy-schema';

export type { Annotation, AnnotationPatch, NewAnnotation } from './schema/annotation-schema';
export type {
  ArticleMeta,
  ArticleMetaPatch,
  ArticleStatus,
  Block,
  BlockKind,
  NewArticle,
} from './schema/article-schema';
export type { Entity, EntityInput, EntityKind } from './schema/entity-schema';
export type { TagReassignment } from './schema/taxonomy-schema';
export { ARTICLE_STATUSES, ENTITY_KINDS } from './schema/enums';
export { MAX_TEXT_LENGTH } from './schema/limits';

export type TextDirection = 'rtl' | 'ltr';

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

/**
 * Annotations of one article that a scheme change makes one (issue 14): they
 * landed on the same span and tag; `quote` and `tag` are the one kept's, and
 * `count` (2 or more) how many became it.
 */
export interface TwinMergeReport {
  articleId: string;
  /** The article's title, to name it in the scheme editor and the status line. */
  title: string;
  quote: string;
  tag: string;
  count: number;
  /** The ids of the group's annotations, the kept one first (undo steps on them no longer apply). */
  ids: string[];
}

/** A saved tag scheme, how many annotations its tag moves merged into their twins, and which (issue 14). */
export interface SchemeSaved {
  taxonomy: Taxonomy;
  mergedTwins: number;
  merges: TwinMergeReport[];
}

/** What undoing the last scheme save did (electron/services/library/scheme-undo.ts). */
export interface SchemeUndone {
  /** The scheme as it is again. */
  taxonomy: Taxonomy;
  /** Annotations put back as they were before the save. */
  restored: number;
  /** Annotations the save touched that were edited since: left as they are. */
  kept: number;
}

/** An entity with how often annotations across the library point to it. */
export interface EntitySummary {
  entity: Entity;
  /** Annotations linked to it, across the library. */
  mentions: number;
  /** Articles with at least one of them. */
  articles: number;
}

/** Number of code points of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export function directionOf(language: string): TextDirection {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return ['ar', 'fa', 'he', 'ur', 'ps', 'ku', 'ckb', 'yi', 'dv', 'sd', 'ug'].includes(primary)
    ? 'rtl'
    : 'ltr';
}
