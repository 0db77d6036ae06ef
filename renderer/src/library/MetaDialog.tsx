/**
 * Edits an article's metadata (title, source, date, language, author, URL,
 * status); the text stays as imported. The date is typed as the interface
 * language writes dates (DateField.tsx).
 */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusOf } from '../../../shared/library-query';
import { ARTICLE_STATUSES, type ArticleMeta, type ArticleStatus } from '../../../shared/model';
import { ARTICLE_META_LENGTHS } from '../../../shared/schema/limits';
import type { DateInputProblem } from '../../../shared/date-input';
import { api } from '../api';
import type { Notify } from '../status';
import { Modal } from '../ui/Modal';
import { ModalActions } from '../ui/ModalActions';
import { SelectField } from '../ui/SelectField';
import { useDialogSave } from '../ui/use-dialog-save';
import { dateText } from '../ui/format-date';
import { DateField, dateToSave } from './DateField';

interface Props {
  meta: ArticleMeta;
  notify: Notify;
  onClose: () => void;
  onSaved: (meta: ArticleMeta) => void;
}

/** The longest value each field may hold (the same limits IPC and the library's files hold it to). */
const LENGTHS: Partial<Record<string, number>> = ARTICLE_META_LENGTHS;

export function MetaDialog({ meta, notify, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [dateInput, setDateInput] = useState(() => dateText(meta.date, i18n.language));
  const [dateProblem, setDateProblem] = useState<DateInputProblem | null>(null);
  const [fields, setFields] = useState({
    title: meta.title,
    source: meta.source,
    language: meta.language,
    author: meta.author ?? '',
    url: meta.url ?? '',
  });
  const [status, setStatus] = useState<ArticleStatus>(statusOf(meta));
  const { busy, save } = useDialogSave(notify);

  const submit = async (event: React.SyntheticEvent) => {
    event.preventDefault();
    // A date that cannot be read is shown with the reason, and nothing is saved.
    const date = dateToSave(dateInput, meta.date, i18n.language);
    setDateProblem(date.ok ? null : date.problem);
    if (!date.ok) return;
    await save(
      () => api.updateArticleMeta(meta.id, { ...fields, date: date.value, status }),
      'meta.saved',
      onSaved,
    );
  };

  const input = (key: keyof typeof fields, type = 'text') => (
    <input
      name={key}
      type={type}
      dir={type === 'text' ? 'auto' : 'ltr'}
      value={fields[key]}
      required={key === 'title'}
      maxLength={LENGTHS[key]}
      onChange={(e) => setFields((f) => ({ ...f, [key]: e.target.value }))}
    />
  );

  return (
    <Modal
      title={t('meta.heading')}
      className="meta-dialog"
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
    >
      <label>
        {t('form.title')}
        {input('title')}
      </label>
      <div className="form-row">
        <label>
          {t('form.source')}
          {input('source')}
        </label>
        <label>
          {t('meta.author')}
          {input('author')}
        </label>
      </div>
      <div className="form-row">
        <DateField
          text={dateInput}
          problem={dateProblem}
          onChange={(text) => {
            setDateInput(text);
            setDateProblem(null);
          }}
        />
        <label>
          {t('form.language')}
          <select
            value={fields.language}
            onChange={(e) => setFields((f) => ({ ...f, language: e.target.value }))}
          >
            {[...new Set(['ar', 'en', fields.language])].map((l) => (
              <option key={l} value={l}>
                {l === 'ar' ? t('form.languageAr') : l === 'en' ? t('form.languageEn') : l}
              </option>
            ))}
          </select>
        </label>
        <SelectField
          label={t('columns.status')}
          value={status}
          values={ARTICLE_STATUSES}
          labelOf={(s) => t(`readingStatus.${s}`)}
          onChange={setStatus}
        />
      </div>
      <label>
        {t('meta.url')}
        {input('url', 'url')}
      </label>
      <ModalActions submit={t('meta.save')} onCancel={onClose} disabled={busy} />
    </Modal>
  );
}
