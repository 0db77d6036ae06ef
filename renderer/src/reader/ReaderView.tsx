/**
 * The reader: the article text with painted highlights, the tag menu over a
 * selection, the editor of the selected annotation, and the side panel
 * (annotations, claims or entities). Selections snap to whole words (Arabic-aware),
 * clicks on highlights are hit-tested, and everything works from the keyboard.
 * Claims (../claims) add their layer over the text, the draft bar under it,
 * their keys, and the question asked before an annotation in a claim changes.
 */

import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslation } from 'react-i18next';
import { blockTexts } from '../../../shared/canonical-text';
import { CodePointIndex } from '../../../shared/code-points';
import { directionOf, type Annotation, type Block, type EntitySummary } from '../../../shared/model';
import { lazyKnownWords } from '../../../shared/span-snap';
import { listTags } from '../../../shared/taxonomy';
import type { UndoHistory } from '../../../shared/undo-history';
import { api } from '../api';
import { ClaimDraftBar } from '../claims/ClaimDraftBar';
import { ClaimGuardDialog } from '../claims/ClaimGuardDialog';
import { ClaimLinks } from '../claims/ClaimLinks';
import { useReaderClaims } from '../claims/use-reader-claims';
import { localCoder } from '../coders/local-coder';
import type { Notify } from '../status';
import { ArticleHeader } from './ArticleHeader';
import { ArticleText } from './ArticleText';
import { HighlightPainter } from './highlight-painter';
import { ReaderSidePanel } from './ReaderSidePanel';
import { useAnchorReport } from './use-anchor-report';
import { ShortcutsOverlay } from './ShortcutsOverlay';
import { ReaderTagMenus } from './ReaderTagMenus';
import { TextMap } from './text-map';
import { useCoderView } from './use-coder-view';
import { useComparePaint } from './use-compare-paint';
import { useCurrentAnnotation } from './use-current-annotation';
import { useAnnotationActions } from './use-annotation-actions';
import { useArticle } from './use-article';
import { useReaderControls, type PendingSelection } from './use-reader-controls';
import { useBlockWindow } from './use-block-window';
import { useProgressiveBlocks } from './use-progressive-blocks';
import { useReaderKeys } from './use-reader-keys';
import { useIdleWarm } from './use-idle-warm';
import { useReaderMenu } from './use-reader-menu';
import { usePointerSelection } from './use-pointer-selection';
import { useSearchFocus } from './use-search-focus';
import { useSelectedMark } from './use-selected-mark';
import type { TextSpan } from '../../../shared/search-passage';
import { LoadingShell } from '../ui/LoadingShell';
import './annotate.css';
import './reader.css';

const NO_ENTITIES: EntitySummary[] = [];
const NO_BLOCKS: Block[] = [];
const NO_ANNOTATIONS: Annotation[] = [];

interface Props {
  articleId: string;
  notify: Notify;
  /** A search hit to scroll to and mark (code points). */
  focus?: TextSpan | undefined;
  history: UndoHistory;
  /** Bumped by the app after an undo/redo or a scheme change: reload annotations. */
  revision: number;
  /** Opens an article at a span (an entity's mention elsewhere in the library). */
  onOpen: (id: string, focus?: TextSpan) => void;
}

