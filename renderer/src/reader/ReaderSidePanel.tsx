/**
 * The reader's side panel: tabs for the annotation list, the claims and the entities,
 * the "?" that opens the shortcuts, the editor of the selected annotation
 * above the list, and the legend of the tags' colours and underlines.
 */

import { useCallback, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { mentionPhrases } from '../../../shared/find-mentions';
import type { CodePointIndex } from '../../../shared/code-points';
import type { TaggedArticle } from '../../../shared/library-mentions';
import type { Annotation } from '../../../shared/model';
import type { TextSpan } from '../../../shared/search-passage';
import type { UndoHistory } from '../../../shared/undo-history';
import { EntitiesPanel } from '../entities/EntitiesPanel';
import { MentionsDialog } from '../mentions/MentionsDialog';
import type { Notify } from '../status';
import { CountedPanel, type PanelNames } from '../ui/CountedPanel';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import type { useReaderClaims } from '../claims/use-reader-claims';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationPanel, type ArticleAnnotations, type PanelStore } from './AnnotationPanel';
import { CoderPanel } from './CoderPanel';
import { OrphanList } from './OrphanList';
import type { ReaderActions } from './reader-actions';
import { TagLegend } from './TagLegend';
import type { CoderView } from './use-coder-view';
import './side-panel.css';

type ReaderClaims = ReturnType<typeof useReaderClaims>;
type Tab = 'annotations' | 'claims' | 'entities';

/** Each tab, in order: its title (a locale key) and how its counted section is named. */
const TABS: Record<Tab, { title: string; names: PanelNames }> = {
  annotations: {
    title: 'reader.panelTitle',
    names: { className: 'panel-annotations', titleId: 'panel-title', testId: 'annotation-panel' },
  },
  claims: {
    title: 'claims.tab',
    names: { className: 'claims-panel', titleId: 'claims-title', testId: 'claims-panel' },
  },
  entities: {
    title: 'entities.title',
    names: { className: 'entities-panel', titleId: 'entities-title', testId: 'entities-panel' },
  },
};
const TAB_ORDER: Tab[] = ['annotations', 'entities', 'claims'];

/** The tab `key` moves to from tab `at` (null: not a tab key); arrows follow the screen. */
function tabAfter(key: string, at: number, rtl: boolean): number | null {
  const last = TAB_ORDER.length - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return null;
  const step = (key === 'ArrowRight') === rtl ? -1 : 1;
  return (at + step + TAB_ORDER.length) % TAB_ORDER.length;
}

interface Props {
  /** The scheme, annotations and entities the panel shows (the annotations tab gets them as they are). */
  data: ArticleAnnotations;
  selected: Annotation | null;
  actions: ReaderActions;
  /** Annotations whose quote was not found on load (listed to be attached by hand). */
  orphans: readonly Annotation[];
  /** What the panel's list follows the annotation store's edits with. */
  store: PanelStore;
  /** Entity id → how many of the article's annotations link it. */
  entityLinks: ReadonlyMap<string, number>;
  /** True while there is a selection in the text an orphan can be attached to. */
  canAttach: boolean;
  panelRef: RefObject<HTMLElement | null>;
  /** True while the reader's E key asks for the selected annotation's entity picker. */
  pickerRequested: boolean;
  /** The picker asked for has opened (the request is served). */
  onPickerOpened: () => void;
  articleId: string;
  history: UndoHistory;
  notify: Notify;
  /** Annotations a library-wide tagging created (this article's are shown at once). */
  onTaggedAcross: (groups: TaggedArticle[]) => void;
  /** Opens an article at a span (an entity's mention). */
  onOpenMention: (articleId: string, focus: TextSpan) => void;
  onDeselect: () => void;
  onHelp: () => void;
  /** The article's claims, their draft and which one the text shows (use-reader-claims). */
  claims: ReaderClaims;
  /** Which coders the reader shows, the article's text (code points) and "go to a difference". */
  coders: { view: CoderView; index: CodePointIndex; onGo: (start: number, end: number) => void };
}

