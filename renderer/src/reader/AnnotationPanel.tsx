/**
 * Side panel listing the article's annotations grouped by tag, in taxonomy
 * order and, within a tag, in text order. Click goes to the passage; × deletes.
 */

import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model';
import type { TagDefinition } from '../../../shared/taxonomy';
import { labelIn } from '../labels';

interface Props {
  tags: TagDefinition[];
  annotations: readonly Annotation[];
  articleLanguage: string;
  onGoTo: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
}

export function AnnotationPanel({ tags, annotations, articleLanguage, onGoTo, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const groups = tags
    .map((tag) => ({ tag, items: annotations.filter((a) => a.tag === tag.id) }))
    .filter((g) => g.items.length > 0);

  return (
    <aside className="annotation-panel" aria-labelledby="panel-title" data-testid="annotation-panel">
      <header className="panel-header">
        <h2 id="panel-title">{t('reader.panelTitle')}</h2>
        <span className="count-badge">{annotations.length}</span>
      </header>
      {groups.length === 0 && <p className="panel-empty">{t('reader.panelEmpty')}</p>}
      {groups.map(({ tag, items }) => {
        const label =
          tag.typeId === tag.id
            ? labelIn(tag.label, i18n.language)
            : `${labelIn(tag.typeLabel, i18n.language)}: ${labelIn(tag.label, i18n.language)}`;
        return (
          <section key={tag.id} className="panel-group" data-tag={tag.id}>
            <h3>
              <span className="swatch" style={{ backgroundColor: tag.color }} />
              {label}
              <span className="group-count">{items.length}</span>
            </h3>
            <ul>
              {items.map((a) => (
                <li key={a.id} className="panel-item" data-annotation-id={a.id}>
                  <button
                    type="button"
                    className="panel-quote"
                    lang={articleLanguage}
                    dir="auto"
                    title={t('reader.goTo', { quote: a.quote })}
                    onClick={() => onGoTo(a)}
                  >
                    {a.quote}
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('reader.deleteAnnotation', { quote: a.quote })}
                    title={t('actions.delete')}
                    onClick={() => onDelete(a)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
