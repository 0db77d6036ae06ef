/**
 * "New article": paste a text with its title, source, date and language, or
 * fill the form from a .txt file picked in the system dialog. The date is
 * typed as the interface language writes dates (DateField), not in
 * Chromium's mm/dd/yyyy; one that does not read is shown with why, and
 * nothing is added.
 */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedTextFile } from '../../../shared/ipc-contract';
import type { DateInputProblem } from '../../../shared/date-input';
import type { ArticleMeta } from '../../../shared/model';
import { ARTICLE_META_LENGTHS } from '../../../shared/schema/limits';
import { api } from '../api';
import { DateField, dateToSave } from '../library/DateField';
import type { Notify } from '../status';
import { Modal } from '../ui/Modal';
import { ModalActions } from '../ui/ModalActions';
import { useDialogSave } from '../ui/use-dialog-save';

interface Props {
  onClose: () => void;
  onAdded: (meta: ArticleMeta) => void;
  notify: Notify;
  /** A file already picked (File › Open text file…) to fill the form with. */
  initial?: PickedTextFile | null;
}

export function NewArticleDialog({ onClose, onAdded, notify, initial = null }: Props) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [source, setSource] = useState('');
  const [dateInput, setDateInput] = useState('');
  const [dateProblem, setDateProblem] = useState<DateInputProblem | null>(null);
  const [language, setLanguage] = useState('ar');
  const [text, setText] = useState(initial?.text ?? '');
  const { busy, save } = useDialogSave(notify);

  const pickFile = async () => {
    const result = await api.openTextFile();
    if (!result.ok) {
      notify({ kind: 'error', error: result.error });
      return;
    }
    if (!result.value) return;
    setTitle((current) => current || result.value?.title || '');
    setText(result.value.text);
  };

  const submit = async (event: React.SyntheticEvent) => {
    event.preventDefault();
    const date = dateToSave(dateInput, '', i18n.language);
    setDateProblem(date.ok ? null : date.problem);
    if (!date.ok) return;
    await save(
      () => api.addArticle({ title, text, source, date: date.value, language }),
      'status.added',
      onAdded,
    );
  };

  return (
    <Modal title={t('form.heading')} onClose={onClose} onSubmit={(e) => void submit(e)}>
      <label>
        {t('form.title')}
        <input
          data-autofocus
          name="title"
          dir="auto"
          required
          maxLength={ARTICLE_META_LENGTHS.title}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <div className="form-row">
        <label>
          {t('form.source')}
          <input
            name="source"
            dir="auto"
            maxLength={ARTICLE_META_LENGTHS.source}
            value={source}
            onChange={(e) => setSource(e.target.value)}
          />
        </label>
        <DateField text={dateInput} problem={dateProblem} onChange={setDateInput} />
        <label>
          {t('form.language')}
          <select name="language" value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="ar">{t('form.languageAr')}</option>
            <option value="en">{t('form.languageEn')}</option>
          </select>
        </label>
      </div>
      <label className="grow">
        {t('form.text')}
        <textarea
          name="text"
          dir="auto"
          lang={language}
          required
          placeholder={t('form.textPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <ModalActions submit={t('actions.add')} onCancel={onClose} disabled={busy}>
        <button type="button" onClick={() => void pickFile()}>
          {t('actions.openFile')}
        </button>
      </ModalActions>
    </Modal>
  );
}
