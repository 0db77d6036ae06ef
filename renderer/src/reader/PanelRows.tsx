/**
 * The rows of the windowed annotation list (AnnotationPanel): a type's
 * heading and one annotation's card. Each is memoised on plain props (the
 * annotation object, its tag, whether it is selected or the list's Tab
 * stop), and rows sit in normal flow after the list's top padding, so an edit
 * re-renders the one card it changed: the cards above and below keep their
 * props even when a row is added or removed before them.
 */

import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model';
import type { TagDefinition } from '../../../shared/taxonomy';
import { tagTitle } from './AnnotationEditor';
import { countRender } from './render-probe';
import { isDraft } from './use-annotation-actions';

interface HeadingProps {
  id: string;
  title: string;
  color: string;
  count: number;
  /** Block size in CSS pixels. */
  height: number;
}

/** A type's heading in the list grouped by type: its colour, name and count. */
export const PanelHeading = memo(function PanelHeading({ id, title, color, count, height }: HeadingProps) {
  countRender('heading', id);
  return (
    <div role="listitem" className="panel-group" data-type={id} style={{ blockSize: height }}>
      <h3>
        <span className="swatch" style={{ backgroundColor: color }} />
        {title}
        <span className="group-count">{count}</span>
      </h3>
    </div>
  );
});

interface CardProps {
  annotation: Annotation;
  tag: TagDefinition | undefined;
  /** The linked entity's name, if any. */
  entity: string | undefined;
  selected: boolean;
  /** The list's one Tab stop (a roving tabindex, see use-roving-cards). */
  tabbable: boolean;
  articleLanguage: string;
  /** Block size of the card, and the space after it, in CSS pixels. */
  height: number;
  gap: number;
  onSelect: (annotation: Annotation) => void;
  onDelete: (annotation: Annotation) => void;
  onFocus: (id: string) => void;
}

/** One annotation's card: its quote, tag, entity and note; a click selects it, × deletes it. */
export const PanelCard = memo(function PanelCard(props: CardProps) {
  const { annotation: a, tag, entity } = props;
  const { t, i18n } = useTranslation();
  countRender('card', a.id);
  return (
    <div
      role="listitem"
      className="panel-item"
      data-annotation-id={a.id}
      data-tag={a.tag}
      aria-current={props.selected ? 'true' : undefined}
      aria-busy={isDraft(a) ? 'true' : undefined}
      style={{ blockSize: props.height, marginBlockEnd: props.gap }}
    >
      <span className="swatch" style={{ backgroundColor: tag?.color }} />
      <button
        type="button"
        className="panel-quote"
        tabIndex={props.tabbable ? 0 : -1}
        onFocus={() => props.onFocus(a.id)}
        title={t('reader.goTo', { quote: a.quote })}
        onClick={() => props.onSelect(a)}
      >
        <span lang={props.articleLanguage} dir="auto">
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
        // One Tab stop per card: the Delete key removes the focused card's annotation.
        tabIndex={-1}
        aria-label={t('reader.deleteAnnotation', { quote: a.quote })}
        title={t('actions.delete')}
        // A delete while the annotation is still being saved would be dropped: wait for the save.
        disabled={isDraft(a)}
        onClick={() => props.onDelete(a)}
      >
        ×
      </button>
    </div>
  );
});
