/**
 * The library's canonical entities with their mention counts across the
 * library; each can be renamed (Arabic and English), given a kind and
 * aliases (one per line, used by "tag all mentions"), or deleted; an open
 * entity lists its mentions across the library (EntityMentions). The
 * reader's side panel shows it as a tab, in its titled, counted section.
 */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_KINDS, type EntityInput, type EntityKind, type EntitySummary } from '../../../shared/model';
import type { TextSpan } from '../../../shared/search-passage';
import { labelIn } from '../labels';
import { SelectField } from '../ui/SelectField';
import { EntityMentions } from './EntityMentions';
import '../mentions/mentions.css';

interface Props {
  entities: readonly EntitySummary[];
  onSave: (input: EntityInput) => void;
  onDelete: (id: string) => void;
  /** Opens an article at one of an entity's mentions. */
  onOpenMention: (articleId: string, focus: TextSpan) => void;
}

function EntityForm({
  summary,
  onSave,
  onDelete,
}: { summary: EntitySummary } & Pick<Props, 'onSave' | 'onDelete'>) {
  const { t } = useTranslation();
  const { entity } = summary;
  const [ar, setAr] = useState(entity.name.ar);
  const [en, setEn] = useState(entity.name.en);
  const [kind, setKind] = useState<EntityKind>(entity.kind);
  const [aliases, setAliases] = useState(entity.aliases.join('\n'));
  return (
    <form
      className="entity-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ id: entity.id, name: { ar, en }, kind, aliases: aliases.split('\n') });
      }}
    >
      <label>
        {t('entities.nameAr')}
        <input lang="ar" dir="rtl" value={ar} onChange={(e) => setAr(e.target.value)} />
      </label>
      <label>
        {t('entities.nameEn')}
        <input lang="en" dir="ltr" value={en} onChange={(e) => setEn(e.target.value)} />
      </label>
      <SelectField
        label={t('entities.kind')}
        value={kind}
        values={ENTITY_KINDS}
        labelOf={(k) => t(`entities.kinds.${k}`)}
        onChange={setKind}
      />
      <label>
        {t('entities.aliases')}
        <textarea dir="auto" rows={3} value={aliases} onChange={(e) => setAliases(e.target.value)} />
      </label>
      <div className="editor-row">
        <button type="submit" className="primary">
          {t('entities.save')}
        </button>
        <button type="button" className="danger" onClick={() => onDelete(entity.id)}>
          {t('actions.delete')}
        </button>
      </div>
    </form>
  );
}

export function EntitiesPanel({ entities, onSave, onDelete, onOpenMention }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      {entities.length === 0 && <p className="panel-empty">{t('entities.empty')}</p>}
      <ul className="entity-list">
        {entities.map((summary) => {
          const { entity } = summary;
          const other = i18n.language.startsWith('en') ? entity.name.ar : entity.name.en;
          return (
            <li key={entity.id} className="entity-item" data-entity-id={entity.id}>
              <button
                type="button"
                className="entity-open"
                aria-expanded={open === entity.id}
                onClick={() => setOpen(open === entity.id ? null : entity.id)}
              >
                <span className="entity-name" dir="auto">
                  {labelIn(entity.name, i18n.language) || entity.name.ar || entity.name.en}
                </span>
                {other && (
                  <span className="panel-meta" dir="auto">
                    {other}
                  </span>
                )}
                <span className="panel-meta">
                  {t(`entities.kinds.${entity.kind}`)} ·{' '}
                  <span data-testid="entity-mentions">
                    {t('entities.mentions', { count: summary.mentions, articles: summary.articles })}
                  </span>
                </span>
              </button>
              {open === entity.id && (
                <EntityForm
                  key={entity.updatedAt}
                  summary={summary}
                  onSave={(input) => {
                    onSave(input);
                    setOpen(null);
                  }}
                  onDelete={onDelete}
                />
              )}
              {open === entity.id && (
                <EntityMentions entityId={entity.id} version={summary.mentions} onOpen={onOpenMention} />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