/** Memoised: the app re-renders on every status message ("Saving…"), which must not re-render a long article. */
export const ReaderView = memo(function ReaderView(props: Props) {
  const { articleId, notify, history, revision, focus } = props;
  const { t } = useTranslation();
  const { state, error, store, setEntities } = useArticle(articleId, revision);
  // The annotations live in the store: an edit changes one entry, and what is derived follows it per change.
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const articleRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  /** Blocks near the viewport (see use-block-window); the article's top until measured. */
  const windowRef = useRef<[number, number]>([0, 20]);
  const mapRef = useRef<TextMap | null>(null);
  const painterRef = useRef<HighlightPainter | null>(null);
  const caretRef = useRef<{ start: number; end: number } | null>(null);
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [help, setHelp] = useState(false);

  const article = state?.article;
  const taxonomy = state?.taxonomy;
  const annotations = state ? snapshot.list : undefined;
  const tags = useMemo(() => (taxonomy ? listTags(taxonomy) : []), [taxonomy]);
  const texts = useMemo(() => (article ? blockTexts(article.text, article.blocks) : []), [article]);
  const index = useMemo(() => (article ? new CodePointIndex(article.text) : null), [article]);
  const unguarded = useAnnotationActions(articleId, history, store, notify, index);
  const knownWords = useMemo(() => lazyKnownWords(article?.text ?? ''), [article]);
  // The selected annotation, E's picker request and the retag menu, let go of when their annotation goes
  // (looked up in the store by id: no pass over the list).
  const current = useCurrentAnnotation(annotations, store.get);
  const { selected, selectedId, setSelectedId, retagging, setRetagging, setPickerFor } = current;
  const pickerServed = useCallback(() => setPickerFor(null), [setPickerFor]);
  const panelStore = useMemo(() => ({ changesSince: store.changesSince, find: store.get }), [store]);
  const coderView = useCoderView(annotations ?? NO_ANNOTATIONS, snapshot.authors, localCoder());
  const claims = useReaderClaims({
    articleId,
    revision,
    history,
    notify,
    taxonomy: taxonomy ?? null,
    annotations: annotations ?? NO_ANNOTATIONS,
    selected,
    actions: unguarded,
    menuOpen: pending !== null || retagging !== null,
    mapRef,
  });
  // Deletes and retags ask first when the annotation fills a role in a claim.
  const actions = claims.guard.actions;
  const entities = state?.entities ?? NO_ENTITIES;
  const mounted = useProgressiveBlocks(article?.blocks ?? NO_BLOCKS);
  const allMounted = Boolean(article && mounted >= article.blocks.length);
  useIdleWarm(knownWords, allMounted);

  useEffect(() => {
    if (error) notify({ kind: 'error', error });
  }, [error, notify]);
  useAnchorReport(articleId, Boolean(annotations), notify);

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
    // The store's recorded changes, when the painter last painted one of its lists: an edit places one Range.
    if (mapRef.current && painterRef.current)
      painterRef.current.show(mapRef.current, coderView.painted, store.changesSince);
  }, [coderView.painted, article, tags, store]);
  // Blocks mounted since the last paint get their highlights too.
  useLayoutEffect(() => painterRef.current?.placeWaiting(), [mounted]);
  const goToSpan = useComparePaint({ mapRef, scrollRef, painterRef }, coderView.units, article, mounted);

  useSelectedMark(mapRef, painterRef, selected, { article, tags, mounted });

  const { actions: controls, keys } = useReaderControls({
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
    setPending,
    setSelectedId,
    actions,
    notify,
    setEntities,
    setHelp,
    openPicker: setPickerFor,
    setRetagging,
  });
  const claimKeys = claims.onKey;
  useReaderKeys(useMemo(() => keys && { ...keys, claim: claimKeys }, [keys, claimKeys]));
  useReaderMenu(keys);
  const onDoubleClick = usePointerSelection({
    mapRef,
    index,
    annotations,
    selectedId,
    knownWords,
    setPending,
    setSelectedId: controls.choose,
    selectSpan: controls.selectSpan,
  });

  // The tag menu follows its selection when the article scrolls (keyboard moves scroll it too).
  const followSelection = () => {
    if (!pending) return;
    const selection = window.getSelection();
    const rect =
      selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
    setPending(rect && rect.height > 0 ? { ...pending, rect } : null);
  };

  if (!article || !taxonomy || !annotations) {
    const waiting = t('reader.loading');
    return <LoadingShell error={error} reported as="div" className="reader-loading" waiting={waiting} />;
  }

  return (
    <div className="reader">
      {/* Focusable, so the text scrolls from the keyboard and keys can bring focus back to it (axe: scrollable-region-focusable). */}
      <div
        className="reader-scroll"
        ref={scrollRef}
        onScroll={followSelection}
        tabIndex={0}
        role="region"
        aria-label={article.meta.title}
        data-testid="reader-text"
      >
        <ArticleHeader meta={article.meta} />
        <div
          className="reader-body"
          onDoubleClick={onDoubleClick}
          onMouseMove={claims.pointer.onMouseMove}
          onMouseLeave={claims.pointer.onMouseLeave}
        >
          <ArticleText
            ref={articleRef}
            blocks={article.blocks}
            texts={texts}
            language={article.meta.language}
            dir={directionOf(article.meta.language)}
            mounted={mounted}
          />
          <ClaimLinks
            claims={claims.shown}
            frames={claims.frames}
            annotations={annotations}
            mapRef={mapRef}
            mounted={mounted}
          />
        </div>
        {claims.draft.draft && (
          <ClaimDraftBar draft={claims.draft.draft} controls={claims.draft} annotations={annotations} />
        )}
      </div>
      <ReaderSidePanel
        data={{
          taxonomy,
          tags,
          annotations: coderView.shown,
          entities,
          articleLanguage: article.meta.language,
        }}
        coders={{ view: coderView, index: index ?? new CodePointIndex(article.text), onGo: goToSpan }}
        selected={selected}
        actions={controls}
        orphans={snapshot.orphans}
        store={panelStore}
        entityLinks={snapshot.entityLinks}
        canAttach={pending !== null}
        panelRef={panelRef}
        pickerRequested={current.pickerRequested}
        onPickerOpened={pickerServed}
        articleId={articleId}
        history={history}
        notify={notify}
        onTaggedAcross={(groups) => {
          const here = groups.find((g) => g.articleId === articleId)?.annotations ?? [];
          store.add(here);
          void api.listEntities().then((r) => r.ok && setEntities(r.value));
        }}
        onOpenMention={props.onOpen}
        onDeselect={() => controls.choose(null)}
        onHelp={() => setHelp(true)}
        claims={claims}
      />
      <ReaderTagMenus
        taxonomy={taxonomy}
        pending={pending}
        retagging={retagging}
        setPending={setPending}
        setRetagging={setRetagging}
        controls={controls}
      />
      {help && <ShortcutsOverlay onClose={() => setHelp(false)} />}
      {claims.guard.question && (
        <ClaimGuardDialog question={claims.guard.question} frames={claims.frames} annotations={annotations} />
      )}
    </div>
  );
});
