/**
 * The reader: the article text with painted highlights, the tag menu over a
 * selection, and the annotation side panel. Annotations are created, listed
 * and deleted through the API; the UI updates once main says they are saved.
 */

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blockTexts } from '../../../shared/canonical-text';
import { CodePointIndex } from '../../../shared/code-points';
import { directionOf, type Annotation } from '../../../shared/model';
import { tidySpan } from '../../../shared/selection';
import { listTags } from '../../../shared/taxonomy';
import { api } from '../api';
import type { Notify } from '../status';
import { AnnotationPanel } from './AnnotationPanel';
import { ArticleText } from './ArticleText';
import { HighlightPainter } from './highlight-painter';
import { TagMenu } from './TagMenu';
import { TextMap } from './text-map';
import { useArticle } from './use-article';
import { useSearchFocus } from './use-search-focus';
import type { TextSpan } from '../../../shared/search-passage';

interface Props {
  articleId: string;
  notify: Notify;
  /** A search hit to scroll to and mark (code points). */
  focus?: TextSpan | undefined;
}

interface PendingSelection {
  start: number;
  end: number;
  rect: DOMRect;
}

export function ReaderView({ articleId, notify, focus }: Props) {
  const { t } = useTranslation();
  const { state, error, setAnnotations } = useArticle(articleId);
  const articleRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<TextMap | null>(null);
  const painterRef = useRef<HighlightPainter | null>(null);
  const [pending, setPending] = useState<PendingSelection | null>(null);

  const article = state?.article;
  const taxonomy = state?.taxonomy;
  const annotations = state?.annotations;
  const tags = useMemo(() => (taxonomy ? listTags(taxonomy) : []), [taxonomy]);
  const texts = useMemo(() => (article ? blockTexts(article.text, article.blocks) : []), [article]);
  const index = useMemo(() => (article ? new CodePointIndex(article.text) : null), [article]);

  useEffect(() => {
    if (error) notify({ kind: 'error', error });
  }, [error, notify]);

  // Build the DOM↔offset map and the painter once the article is in the DOM.
  useLayoutEffect(() => {
    if (!article || !articleRef.current || tags.length === 0) return;
    mapRef.current = new TextMap(articleRef.current, article.blocks, texts);
    const painter = new HighlightPainter(tags);
    painterRef.current = painter;
    return () => {
      painter.dispose();
      painterRef.current = null;
      mapRef.current = null;
    };
  }, [article, texts, tags]);

  useSearchFocus(focus, mapRef, scrollRef, Boolean(article && annotations && tags.length > 0));

  useLayoutEffect(() => {
    if (mapRef.current && painterRef.current && annotations) {
      painterRef.current.paint(mapRef.current, annotations);
    }
  }, [annotations, article, tags]);

  const readSelection = useCallback(() => {
    const selection = window.getSelection();
    const map = mapRef.current;
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !map || !index) {
      setPending(null);
      return;
    }
    const range = selection.getRangeAt(0);
    const a = map.pointToOffset(range.startContainer, range.startOffset);
    const b = map.pointToOffset(range.endContainer, range.endOffset);
    const span = a === null || b === null ? null : tidySpan(index, a, b);
    if (!span) {
      setPending(null);
      return;
    }
    setPending({ start: span[0], end: span[1], rect: range.getBoundingClientRect() });
  }, [index]);

  // Selections may end outside the article (a drag past its edge), so listen on the document.
  useEffect(() => {
    const onUp = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('.tag-menu')) return;
      readSelection();
    };
    document.addEventListener('pointerup', onUp);
    document.addEventListener('keyup', onUp);
    return () => {
      document.removeEventListener('pointerup', onUp);
      document.removeEventListener('keyup', onUp);
    };
  }, [readSelection]);

  const createAnnotation = async (tag: string) => {
    if (!pending) return;
    setPending(null);
    window.getSelection()?.removeAllRanges();
    notify({ kind: 'saving' });
    const result = await api.createAnnotation({ articleId, start: pending.start, end: pending.end, tag });
    if (!result.ok) {
      notify({ kind: 'error', error: result.error });
      return;
    }
    setAnnotations((list) => [...list, result.value].sort((x, y) => x.start - y.start || x.end - y.end));
    notify({ kind: 'info', key: 'status.saved' });
  };

  const deleteAnnotation = async (annotation: Annotation) => {
    notify({ kind: 'saving' });
    const result = await api.deleteAnnotation(articleId, annotation.id);
    if (!result.ok) {
      notify({ kind: 'error', error: result.error });
      return;
    }
    setAnnotations((list) => list.filter((a) => a.id !== annotation.id));
    notify({ kind: 'info', key: 'status.saved' });
  };

  const goTo = (annotation: Annotation) => {
    const range = mapRef.current?.rangeFor(annotation.start, annotation.end);
    const scroller = scrollRef.current;
    if (!range || !scroller) return;
    const rect = range.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    scroller.scrollBy({ top: rect.top - box.top - box.height / 3, behavior: 'smooth' });
    painterRef.current?.flash(range);
  };

  if (!article || !taxonomy || !annotations) {
    return <div className="reader-loading">{error ? null : t('reader.loading')}</div>;
  }

  return (
    <div className="reader">
      <div className="reader-scroll" ref={scrollRef} onScroll={() => setPending(null)}>
        <header
          className="article-header"
          lang={article.meta.language}
          dir={directionOf(article.meta.language)}
        >
          <h1 dir="auto">{article.meta.title}</h1>
          <p className="article-meta">
            {[article.meta.source, article.meta.date].filter(Boolean).join(' · ')}
          </p>
        </header>
        <ArticleText
          ref={articleRef}
          blocks={article.blocks}
          texts={texts}
          language={article.meta.language}
          dir={directionOf(article.meta.language)}
        />
      </div>
      <AnnotationPanel
        tags={tags}
        annotations={annotations}
        articleLanguage={article.meta.language}
        onGoTo={goTo}
        onDelete={(a) => void deleteAnnotation(a)}
      />
      {pending && (
        <TagMenu
          taxonomy={taxonomy}
          anchor={pending.rect}
          onPick={(tag) => void createAnnotation(tag)}
          onClose={() => setPending(null)}
        />
      )}
    </div>
  );
}
