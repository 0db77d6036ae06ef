/**
 * Loads one article, and its annotations, the taxonomy and the entities;
 * keeps the annotation list in state. Bumping `revision` (after an undo, a
 * scheme or entity change) reloads everything but the text.
 */

import { useEffect, useRef, useState } from 'react';
import type { Annotation, Article, EntitySummary } from '../../../shared/model';
import type { AppError } from '../../../shared/result';
import type { Taxonomy } from '../../../shared/taxonomy';
import { api } from '../api';

export interface ArticleState {
  article: Article;
  taxonomy: Taxonomy;
  annotations: Annotation[];
  entities: EntitySummary[];
}

export function useArticle(articleId: string, revision = 0) {
  const [state, setState] = useState<ArticleState | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  /** The text already loaded: a reload for a new revision fetches everything else. */
  const loaded = useRef<Article | null>(null);

  useEffect(() => {
    // ReaderView is keyed by article id: the text is fetched once, the rest again per revision.
    const cancelled = new AbortController();
    void (async () => {
      const [article, annotations, taxonomy, entities] = await Promise.all([
        loaded.current?.meta.id === articleId ? null : api.getArticle(articleId),
        api.listAnnotations(articleId),
        api.getTaxonomy(),
        api.listEntities(),
      ]);
      if (cancelled.signal.aborted) return;
      if (article && !article.ok) setError(article.error);
      else if (!annotations.ok) setError(annotations.error);
      else if (!taxonomy.ok) setError(taxonomy.error);
      else if (!entities.ok) setError(entities.error);
      else {
        const rest = { annotations: annotations.value, taxonomy: taxonomy.value, entities: entities.value };
        if (article?.ok) loaded.current = article.value;
        // Read by the benchmarks: the moment the data is in the renderer, before React renders it.
        performance.mark('hamish:article-loaded');
        setState((s) => {
          const text = article?.ok ? article.value : s?.article;
          return text ? { ...s, article: text, ...rest } : s;
        });
      }
    })();
    return () => cancelled.abort();
  }, [articleId, revision]);

  const setAnnotations = (update: (list: Annotation[]) => Annotation[]) =>
    setState((s) => (s ? { ...s, annotations: update(s.annotations) } : s));

  const setEntities = (entities: EntitySummary[]) => setState((s) => (s ? { ...s, entities } : s));

  return { state, error, setAnnotations, setEntities };
}
