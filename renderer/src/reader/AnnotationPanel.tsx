/**
 * The annotations tab of the reader's side panel (which gives it its titled,
 * counted section): the article's annotations, grouped by type (taxonomy
 * order, counts per group) or in text order, filtered by type, with each
 * one's note and entity. Selection follows the text both ways: clicking an
 * item selects and shows the annotation; selecting in the text marks the item.
 * The list is windowed (use-virtual-rows): with 10,000 annotations only the
 * rows near the viewport exist in the DOM, so opening and editing stay fast.
 * The cards are one Tab stop, walked with ↑ ↓ (use-roving-cards). The rows
 * are an index (panel-row-index.ts) that an edit updates from the store's
 * recorded change, not regrouped; rows are memoised (PanelRows.tsx): an edit
 * re-renders the card it changed.
 */

import { memo, useEffect, useEffectEvent, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, EntitySummary } from '../../../shared/model';
import type { TagDefinition, Taxonomy } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { HEADING_HEIGHT, itemHeight, type RowConfig } from './panel-row-index';
import { PanelCard, PanelHeading } from './PanelRows';
import { usePanelRows, type PanelStore } from './use-panel-rows';
import { useRovingCards } from './use-roving-cards';
import { useVirtualRows } from './use-virtual-rows';

export type { PanelRow } from './panel-row-index';
export type { PanelStore } from './use-panel-rows';

/** What the reader shows of an article's annotations: the scheme, the annotations, the entities. */
export interface ArticleAnnotations {
  taxonomy: Taxonomy;
  tags: TagDefinition[];
  annotations: readonly Annotation[];
  entities: readonly EntitySummary[];
  articleLanguage: string;
}

interface Props extends ArticleAnnotations {
  /** The annotation store: an edit updates the rows it changed (without it, every change rebuilds them). */
  store?: PanelStore | undefined;
  selectedId: string | null;
  /** The element that scrolls the panel (the list is windowed against it). */
  scrollerRef: RefObject<HTMLElement | null>;
  onSelect: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}

type Grouping = 'type' | 'text';

/** Space between item cards (part of the item's row, not of its card). */
const ROW_GAP = 6;

export const AnnotationPanel = memo(function AnnotationPanel(props: Props) {
  const { taxonomy, tags, annotations, entities, articleLanguage, selectedId, scrollerRef, store } = props;
  const { t, i18n } = useTranslation();
  const [grouping, setGrouping] = useState<Grouping>('type');
  const [filter, setFilter] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const tagById = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  const entityName = useMemo(
    () =>
      new Map(
        entities.map(({ entity }) => [entity.id, labelIn(entity.name, i18n.language) || entity.name.ar]),
      ),
    [entities, i18n.language],
  );

  const config = useMemo((): RowConfig => {
    const typeOf = (a: Annotation) => tagById.get(a.tag)?.typeId ?? null;
    const types = taxonomy.types.filter((type) => filter === '' || type.id === filter);
    if (grouping === 'text')
      return {
        groupOf: (a) => (filter === '' || typeOf(a) === filter ? '' : null),
        groups: [{ id: '', head: null }],
      };
    return {
      groupOf: (a) => {
        const type = typeOf(a);
        return type !== null && (filter === '' || type === filter) ? type : null;
      },
      groups: types.map((type) => ({
        id: type.id,
        head: { id: type.id, title: labelIn(type.label, i18n.language), color: type.color },
      })),
    };
  }, [filter, grouping, taxonomy, tagById, i18n.language]);
  const index = usePanelRows(config, annotations, store);
  const virtual = useVirtualRows(index, scrollerRef, listRef);
  const { reveal } = virtual;
  const shown = index.rows(virtual.from, virtual.to);
  const cards = useRovingCards(index, virtual.from, shown, selectedId, reveal, listRef);

  // Only a new selection scrolls the list; later edits of the rows leave the scroll alone,
  // so the rows are read through an effect event, not listed as a trigger. It waits for the
  // next frame, whose layout it then reads, rather than forcing one in the edit's own script.
  const revealSelected = useEffectEvent((id: string) => {
    const a = store?.find(id) ?? annotations.find((x) => x.id === id);
    if (a) reveal(index.rowOf(a));
  });
  useEffect(() => {
    if (!selectedId) return;
    const frame = requestAnimationFrame(() => revealSelected(selectedId));
    return () => cancelAnimationFrame(frame);
  }, [selectedId]);

  return (
    <>
      <div className="panel-controls">
        <label>
          {t('annotate.groupBy')}
          <select
            value={grouping}
            data-testid="panel-grouping"
            onChange={(e) => setGrouping(e.target.value as Grouping)}
          >
            <option value="type">{t('annotate.byType')}</option>
            <option value="text">{t('annotate.byText')}</option>
          </select>
        </label>
        <label>
          {t('annotate.filter')}
          <select value={filter} data-testid="panel-filter" onChange={(e) => setFilter(e.target.value)}>
            <option value="">{t('annotate.allTypes')}</option>
            {taxonomy.types.map((type) => (
              <option key={type.id} value={type.id}>
                {labelIn(type.label, i18n.language)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {annotations.length === 0 && <p className="panel-empty">{t('reader.panelEmpty')}</p>}
      <div
        ref={listRef}
        className="panel-list"
        role="list"
        // Rows are in flow below this padding: adding a row moves no other row's props.
        style={{ blockSize: virtual.total, paddingBlockStart: index.offsetOf(virtual.from) }}
        onKeyDown={(e) => cards.onKey(e, props.onDelete)}
      >
        {shown.map((row) => {
          const height = row.kind === 'heading' ? HEADING_HEIGHT : itemHeight(row.annotation);
          if (row.kind === 'heading') {
            const { id, title, color, count } = row;
            return <PanelHeading key={`h:${id}`} {...{ id, title, color, count, height }} />;
          }
          const a = row.annotation;
          return (
            <PanelCard
              key={a.id}
              annotation={a}
              tag={tagById.get(a.tag)}
              entity={a.entityId ? entityName.get(a.entityId) : undefined}
              selected={a.id === selectedId}
              tabbable={a.id === cards.tabbable}
              articleLanguage={articleLanguage}
              height={height - ROW_GAP}
              gap={ROW_GAP}
              onSelect={props.onSelect}
              onDelete={props.onDelete}
              onFocus={cards.setActive}
            />
          );
        })}
      </div>
    </>
  );
});
