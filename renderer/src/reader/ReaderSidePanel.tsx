/**
 * The reader's side panel: tabs for the annotation list and the entities,
 * the "?" that opens the shortcuts, and the editor of the selected annotation
 * above the list.
 */

import { useCallback, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model';
import { EntitiesPanel } from '../entities/EntitiesPanel';
import { CountedPanel, type PanelNames } from '../ui/CountedPanel';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationPanel, type ArticleAnnotations } from './AnnotationPanel';
import { OrphanList } from './OrphanList';
import type { ReaderActions } from './reader-actions';
import './side-panel.css';

type Tab = 'annotations' | 'entities';

/** Each tab, in order: its title (a locale key) and how its counted section is named. */
const TABS: Record<Tab, { title: string; names: PanelNames }> = {
  annotations: {
    title: 'reader.panelTitle',
    names: { className: 'panel-annotations', titleId: 'panel-title', testId: 'annotation-panel' },
  },
  entities: {
    title: 'entities.title',
    names: { className: 'entities-panel', titleId: 'entities-title', testId: 'entities-panel' },
  },
};
const TAB_ORDER: Tab[] = ['annotations', 'entities'];

interface Props {
  /** The scheme, annotations and entities the panel shows (the annotations tab gets them as they are). */
  data: ArticleAnnotations;
  selected: Annotation | null;
  /** How many untagged mentions "tag all" would add for the selected annotation. */
  mentionCount: number;
  actions: ReaderActions;
  /** Annotations whose quote was not found on load (listed to be attached by hand). */
  orphans: Annotation[];
  /** True while there is a selection in the text an orphan can be attached to. */
  canAttach: boolean;
  panelRef: RefObject<HTMLElement | null>;
  onDeselect: () => void;
  onHelp: () => void;
}

/** The side panel of the reader for one loaded article (the reader passes its stable actions). */
export function ReaderSidePanel({ panelRef, ...props }: Props) {
  const { t } = useTranslation();
  const { selected, actions, data } = props;
  const { tags, entities, articleLanguage } = data;
  const [tab, setTab] = useState<Tab>('annotations');
  // Stable handlers, so the (memoised) list does not re-render as the article mounts.
  const onDelete = useCallback((a: Annotation) => void actions.remove(a), [actions]);

  return (
    <aside className="annotation-panel" ref={panelRef}>
      <div className="panel-tabs" role="tablist">
        {TAB_ORDER.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {t(TABS[id].title)}
          </button>
        ))}
        <button type="button" className="link" onClick={props.onHelp} aria-label={t('shortcuts.title')}>
          ?
        </button>
      </div>
      {selected && tab === 'annotations' && (
        <AnnotationEditor
          key={`${selected.id}:${selected.note ?? ''}`}
          annotation={selected}
          tags={tags}
          entities={entities}
          articleLanguage={articleLanguage}
          mentionCount={props.mentionCount}
          onUpdate={(patch) => void actions.update(selected, patch)}
          onMoveEdge={(edge, how, unit) => void actions.moveEdge(selected, edge, how, unit)}
          onTagAll={() => void actions.tagAll(selected)}
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
      <CountedPanel
        key={tab}
        names={TABS[tab].names}
        title={t(TABS[tab].title)}
        count={tab === 'annotations' ? data.annotations.length : entities.length}
      >
        {tab === 'annotations' ? (
          <AnnotationPanel
            {...data}
            selectedId={selected?.id ?? null}
            scrollerRef={panelRef}
            onSelect={actions.selectAnnotation}
            onDelete={onDelete}
          />
        ) : (
          <EntitiesPanel
            entities={entities}
            onSave={(input) => void actions.saveEntity(input)}
            onDelete={(id) => void actions.deleteEntity(id)}
          />
        )}
      </CountedPanel>
    </aside>
  );
}
