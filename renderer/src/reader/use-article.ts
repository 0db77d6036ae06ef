/**
 * Loads one article, and its annotations, the taxonomy and the entities;
 * keeps the annotations in the reader's AnnotationStore (annotation-store.ts),
 * the rest in state. Bumping `revision` (after an undo, a scheme or entity
 * change) reloads everything but the text.
 */

import { useEffect, useRef, useState } from 'react';
import type { Article, EntitySummary } from '../../../shared/model';
import type { AppError } from '../../../shared/result';
import type { Taxonomy } from '../../../shared/taxonomy';
import { api } from '../api';
import { AnnotationStore } from './annotation-store';

export interface ArticleState {
  article: Article;
  taxonomy: Taxonomy;
  entities: EntitySummary[];
}

/** The article `articleId` (null until loaded), its load error, and the store of its annotations. */
export function useArticle(articleId: string, revision = 0) {
  const [state, setState] = useState<ArticleState | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [store] = useState(() => new AnnotationStore());
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
        const rest = { taxonomy: taxonomy.value, entities: entities.value };
        if (article?.ok) loaded.current = article.value;
        // Read by the benchmarks: the moment the data is in the renderer, before React renders it.
        performance.mark('hamish:article-loaded');
        store.reset(annotations.value);
        setState((s) => {
          const text = article?.ok ? article.value : s?.article;
          return text ? { ...s, article: text, ...rest } : s;
        });
      }
    })();
    return () => cancelled.abort();
  }, [articleId, revision, store]);

  const setEntities = (entities: EntitySummary[]) => setState((s) => (s ? { ...s, entities } : s));

  return { state, error, store, setEntities };
}
