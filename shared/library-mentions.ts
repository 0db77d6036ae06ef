/**
 * Mentions across the library (issue 15): a phrase's (or an entity's)
 * occurrences in every live article, each with the article and its sentence
 * in context, and the annotations linked to an entity, listed the same way.
 * Spans are code points into each article's canonical text.
 */

import type { z } from 'zod';
import type { Annotation } from './model';
import type { mentionQuerySchema, mentionSpanSchema, mentionTaggingSchema } from './schema/mention-schema';
import type { Passage } from './search-passage';

export type MentionQuery = z.infer<typeof mentionQuerySchema>;
export type MentionSpan = z.infer<typeof mentionSpanSchema>;
export type MentionTagging = z.infer<typeof mentionTaggingSchema>;

/** One mention: where it is, its text, and the passage around it (its hits: the mention). */
export interface LibraryMention extends MentionSpan {
  title: string;
  language: string;
  quote: string;
  passage: Passage;
}

/** An annotation linked to an entity, with its article and passage (keyword in context). */
export interface EntityMention extends LibraryMention {
  annotationId: string;
  tag: string;
}

/** The annotations one library-wide tagging created, by article (one undo step for all). */
export interface TaggedArticle {
  articleId: string;
  annotations: Annotation[];
}
