/**
 * Mentions across the library, computed in main (issue 15). `findMentions`
 * narrows the articles with the search index (every word of a phrase, in any
 * spelling the normaliser folds), then finds the phrases' whole-word
 * occurrences in each text with shared/find-mentions.ts, leaving out spans
 * already carrying the tag. `tagMentions` creates the chosen ones article by
 * article and takes them all back if one article fails, so the renderer can
 * record them as one undo step. `entityMentions` lists the annotations
 * linked to an entity with their passages (keyword in context). Spans are
 * code points into the canonical texts.
 */

import { CodePointIndex, sliceCodePoints } from '../../../shared/code-points';
import { mentionPhrases, untaggedMentions } from '../../../shared/find-mentions';
import type {
  EntityMention,
  LibraryMention,
  MentionQuery,
  MentionTagging,
  TaggedArticle,
} from '../../../shared/library-mentions';
import type { Article, ArticleMeta } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import { MAX_LIBRARY_MENTIONS } from '../../../shared/schema/mention-schema';
import { passageAround } from '../../../shared/search-passage';
import type { Services } from '../services';

/** Code points of context on each side of a mention in its passage. */
const CONTEXT_RADIUS = 70;

/** A mention of `span` in `article`, with its passage. */
function mentionIn(article: Article, span: { start: number; end: number }): LibraryMention {
  const { meta, text } = article;
  return {
    articleId: meta.id,
    title: meta.title,
    language: meta.language,
    start: span.start,
    end: span.end,
    quote: sliceCodePoints(text, span.start, span.end),
    passage: passageAround(text, span, [span], CONTEXT_RADIUS),
  };
}

function requireEntity(services: Services, id: string) {
  const entity = services.library.entities().find((e) => e.id === id);
  if (!entity) throw new AppFailure('not-found', `No entity ${id}`, { id });
  return entity;
}

/** Live articles in the library's order (newest first). */
function liveMeta(services: Services): ArticleMeta[] {
  return services.library.allMeta().filter((m) => !m.deletedAt);
}

/**
 * Every untagged whole-word mention of the query's phrases (and of its
 * entity's names) in the live articles, newest article first, in text order
 * within one; at most MAX_LIBRARY_MENTIONS. Fails with not-found for an unknown entity.
 */
export async function findLibraryMentions(
  services: Services,
  query: MentionQuery,
): Promise<LibraryMention[]> {
  const entity = query.entityId === undefined ? undefined : requireEntity(services, query.entityId);
  const phrases = [
    ...new Set(query.phrases.flatMap((p) => mentionPhrases(p)).concat(mentionPhrases('', entity))),
  ];
  if (phrases.length === 0) return [];
  const candidates = new Set<string>();
  for (const phrase of phrases)
    for (const id of await services.search.matchingIds(phrase)) candidates.add(id);
  const found: LibraryMention[] = [];
  for (const meta of liveMeta(services)) {
    if (!candidates.has(meta.id)) continue;
    const article = await services.library.getArticle(meta.id);
    const annotations = query.tag === undefined ? [] : await services.library.listAnnotations(meta.id);
    const index = new CodePointIndex(article.text);
    for (const [start, end] of untaggedMentions(index, phrases, annotations, query.tag)) {
      found.push(mentionIn(article, { start, end }));
      if (found.length >= MAX_LIBRARY_MENTIONS) return found;
    }
  }
  return found;
}

/**
 * Tags the mentions with one tag (and entity), one write per article. Twins
 * of existing annotations are left out (see the library's create). If an
 * article fails, what was created in the others is deleted again and the
 * error is thrown: all or nothing.
 */
export async function tagLibraryMentions(
  services: Services,
  request: MentionTagging,
): Promise<TaggedArticle[]> {
  const { library } = services;
  if (request.entityId !== undefined) requireEntity(services, request.entityId);
  const byArticle = new Map<string, MentionTagging['mentions']>();
  for (const m of request.mentions) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  const done: TaggedArticle[] = [];
  try {
    for (const [articleId, spans] of byArticle) {
      const inputs = spans.map((s) => ({
        articleId,
        start: s.start,
        end: s.end,
        tag: request.tag,
        ...(request.entityId === undefined ? {} : { entityId: request.entityId }),
      }));
      const annotations = await library.createAnnotations(articleId, inputs);
      if (annotations.length > 0) done.push({ articleId, annotations });
    }
  } catch (error) {
    for (const { articleId, annotations } of done) {
      await library.deleteAnnotations(
        articleId,
        annotations.map((a) => a.id),
      );
    }
    throw error;
  }
  return done;
}

/** The annotations linked to entity `id` across the live articles, newest article first, in text order. */
export async function listEntityMentions(services: Services, id: string): Promise<EntityMention[]> {
  requireEntity(services, id);
  const found: EntityMention[] = [];
  for (const meta of liveMeta(services)) {
    const all = await services.library.listAnnotations(meta.id);
    const annotations = all.filter((a) => a.entityId === id && !a.orphaned);
    if (annotations.length === 0) continue;
    const article = await services.library.getArticle(meta.id);
    for (const a of annotations) {
      found.push({ ...mentionIn(article, a), annotationId: a.id, tag: a.tag });
      if (found.length >= MAX_LIBRARY_MENTIONS) return found;
    }
  }
  return found;
}
