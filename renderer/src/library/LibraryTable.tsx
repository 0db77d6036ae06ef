/**
 * The library as a table: title, source, date, language, annotation counts
 * per taxonomy type, and reading status; every header sorts. Rows open the
 * article, edit its metadata, or move it to (or back from) the trash.
 */

import { useTranslation } from 'react-i18next';
import type { ArticleQuery, SortKey } from '../../../shared/library-query';
import { statusOf } from '../../../shared/library-query';
import { ARTICLE_STATUSES, directionOf, type ArticleMeta, type ArticleStatus } from '../../../shared/model';
import type { Taxonomy } from '../../../shared/taxonomy';
import { labelIn } from '../labels';
import { DateValue } from '../ui/DateValue';

interface Props {
  items: ArticleMeta[];
  taxonomy: Taxonomy | null;
  sort: ArticleQuery['sort'];
  trash: boolean;
  onSort: (key: SortKey) => void;
  onOpen: (id: string) => void;
  onStatus: (meta: ArticleMeta, status: ArticleStatus) => void;
  onEdit: (meta: ArticleMeta) => void;
  onTrash: (meta: ArticleMeta) => void;
  onRestore: (meta: ArticleMeta) => void;
}

export function LibraryTable(props: Props) {
  const { items, taxonomy, sort, trash } = props;
  const { t, i18n } = useTranslation();
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const types = taxonomy?.types ?? [];

  const header = (key: SortKey, label: string, extra?: React.ReactNode) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="sort-button" onClick={() => props.onSort(key)}>
        {extra}
        {label}
        <span aria-hidden="true" className="sort-mark">
          {sort.key === key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );

  return (
    <table className="library-table" data-testid="library-table">
      <thead>
        <tr>
          {header('title', t('columns.title'))}
          {header('source', t('columns.source'))}
          {header('date', t('columns.date'))}
          {header('language', t('columns.language'))}
          {types.map((type) => (
            <th key={type.id} scope="col" className="count-col" aria-sort={undefined}>
              <button
                type="button"
                className="sort-button"
                title={labelIn(type.label, i18n.language)}
                onClick={() => props.onSort(`type:${type.id}`)}
              >
                <span className="type-dot" style={{ backgroundColor: type.color }} aria-hidden="true" />
                {labelIn(type.label, i18n.language)}
                <span aria-hidden="true" className="sort-mark">
                  {sort.key === `type:${type.id}` ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          ))}
          {header('status', t('columns.status'))}
          <th scope="col">
            <span className="visually-hidden">{t('columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id} className="article-row" data-article-id={a.id}>
            <td className="title-cell">
              <button
                type="button"
                className="article-open"
                dir={directionOf(a.language)}
                onClick={() => props.onOpen(a.id)}
              >
                {/* The title's own text sets its direction ("17-jawhara-intl.ar" stays in order in an Arabic row). */}
                <span className="article-title" lang={a.language} dir="auto">
                  {a.title}
                </span>
              </button>
            </td>
            <td dir="auto">{a.source || <span className="muted">{t('library.unknownSource')}</span>}</td>
            <td className="nowrap">
              {a.date ? <DateValue value={a.date} /> : <span className="no-date">{t('library.noDate')}</span>}
            </td>
            <td>{safeLanguageName(languageName, a.language)}</td>
            {types.map((type) => (
              <td key={type.id} className="count-col">
                {a.annotationCounts?.[type.id] ?? 0}
              </td>
            ))}
            <td>
              <select
                className="status-select"
                aria-label={t('columns.statusOf', { title: a.title })}
                value={statusOf(a)}
                data-status={statusOf(a)}
                disabled={trash}
                onChange={(e) => props.onStatus(a, e.target.value as ArticleStatus)}
              >
                {ARTICLE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`readingStatus.${s}`)}
                  </option>
                ))}
              </select>
            </td>
            <td className="row-actions">
              {trash ? (
                <RowButton
                  text={t('trash.restore')}
                  label={t('trash.restoreOne', { title: a.title })}
                  onClick={() => props.onRestore(a)}
                />
              ) : (
                <>
                  <RowButton
                    text={t('meta.edit')}
                    label={t('meta.editOne', { title: a.title })}
                    onClick={() => props.onEdit(a)}
                  />
                  <button
                    type="button"
                    className="icon-button"
                    title={t('trash.move')}
                    aria-label={t('trash.moveOne', { title: a.title })}
                    onClick={() => props.onTrash(a)}
                  >
                    ×
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function safeLanguageName(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A row's text button; `label` (its accessible name) names the row's article. */
function RowButton(props: { text: string; label: string; onClick: () => void }) {
  return (
    <button type="button" onClick={props.onClick} aria-label={props.label}>
      {props.text}
    </button>
  );
}
