/**
 * The entity picker of the selected annotation: an ARIA 1.2 combobox (an
 * input with a list box) over the library's entities. Typing filters by
 * Arabic and English names and aliases (normalised, see
 * shared/entity-ranking.ts), likely entities first; ↑ ↓ only move the
 * active option, Enter (or a click) links it, Esc and Tab leave everything
 * as it was. The last options remove the link and make a new entity from
 * the annotation's text. The reader's E key opens it (`openNow`).
 */

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rankEntities, type PickContext } from '../../../shared/entity-ranking';
import type { EntitySummary } from '../../../shared/model';
import { labelIn } from '../labels';
import { noteLinked, recentEntities } from './recent-entities';
import './entity-picker.css';

/** Most entities listed at once (typing narrows the rest). */
const MAX_SHOWN = 30;

interface Props {
  /** The linked entity's id, if any. */
  linkedId: string | undefined;
  entities: readonly EntitySummary[];
  /** The annotation's text and the article's links (what makes an entity likely). */
  context: Omit<PickContext, 'recent'>;
  /** True when the reader asked for the picker (E): it takes focus and opens, then calls onOpened. */
  openNow: boolean;
  onOpened: () => void;
  /** Links the entity (null: removes the link). */
  onLink: (entityId: string | null) => void;
  onNew: () => void;
}

type Choice = { kind: 'entity'; summary: EntitySummary } | { kind: 'unlink' } | { kind: 'new' };

export function EntityPicker(props: Props) {
  const { linkedId, entities, context, openNow, onOpened } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const nameOf = (s: EntitySummary) =>
    labelIn(s.entity.name, i18n.language) || s.entity.name.ar || s.entity.name.en;
  const linked = entities.find((s) => s.entity.id === linkedId);

  const choices = useMemo((): Choice[] => {
    if (!open) return [];
    const ranked = rankEntities(entities, query, { ...context, recent: recentEntities() });
    return [
      ...ranked.slice(0, MAX_SHOWN).map((summary): Choice => ({ kind: 'entity', summary })),
      ...(linkedId ? [{ kind: 'unlink' } as const] : []),
      { kind: 'new' },
    ];
  }, [open, entities, query, context, linkedId]);

  const show = () => {
    setQuery('');
    setActive(0);
    setOpen(true);
  };
  const leave = () => {
    setOpen(false);
    setQuery('');
    inputRef.current?.blur();
  };
  const apply = (choice: Choice | undefined) => {
    if (!choice) return;
    leave();
    if (choice.kind === 'new') props.onNew();
    else if (choice.kind === 'unlink') props.onLink(null);
    else if (choice.summary.entity.id !== linkedId) {
      noteLinked(choice.summary.entity.id);
      props.onLink(choice.summary.entity.id);
    }
  };

  // The reader's request opens the list (state adjusted while rendering, as React advises)…
  const [requested, setRequested] = useState(false);
  if (openNow !== requested) {
    setRequested(openNow);
    if (openNow) show();
  }
  // …and takes focus, then tells the reader it is served.
  useEffect(() => {
    if (!openNow) return;
    inputRef.current?.focus();
    onOpened();
  }, [openNow, onOpened]);

  // The active option stays in view as the arrows move through a long list.
  useEffect(() => {
    if (open) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active, id]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      e.preventDefault();
      if (!open) show();
      else setActive((i) => (i + step + choices.length) % choices.length);
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      apply(choices[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      leave();
    } else if (e.key === 'Tab') {
      setOpen(false);
      setQuery('');
    }
  };

  const optionId = (i: number) => `${id}-option-${i}`;
  const listId = `${id}-list`;
  const other = (s: EntitySummary) => (i18n.language.startsWith('en') ? s.entity.name.ar : s.entity.name.en);
  const label = (choice: Choice) => {
    if (choice.kind === 'new') return <span>{t('annotate.newEntity')}</span>;
    if (choice.kind === 'unlink') return <span>{t('picker.unlink')}</span>;
    const { summary } = choice;
    const here = context.inArticle.get(summary.entity.id) ?? 0;
    return (
      <>
        <span className="picker-name" dir="auto">
          {nameOf(summary)}
        </span>
        {other(summary) && (
          <span className="panel-meta" dir="auto">
            {other(summary)}
          </span>
        )}
        <span className="panel-meta">
          {t(`entities.kinds.${summary.entity.kind}`)}
          {here > 0 && ` · ${t('picker.inArticle')}`}
        </span>
      </>
    );
  };

  return (
    <div className="entity-picker">
      <label htmlFor={`${id}-input`}>{t('annotate.entity')}</label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        data-testid="editor-entity"
        data-entity-id={linkedId ?? ''}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && choices.length > 0 ? optionId(active) : undefined}
        placeholder={open ? t('picker.placeholder') : t('annotate.noEntity')}
        value={open ? query : linked ? nameOf(linked) : ''}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onClick={() => {
          if (!open) show();
        }}
        onBlur={() => {
          setOpen(false);
          setQuery('');
        }}
      />
      {open && choices.every((c) => c.kind !== 'entity') && (
        <p role="status" className="picker-empty">
          {t('picker.noMatch')}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label={t('annotate.entity')} hidden={!open} className="picker-list">
        {choices.map((choice, i) => (
          <li
            key={choice.kind === 'entity' ? choice.summary.entity.id : choice.kind}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            data-choice={choice.kind}
            className={`picker-option picker-${choice.kind}`}
            // Keeps focus in the input: a click links without a blur closing the list first.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => apply(choice)}
          >
            {label(choice)}
          </li>
        ))}
      </ul>
    </div>
  );
}
