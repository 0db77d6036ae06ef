/**
 * The untagged mentions of an annotation's text in its article, for "tag all
 * mentions": the same words (Arabic-normalised), or its entity's names and
 * aliases, where no annotation with the same tag already overlaps.
 * The article's normalised text is computed once per article (keyed by its
 * id and text hash: the text never changes) and the clusters around each
 * match come from the article's kept grapheme index (shared/grapheme-index.ts),
 * so an edit or a new selection costs the search, not the whole text again.
 */

import {
  mentionPhrases,
  normalizeText,
  untaggedMentions,
  type NormalizedText,
} from '../../../shared/find-mentions';
import type { CodePointIndex } from '../../../shared/code-points';
import type { Annotation, Article, EntitySummary } from '../../../shared/model';

/** The normalised text of the last article asked about (about 20 ms on a long one), by `id@textSha256`. */
let normalized: { key: string; text: NormalizedText } | null = null;

/** The normalised text of `article`, computed once per article. */
export function normalizedOf(article: Article): NormalizedText {
  const key = `${article.meta.id}@${article.meta.textSha256}`;
  if (normalized?.key !== key) normalized = { key, text: normalizeText(article.text) };
  return normalized.text;
}

export interface MentionContext {
  article: Article;
  index: CodePointIndex;
  annotations: readonly Annotation[];
  entities: readonly EntitySummary[];
}

/** Untagged spans [start, end) in code points holding `a`'s text (or its entity's names), in text order. */
export function mentionsOf(context: MentionContext, a: Annotation): [number, number][] {
  const { article, index, annotations, entities } = context;
  const entity = a.entityId ? entities.find((x) => x.entity.id === a.entityId)?.entity : undefined;
  return untaggedMentions(index, mentionPhrases(a.quote, entity), annotations, a.tag, normalizedOf(article));
}
