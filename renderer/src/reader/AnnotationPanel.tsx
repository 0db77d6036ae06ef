/**
 * The annotations tab of the reader's side panel (which gives it its titled,
 * counted section): the article's annotations, grouped by type (taxonomy
 * order, counts per group) or in text order, filtered by type, with each
 * one's note and entity. Selection follows the text both ways: clicking an
 * item selects and shows the annotation; selecting in the text marks the item.
 * The list is windowed (use-virtual-rows): with 10,000 annotations only the
 * rows near the viewport exist in the DOM, so opening and editing stay fast.
 * The cards are one Tab stop, walked with ↑ ↓ (use-roving-cards). Rows are
 * memoised (PanelRows.tsx): an edit re-renders the card it changed.
 */

import { memo, useEffect, useEffectEvent, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, EntitySummary } from '../../../shared/model';
import type { TagDefinition, Taxonomy } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { PanelCard, PanelHeading } from './PanelRows';
import { useRovingCards } from './use-roving-cards';
import { useVirtualRows } from './use-virtual-rows';

/** What the reader shows of an article's annotations: the scheme, the annotations, the entities. */
export interface ArticleAnnotations {
  taxonomy: Taxonomy;
  tags: TagDefinition[];
  annotations: readonly Annotation[];
  entities: readonly EntitySummary[];
  articleLanguage: string;
}

interface Props extends ArticleAnnotations {
  selectedId: string | null;
  /** The element that scrolls the panel (the list is windowed against it). */
  scrollerRef: RefObject<HTMLElement | null>;
  onSelect: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}

type Grouping = 'type' | 'text';

/** Row heights in CSS pixels: a group heading, an item, and the extra line of an item with a note. */
const HEADING_HEIGHT = 48;
const ITEM_HEIGHT = 64;
const NOTE_HEIGHT = 22;
/** Space between item cards (part of the item's row, not of its card). */
const ROW_GAP = 6;

export type PanelRow =
  | { kind: 'heading'; id: string; title: string; color: string; count: number }
  | { kind: 'item'; annotation: Annotation };

function rowHeight(row: PanelRow): number {
  if (row.kind === 'heading') return HEADING_HEIGHT;
  return ITEM_HEIGHT + (row.annotation.note ? NOTE_HEIGHT : 0);
}

export const AnnotationPanel = memo(function AnnotationPanel(props: Props) {
  const { taxonomy, tags, annotations, entities, articleLanguage, selectedId, scrollerRef } = props;
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

  const rows = useMemo((): PanelRow[] => {
    const typeOf = (a: Annotation) => tagById.get(a.tag)?.typeId;
    const shown = filter === '' ? annotations : annotations.filter((a) => typeOf(a) === filter);
    if (grouping === 'text') return shown.map((annotation) => ({ kind: 'item', annotation }));
    const byType = new Map<string, Annotation[]>();
    for (const a of shown) {
      const type = typeOf(a);
      if (type === undefined) continue;
      const list = byType.get(type);
      if (list) list.push(a);
      else byType.set(type, [a]);
    }
    return taxonomy.types.flatMap((type): PanelRow[] => {
      const items = byType.get(type.id);
      if (!items) return [];
      const title = labelIn(type.label, i18n.language);
      return [
        { kind: 'heading', id: type.id, title, color: type.color, count: items.length },
        ...items.map((annotation): PanelRow => ({ kind: 'item', annotation })),
      ];
    });
  }, [annotations, filter, grouping, taxonomy, tagById, i18n.language]);

  const heights = useMemo(() => rows.map(rowHeight), [rows]);
  const virtual = useVirtualRows(heights, scrollerRef, listRef);
  const { reveal } = virtual;
  const cards = useRovingCards(rows, virtual.from, virtual.to, selectedId, reveal, listRef);

  // Only a new selection scrolls the list; later edits of the rows leave the scroll alone,
  // so the rows are read through an effect event, not listed as a trigger.
  const revealSelected = useEffectEvent((id: string) => {
    reveal(rows.findIndex((r) => r.kind === 'item' && r.annotation.id === id));
  });
  useEffect(() => {
    if (selectedId) revealSelected(selectedId);
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
        style={{ blockSize: virtual.total, paddingBlockStart: virtual.offsetOf(virtual.from) }}
        onKeyDown={(e) => cards.onKey(e, props.onDelete)}
      >
        {rows.slice(virtual.from, virtual.to).map((row, k) => {
          const height = heights[virtual.from + k] ?? ITEM_HEIGHT;
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
