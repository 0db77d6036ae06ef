/** Loads one article with its annotations and the taxonomy, and keeps the annotation list in state. */

import { useEffect, useState } from 'react';
import type { Annotation, Article } from '../../../shared/model';
import type { AppError } from '../../../shared/result';
import type { Taxonomy } from '../../../shared/taxonomy';
import { api } from '../api';

export interface ArticleState {
  article: Article;
  taxonomy: Taxonomy;
  annotations: Annotation[];
}

export function useArticle(articleId: string) {
  const [state, setState] = useState<ArticleState | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    // ReaderView is keyed by article id, so this runs once per article: no reset needed.
    const cancelled = new AbortController();
    void (async () => {
      const [article, annotations, taxonomy] = await Promise.all([
        api.getArticle(articleId),
        api.listAnnotations(articleId),
        api.getTaxonomy(),
      ]);
      if (cancelled.signal.aborted) return;
      if (!article.ok) setError(article.error);
      else if (!annotations.ok) setError(annotations.error);
      else if (!taxonomy.ok) setError(taxonomy.error);
      else {
        // Read by the benchmarks: the moment the data is in the renderer, before React renders it.
        performance.mark('hamish:article-loaded');
        setState({ article: article.value, annotations: annotations.value, taxonomy: taxonomy.value });
      }
    })();
    return () => cancelled.abort();
  }, [articleId]);

  const setAnnotations = (update: (list: Annotation[]) => Annotation[]) =>
    setState((s) => (s ? { ...s, annotations: update(s.annotations) } : s));

  return { state, error, setAnnotations };
}
