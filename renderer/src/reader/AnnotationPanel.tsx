/**
 * Side panel listing the article's annotations, grouped by type (taxonomy
 * order, counts per group) or in text order, filtered by type, with each
 * one's note and entity. Selection follows the text both ways: clicking an
 * item selects and shows the annotation; selecting in the text marks the item.
 */

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, EntitySummary } from '../../../shared/model';
import type { TagDefinition, Taxonomy } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { tagTitle } from './AnnotationEditor';

interface Props {
  taxonomy: Taxonomy;
  tags: TagDefinition[];
  annotations: readonly Annotation[];
  entities: readonly EntitySummary[];
  articleLanguage: string;
  selectedId: string | null;
  onSelect: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}

type Grouping = 'type' | 'text';

export function AnnotationPanel(props: Props) {
  const { taxonomy, tags, annotations, entities, articleLanguage, selectedId } = props;
  const { t, i18n } = useTranslation();
  const [grouping, setGrouping] = useState<Grouping>('type');
  const [filter, setFilter] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const tagById = new Map(tags.map((tag) => [tag.id, tag]));
  const entityName = new Map(
    entities.map(({ entity }) => [entity.id, labelIn(entity.name, i18n.language) || entity.name.ar]),
  );
  const shown = annotations.filter((a) => filter === '' || tagById.get(a.tag)?.typeId === filter);
  const groups =
    grouping === 'text'
      ? [{ id: 'text', title: null, color: undefined, items: shown }]
      : taxonomy.types
          .map((type) => ({
            id: type.id,
            title: labelIn(type.label, i18n.language),
            color: type.color,
            items: shown.filter((a) => tagById.get(a.tag)?.typeId === type.id),
          }))
          .filter((g) => g.items.length > 0);

  useEffect(() => {
    if (!selectedId) return;
    listRef.current
      ?.querySelector(`[data-annotation-id="${selectedId}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <section className="panel-annotations" aria-labelledby="panel-title" data-testid="annotation-panel">
      <header className="panel-header">
        <h2 id="panel-title">{t('reader.panelTitle')}</h2>
        <span className="count-badge">{annotations.length}</span>
      </header>
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
      <div ref={listRef}>
        {groups.map((group) => (
          <section key={group.id} className="panel-group" data-type={group.id}>
            {group.title && (
              <h3>
                <span className="swatch" style={{ backgroundColor: group.color }} />
                {group.title}
                <span className="group-count">{group.items.length}</span>
              </h3>
            )}
            <ul>
              {group.items.map((a) => {
                const tag = tagById.get(a.tag);
                const entity = a.entityId ? entityName.get(a.entityId) : undefined;
                return (
                  <li
                    key={a.id}
                    className="panel-item"
                    data-annotation-id={a.id}
                    data-tag={a.tag}
                    aria-current={a.id === selectedId ? 'true' : undefined}
                  >
                    <span className="swatch" style={{ backgroundColor: tag?.color }} />
                    <button
                      type="button"
                      className="panel-quote"
                      title={t('reader.goTo', { quote: a.quote })}
                      onClick={() => props.onSelect(a)}
                    >
                      <span lang={articleLanguage} dir="auto">
                        {a.quote}
                      </span>
                      <span className="panel-meta">
                        {tag ? tagTitle(tag, i18n.language) : a.tag}
                        {entity && <span className="panel-entity"> · {entity}</span>}
                      </span>
                      {a.note && (
                        <span className="panel-note" dir="auto">
                          {a.note}
                        </span>
                      )}
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('reader.deleteAnnotation', { quote: a.quote })}
                      title={t('actions.delete')}
                      onClick={() => props.onDelete(a)}
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
