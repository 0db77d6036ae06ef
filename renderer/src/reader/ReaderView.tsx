/**
 * The reader: the article text with painted highlights, the tag menu over a
 * selection, the editor of the selected annotation, and the side panel
 * (annotations or entities). Selections snap to whole words (Arabic-aware),
 * clicks on highlights are hit-tested, and everything works from the keyboard.
 */

import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blockTexts } from '../../../shared/canonical-text';
import { CodePointIndex } from '../../../shared/code-points';
import { directionOf, type Annotation, type Block, type EntitySummary } from '../../../shared/model';
import { lazyKnownWords, snapSpan, wordAt } from '../../../shared/span-snap';
import { listTags } from '../../../shared/taxonomy';
import type { UndoHistory } from '../../../shared/undo-history';
import { EntitiesPanel } from '../entities/EntitiesPanel';
import type { Notify } from '../status';
import { useStableCallback } from '../use-stable-callback';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationPanel } from './AnnotationPanel';
import { ArticleText } from './ArticleText';
import { HighlightPainter } from './highlight-painter';
import { OrphanList } from './OrphanList';
import { useAnchorReport } from './use-anchor-report';
import { annotationsAt, offsetAtPoint, pickHit } from './hit-test';
import { ShortcutsOverlay } from './ShortcutsOverlay';
import { TagMenu } from './TagMenu';
import { TextMap } from './text-map';
import { useAnnotationActions } from './use-annotation-actions';
import { useArticle } from './use-article';
import { useReaderControls, type PendingSelection } from './use-reader-controls';
import { useBlockWindow } from './use-block-window';
import { useProgressiveBlocks } from './use-progressive-blocks';
import { useReaderKeys } from './use-reader-keys';
import './annotate.css';

const NO_ENTITIES: EntitySummary[] = [];
const NO_BLOCKS: Block[] = [];
import { useSearchFocus } from './use-search-focus';
import type { TextSpan } from '../../../shared/search-passage';

interface Props {
  articleId: string;
  notify: Notify;
  /** A search hit to scroll to and mark (code points). */
  focus?: TextSpan | undefined;
  history: UndoHistory;
  /** Bumped by the app after an undo/redo or a scheme change: reload annotations. */
  revision: number;
}

