/**
 * The untagged mentions of an annotation's text in its article, for "tag all
 * mentions": the same words (Arabic-normalised), or its entity's names and
 * aliases, where no annotation with the same tag already overlaps.
 */

import { mentionPhrases, normalizeText, untaggedMentions } from '../../../shared/find-mentions';
import type { CodePointIndex } from '../../../shared/code-points';
import type { Annotation, Article, EntitySummary } from '../../../shared/model';

/** The normalised text, computed once per loaded article (about 20 ms on a long one). */
const normalizedCache = new WeakMap<Article, ReturnType<typeof normalizeText>>();

export interface MentionContext {
  article: Article;
  index: CodePointIndex;
  annotations: readonly Annotation[];
  entities: readonly EntitySummary[];
}

/** Untagged spans [start, end) in code points holding `a`'s text (or its entity's names), in text order. */
export function mentionsOf(context: MentionContext, a: Annotation): [number, number][] {
  const { article, index, annotations, entities } = context;
  let prepared = normalizedCache.get(article);
  if (!prepared) {
    prepared = normalizeText(article.text);
    normalizedCache.set(article, prepared);
  }
  const entity = a.entityId ? entities.find((x) => x.entity.id === a.entityId)?.entity : undefined;
  return untaggedMentions(index, mentionPhrases(a.quote, entity), annotations, a.tag, prepared);
}
