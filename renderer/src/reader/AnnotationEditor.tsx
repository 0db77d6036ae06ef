/**
 * The selected annotation, editable: its tag, a free-text note, the canonical
 * entity it refers to (the EntityPicker combobox, E opens it), its span (a word, a proclitic or a letter more or
 * less on either side), "tag all mentions", and delete. Every change is one undoable step.
 */

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationPatch, EntitySummary } from '../../../shared/model';
import { EDGE_UNITS, type EdgeUnit } from '../../../shared/span-editing';
import type { TagDefinition } from '../../../shared/taxonomy';
import { EntityPicker } from '../entities/EntityPicker';
import { labelIn } from '../labels';
import { focusReaderText } from './focus-text';
import { useMentionCount } from './use-mention-count';

interface Props {
  annotation: Annotation;
  tags: TagDefinition[];
  entities: readonly EntitySummary[];
  /** Entity id → links from this article's annotations (likely entities come first in the picker). */
  inArticle: ReadonlyMap<string, number>;
  /** True when the reader asked for the entity picker (E); onPickerOpened says it opened. */
  pickerRequested: boolean;
  onPickerOpened: () => void;
  articleLanguage: string;
  /** The article's annotations as shown: a change counts the mentions again. */
  list: readonly Annotation[];
  /** Other mentions of the same text (or entity) not yet tagged like this one (see use-mention-count). */
  countMentions: (a: Annotation) => number;
  onUpdate: (patch: AnnotationPatch) => void;
  onMoveEdge: (edge: 'start' | 'end', how: 'grow' | 'shrink', unit: EdgeUnit) => void;
  onTagAll: () => void;
  /** Opens the preview of this annotation's mentions across the library. */
  onTagAcross: () => void;
  onNewEntity: () => void;
  onDelete: () => void;
  onClose: () => void;
}

/** "Demand: Prisoners" or "Actor". */
export function tagTitle(tag: TagDefinition, language: string): string {
  return tag.typeId === tag.id
    ? labelIn(tag.label, language)
    : `${labelIn(tag.typeLabel, language)}: ${labelIn(tag.label, language)}`;
}

export function AnnotationEditor(props: Props) {
  const { annotation, tags, entities, articleLanguage } = props;
  const mentionCount = useMentionCount(annotation, props.list, entities, props.countMentions);
  const { t, i18n } = useTranslation();
  const pickContext = useMemo(
    () => ({ quote: annotation.quote, inArticle: props.inArticle }),
    [annotation.quote, props.inArticle],
  );
  // The same elements while the scheme and language stay: a retag re-renders the editor, not every tag's option.
  const tagOptions = useMemo(
    () =>
      tags.map((tag) => (
        <option key={tag.id} value={tag.id}>
          {tagTitle(tag, i18n.language)}
        </option>
      )),
    [tags, i18n.language],
  );
  const [note, setNote] = useState(annotation.note ?? '');
  const saveNote = () => {
    if (note !== (annotation.note ?? '')) props.onUpdate({ note: note.trim() === '' ? null : note });
  };
  const [unit, setUnit] = useState<EdgeUnit>('word');
  // Word steps keep their original labels; clitic and letter steps say what they move.
  const edge = (which: 'start' | 'end', how: 'grow' | 'shrink', label: string) => (
    <button type="button" onClick={() => props.onMoveEdge(which, how, unit)}>
      {t(unit === 'word' ? label : `${label}_${unit}`)}
    </button>
  );

  return (
    <section
      className="annotation-editor"
      aria-label={t('annotate.editorLabel')}
      data-testid="annotation-editor"
    >
      <header className="editor-header">
        <h3 lang={articleLanguage} dir="auto">
          {annotation.quote}
        </h3>
        <button type="button" className="icon-button" aria-label={t('actions.close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <label>
        {t('annotate.tag')}
        <select
          value={annotation.tag}
          data-testid="editor-tag"
          onChange={(e) => props.onUpdate({ tag: e.target.value })}
        >
          {tagOptions}
        </select>
      </label>
      <label>
        {t('annotate.note')}
        <textarea
          dir="auto"
          rows={2}
          value={note}
          data-testid="editor-note"
          onChange={(e) => setNote(e.target.value)}
          onBlur={saveNote}
          // Esc: back to the text (leaving the box saves the note).
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            focusReaderText();
          }}
        />
      </label>
      {/* Keeps focus in the note, so its blur does not save a second time. */}
      <button
        type="button"
        onMouseDown={(e) => e.preventDefault()}
        onClick={saveNote}
        disabled={note === (annotation.note ?? '')}
      >
        {t('annotate.saveNote')}
      </button>
      <EntityPicker
        linkedId={annotation.entityId}
        entities={entities}
        context={pickContext}
        openNow={props.pickerRequested}
        onOpened={props.onPickerOpened}
        onLink={(entityId) => props.onUpdate({ entityId })}
        onNew={props.onNewEntity}
      />
      <div className="editor-row">
        <button type="button" onClick={props.onTagAll} disabled={!mentionCount}>
          {t('annotate.tagAll', { count: mentionCount ?? 0 })}
        </button>
        <button type="button" onClick={props.onTagAcross}>
          {t('across.open')}
        </button>
      </div>
      <label className="editor-field">
        <span>{t('annotate.step')}</span>
        <select value={unit} onChange={(e) => setUnit(e.target.value as EdgeUnit)}>
          {EDGE_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`annotate.step_${u}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="editor-row span-buttons" role="group" aria-label={t('annotate.span')}>
        {edge('start', 'grow', 'annotate.growStart')}
        {edge('start', 'shrink', 'annotate.shrinkStart')}
        {edge('end', 'shrink', 'annotate.shrinkEnd')}
        {edge('end', 'grow', 'annotate.growEnd')}
      </div>
      <button type="button" className="danger" onClick={props.onDelete}>
        {t('annotate.delete')}
      </button>
    </section>
  );
}