/** Memoised: the app re-renders on every status message ("Saving…"), which must not re-render a long article. */
export const ReaderView = memo(function ReaderView({ articleId, notify, history, revision, focus }: Props) {
  const { t } = useTranslation();
  const { state, error, setAnnotations, setEntities } = useArticle(articleId, revision);
  const articleRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  /** Blocks near the viewport (see use-block-window); the article's top until measured. */
  const windowRef = useRef<[number, number]>([0, 20]);
  const mapRef = useRef<TextMap | null>(null);
  const painterRef = useRef<HighlightPainter | null>(null);
  const caretRef = useRef<{ start: number; end: number } | null>(null);
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [tab, setTab] = useState<'annotations' | 'entities'>('annotations');

  const article = state?.article;
  const taxonomy = state?.taxonomy;
  const annotations = state?.annotations;
  const tags = useMemo(() => (taxonomy ? listTags(taxonomy) : []), [taxonomy]);
  const texts = useMemo(() => (article ? blockTexts(article.text, article.blocks) : []), [article]);
  const index = useMemo(() => (article ? new CodePointIndex(article.text) : null), [article]);
  const actions = useAnnotationActions(articleId, history, setAnnotations, notify, index);
  const knownWords = useMemo(() => lazyKnownWords(article?.text ?? ''), [article]);
  const selected = annotations?.find((a) => a.id === selectedId) ?? null;
  const entities = state?.entities ?? NO_ENTITIES;
  const mounted = useProgressiveBlocks(article?.blocks ?? NO_BLOCKS);
  const allMounted = Boolean(article && mounted >= article.blocks.length);

  useEffect(() => {
    if (error) notify({ kind: 'error', error });
  }, [error, notify]);
  useAnchorReport(articleId, Boolean(annotations), notify);
  const orphans = useMemo(() => annotations?.filter((a) => a.orphaned) ?? [], [annotations]);

  // Build the DOM↔offset map and the painter once the article is in the DOM.
  useLayoutEffect(() => {
    if (!article || !articleRef.current || tags.length === 0) return;
    mapRef.current = new TextMap(articleRef.current, article.blocks, texts);
    const painter = new HighlightPainter(tags);
    painter.setWindow(...windowRef.current);
    painterRef.current = painter;
    return () => {
      painter.dispose();
      painterRef.current = null;
      mapRef.current = null;
    };
  }, [article, texts, tags]);

  useBlockWindow(articleRef, scrollRef, painterRef, windowRef, article ? mounted : 0);

  useSearchFocus(focus, mapRef, scrollRef, Boolean(allMounted && annotations && tags.length > 0));

  useLayoutEffect(() => {
    if (mapRef.current && painterRef.current && annotations)
      painterRef.current.paint(mapRef.current, annotations);
    // Blocks mounted since the last paint get their highlights too.
  }, [annotations, article, tags, mounted]);

  // Apart from painting: a click that selects must not walk every annotation again.
  useLayoutEffect(() => {
    const map = mapRef.current;
    if (map) painterRef.current?.select(selected ? map.rangeFor(selected.start, selected.end) : null);
  }, [selected, article, tags, mounted]);

  const controls = useReaderControls({
    article: article ?? null,
    index,
    annotations: annotations ?? [],
    taxonomy: taxonomy ?? null,
    knownWords,
    selected,
    entities,
    pending,
    mapRef,
    caretRef,
    scrollRef,
    painterRef,
    setPending,
    setSelectedId,
    actions,
    notify,
    setEntities,
    setHelp,
  });
  useReaderKeys(controls.keys);
  // Scanning the text for mentions costs ~20 ms on a long article: once per selection or change, not per render.
  const mentionCount = useMemo(
    () => (selected ? controls.mentionsOf(selected).length : 0),
    // controls is new on every render; what mentionsOf reads is listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [selected, annotations, entities, article],
  );
  // Stable handlers, so the (memoised) side panel does not re-render as the article mounts.
  const selectFromPanel = useStableCallback((a: Annotation) => controls.selectAnnotation(a));
  const deleteFromPanel = useStableCallback((a: Annotation) => void controls.remove(a));

  /** After a mouse or key up: a text selection opens the tag menu; a plain click hit-tests highlights. */
  const readSelection = useCallback(
    (point: { x: number; y: number } | null) => {
      const selection = window.getSelection();
      const map = mapRef.current;
      if (!map || !index) return;
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
        setPending(null);
        if (!point || !annotations) return;
        const offset = offsetAtPoint(map, point.x, point.y);
        const hit = offset === null ? null : pickHit(annotationsAt(annotations, offset), selectedId);
        setSelectedId(hit?.id ?? null);
        return;
      }
      const range = selection.getRangeAt(0);
      const a = map.pointToOffset(range.startContainer, range.startOffset);
      const b = map.pointToOffset(range.endContainer, range.endOffset);
      const span = a === null || b === null ? null : snapSpan(index, a, b, { words: false });
      if (!span) {
        setPending(null);
        return;
      }
      setSelectedId(null);
      setPending({ start: span[0], end: span[1], rect: range.getBoundingClientRect(), exact: false });
    },
    [index, annotations, selectedId],
  );

  // Selections may end outside the article (a drag past its edge), so listen on the document.
  useEffect(() => {
    const onPointerUp = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest('.article-text')) {
        if (!target?.closest('.tag-menu, .annotation-panel, .top-bar, .modal')) readSelection(null);
        return;
      }
      readSelection({ x: event.clientX, y: event.clientY });
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === 'Shift' || event.shiftKey) readSelection(null);
    };
    document.addEventListener('pointerup', onPointerUp);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('pointerup', onPointerUp);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [readSelection]);

  // The tag menu follows its selection when the article scrolls (keyboard moves scroll it too).
  const followSelection = () => {
    if (!pending) return;
    const selection = window.getSelection();
    const rect =
      selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
    setPending(rect && rect.height > 0 ? { ...pending, rect } : null);
  };

  // Double-click picks the word under the pointer, proclitics left out.
  const onDoubleClick = (event: React.MouseEvent) => {
    const map = mapRef.current;
    if (!map || !index) return;
    const offset = offsetAtPoint(map, event.clientX, event.clientY);
    if (offset === null) return;
    const word = wordAt(index.text, index.toUtf16(offset), true);
    if (!word) return;
    const span = snapSpan(index, index.toCodePoint(word.start), index.toCodePoint(word.end), {
      clitics: true,
      knownWords,
    });
    if (span) controls.selectSpan(span[0], span[1], true);
  };

  if (!article || !taxonomy || !annotations) {
    return <div className="reader-loading">{error ? null : t('reader.loading')}</div>;
  }

  return (
    <div className="reader">
      <div className="reader-scroll" ref={scrollRef} onScroll={followSelection}>
        <header
          className="article-header"
          lang={article.meta.language}
          dir={directionOf(article.meta.language)}
        >
          <h1 dir="auto">{article.meta.title}</h1>
          <p className="article-meta">
            {article.meta.source && <bdi dir="auto">{article.meta.source}</bdi>}
            {article.meta.source && article.meta.date && ' · '}
            {article.meta.date && <bdi>{article.meta.date}</bdi>}
          </p>
        </header>
        <div onDoubleClick={onDoubleClick}>
          <ArticleText
            ref={articleRef}
            blocks={article.blocks}
            texts={texts}
            language={article.meta.language}
            dir={directionOf(article.meta.language)}
            mounted={mounted}
          />
        </div>
      </div>
      <aside className="annotation-panel" ref={panelRef}>
        <div className="panel-tabs" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'annotations'}
            onClick={() => setTab('annotations')}
          >
            {t('reader.panelTitle')}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'entities'}
            onClick={() => setTab('entities')}
          >
            {t('entities.title')}
          </button>
          <button
            type="button"
            className="link"
            onClick={() => setHelp(true)}
            aria-label={t('shortcuts.title')}
          >
            ?
          </button>
        </div>
        {selected && tab === 'annotations' && (
          <AnnotationEditor
            key={`${selected.id}:${selected.note ?? ''}`}
            annotation={selected}
            tags={tags}
            entities={entities}
            articleLanguage={article.meta.language}
            mentionCount={mentionCount}
            onUpdate={(patch) => void controls.update(selected, patch)}
            onMoveEdge={(edge, how, unit) => void controls.moveEdge(selected, edge, how, unit)}
            onTagAll={() => void controls.tagAll(selected)}
            onNewEntity={() => void controls.newEntity(selected)}
            onDelete={() => void controls.remove(selected)}
            onClose={() => setSelectedId(null)}
          />
        )}
        {tab === 'annotations' && (
          <OrphanList
            orphans={orphans}
            articleLanguage={article.meta.language}
            canAttach={pending !== null}
            onAttach={(a) => void controls.attach(a)}
          />
        )}
        {tab === 'annotations' ? (
          <AnnotationPanel
            taxonomy={taxonomy}
            tags={tags}
            annotations={annotations}
            entities={entities}
            articleLanguage={article.meta.language}
            selectedId={selectedId}
            scrollerRef={panelRef}
            onSelect={selectFromPanel}
            onDelete={deleteFromPanel}
          />
        ) : (
          <EntitiesPanel
            entities={entities}
            onSave={(input) => void controls.saveEntity(input)}
            onDelete={(id) => void controls.deleteEntity(id)}
          />
        )}
      </aside>
      {pending && (
        <TagMenu
          taxonomy={taxonomy}
          anchor={pending.rect}
          onPick={(tag) => void controls.createFromPending(pending, tag)}
          onClose={() => setPending(null)}
        />
      )}
      {help && <ShortcutsOverlay onClose={() => setHelp(false)} />}
    </div>
  );
});