/** The side panel of the reader for one loaded article (the reader passes its stable actions). */
export function ReaderSidePanel({ panelRef, ...props }: Props) {
  const { t } = useTranslation();
  const { selected, actions, data, claims } = props;
  const { tags, entities, articleLanguage } = data;
  const [chosenTab, setTab] = useState<Tab>('annotations');
  // Stable handlers, so the (memoised) list does not re-render as the article mounts.
  const onDelete = useCallback((a: Annotation) => void actions.remove(a), [actions]);
  // The E key's request, until the picker has opened (it may first need the annotations tab).
  const { pickerRequested, onPickerOpened: served } = props;
  const onPickerOpened = useCallback(() => {
    setTab('annotations');
    served();
  }, [served]);
  // While E's request waits, the annotations tab (where the picker is) is shown.
  const tab = pickerRequested ? 'annotations' : chosenTab;
  /** The annotation whose mentions across the library are being previewed. */
  const [across, setAcross] = useState<Annotation | null>(null);
  // One object per preview: the dialog looks the mentions up again only when it changes.
  const acrossQuery = useMemo(
    () =>
      across && {
        phrases: mentionPhrases(across.quote),
        tag: across.tag,
        ...(across.entityId ? { entityId: across.entityId } : {}),
      },
    [across],
  );
  const counts = {
    annotations: data.annotations.length,
    claims: claims.store.claims.length,
    entities: entities.length,
  };
  // ← → (and Home/End) move between the tabs; kept from the reader's word keys.
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabAfter(event.key, TAB_ORDER.indexOf(tab), document.documentElement.dir === 'rtl');
    if (next === null) return;
    event.preventDefault();
    const id = TAB_ORDER[next] ?? 'annotations';
    setTab(id);
    document.getElementById(`panel-tab-${id}`)?.focus();
  };

  return (
    <aside className="annotation-panel" ref={panelRef}>
      <CoderPanel {...props.coders} language={articleLanguage} taxonomy={data.taxonomy} />
      <div className="panel-tabs">
        {/* Only tabs in the tab list (axe: aria-required-children); one Tab stop, arrows between tabs. */}
        <div role="tablist" onKeyDown={onTabKey}>
          {TAB_ORDER.map((id) => (
            <button
              key={id}
              id={`panel-tab-${id}`}
              type="button"
              role="tab"
              aria-selected={tab === id}
              aria-controls="panel-tabpanel"
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
            >
              {t(TABS[id].title)}
            </button>
          ))}
        </div>
        <button type="button" className="link" onClick={props.onHelp} aria-label={t('shortcuts.title')}>
          ?
        </button>
      </div>
      <div role="tabpanel" id="panel-tabpanel" aria-labelledby={`panel-tab-${tab}`}>
        {selected && tab === 'annotations' && (
          <AnnotationEditor
            key={`${selected.id}:${selected.note ?? ''}`}
            annotation={selected}
            tags={tags}
            entities={entities}
            inArticle={props.entityLinks}
            pickerRequested={pickerRequested}
            onPickerOpened={onPickerOpened}
            articleLanguage={articleLanguage}
            list={data.annotations}
            countMentions={actions.countMentions}
            onUpdate={(patch) => void actions.update(selected, patch)}
            onMoveEdge={(edge, how, unit) => void actions.moveEdge(selected, edge, how, unit)}
            onTagAll={() => void actions.tagAll(selected)}
            onTagAcross={() => setAcross(selected)}
            onNewEntity={() => void actions.newEntity(selected)}
            onDelete={() => void actions.remove(selected)}
            onClose={props.onDeselect}
          />
        )}
        {tab === 'annotations' && (
          <OrphanList
            orphans={props.orphans}
            articleLanguage={articleLanguage}
            canAttach={props.canAttach}
            onAttach={(a) => void actions.attach(a)}
          />
        )}
        {tab === 'annotations' && <TagLegend taxonomy={data.taxonomy} tags={tags} />}
        <CountedPanel key={tab} names={TABS[tab].names} title={t(TABS[tab].title)} count={counts[tab]}>
          {tab === 'claims' && (
            <ClaimsPanel
              store={claims.store}
              frames={claims.frames}
              annotations={data.annotations}
              selectedId={claims.chosen}
              onSelect={claims.setChosen}
              onHover={claims.setHovered}
              onNew={(frame) => claims.draft.start(frame, null)}
            />
          )}
          {tab === 'annotations' && (
            <AnnotationPanel
              {...data}
              store={props.store}
              selectedId={selected?.id ?? null}
              scrollerRef={panelRef}
              onSelect={actions.selectAnnotation}
              onDelete={onDelete}
            />
          )}
          {tab === 'entities' && (
            <EntitiesPanel
              entities={entities}
              onSave={(input) => void actions.saveEntity(input)}
              onDelete={(id) => void actions.deleteEntity(id)}
              onOpenMention={props.onOpenMention}
            />
          )}
        </CountedPanel>
      </div>
      {across && (
        <MentionsDialog
          phrase={across.quote}
          query={acrossQuery ?? { phrases: [] }}
          tag={across.tag}
          tags={tags}
          entityId={across.entityId}
          currentArticleId={props.articleId}
          history={props.history}
          notify={props.notify}
          onClose={() => setAcross(null)}
          onApplied={(groups) => {
            setAcross(null);
            props.onTaggedAcross(groups);
          }}
        />
      )}
    </aside>
  );
}
