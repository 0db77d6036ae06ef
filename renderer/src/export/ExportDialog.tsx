/**
 * "Export…": which articles (the open one, a selection, the whole library),
 * which format (Hamish JSON, W3C Web Annotation, CSV, brat, REFI-QDA project or codebook) and how; main
 * then asks where to save (brat: a new folder) and writes.
 */

import { CoderFilter } from './CoderFilter';
import { codersOf } from './coder-choices';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat, type ExportRequest } from '../../../shared/export/export-request';
import type { ArticleMeta } from '../../../shared/model';
import type { AppError } from '../../../shared/result';
import { api } from '../api';
import { errorMessage } from '../i18n/i18n';
import type { Notify } from '../status';
import './transfer.css';
import { Modal } from '../ui/Modal';
import { IsolatedRuns } from '../ui/IsolatedRuns';
import { ModalActions } from '../ui/ModalActions';

type Scope = 'open' | 'selected' | 'library';

interface Props {
  /** The article open in the reader, if any. */
  openArticleId: string | null;
  onClose: () => void;
  notify: Notify;
}

export function ExportDialog({ openArticleId, onClose, notify }: Props) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<Scope>(openArticleId ? 'open' : 'library');
  const [format, setFormat] = useState<ExportFormat>('json');
  const [pretty, setPretty] = useState(true);
  const [includeText, setIncludeText] = useState(true);
  const [coderText, setCoderText] = useState('');
  const [articles, setArticles] = useState<ArticleMeta[]>([]);
  const [selected, setSelected] = useState<Set<string>>(() => new Set(openArticleId ? [openArticleId] : []));
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.listArticles().then((result) => {
      if (result.ok) setArticles(result.value);
      else setError(result.error);
    });
  }, []);

  const articleIds =
    scope === 'open' && openArticleId
      ? [openArticleId]
      : scope === 'selected'
        ? articles.filter((a) => selected.has(a.id)).map((a) => a.id)
        : undefined;

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = async (event: React.SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const coders = codersOf(coderText);
    const request: ExportRequest = {
      ...{ format, pretty, includeText, ...(articleIds ? { articleIds } : {}) },
      ...(coders ? { coders } : {}),
    };
    const result = await api.exportLibrary(request);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      notify({ kind: 'error', error: result.error });
    } else if (result.value) {
      const { path, articles: count, annotations, orphaned, codes } = result.value;
      const key =
        codes !== undefined
          ? 'transfer.exportedCodebook'
          : orphaned > 0
            ? 'transfer.exportedOrphans'
            : 'transfer.exported';
      notify({
        kind: 'info',
        key,
        params: { path, articles: count, annotations, orphaned, codes: codes ?? 0 },
      });
      onClose();
    }
  };

  const radio = (value: Scope, disabled = false) => (
    <label className="choice">
      <input
        type="radio"
        name="scope"
        value={value}
        checked={scope === value}
        disabled={disabled}
        onChange={() => setScope(value)}
      />
      {t(`transfer.scope.${value}`)}
    </label>
  );

  return (
    <Modal
      title={t('transfer.exportHeading')}
      className="transfer-dialog"
      testId="export-dialog"
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
    >
      <fieldset>
        <legend>{t('transfer.scope.legend')}</legend>
        {radio('open', !openArticleId)}
        {radio('selected')}
        {radio('library')}
      </fieldset>
      {scope === 'selected' && (
        <ul className="transfer-articles" aria-label={t('transfer.scope.selected')}>
          {articles.map((a) => (
            <li key={a.id}>
              <label className="choice">
                <input type="checkbox" checked={selected.has(a.id)} onChange={() => toggle(a.id)} />
                <span dir="auto" lang={a.language}>
                  {a.title}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <label>
        {t('transfer.format.legend')}
        <select name="format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`transfer.format.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted transfer-hint">{t(`transfer.formatHint.${format}`)}</p>
      {(format === 'json' || format === 'w3c') && (
        <label className="choice">
          <input type="checkbox" checked={pretty} onChange={(e) => setPretty(e.target.checked)} />
          {t('transfer.pretty')}
        </label>
      )}
      {format === 'json' && (
        <label className="choice">
          <input type="checkbox" checked={includeText} onChange={(e) => setIncludeText(e.target.checked)} />
          {t('transfer.includeText')}
        </label>
      )}
      {format !== 'qdc' && <CoderFilter value={coderText} onChange={setCoderText} />}
      {error && (
        <p className="transfer-error" role="alert">
          <IsolatedRuns text={errorMessage(error)} />
        </p>
      )}
      <ModalActions
        submit={t('transfer.exportButton')}
        onCancel={onClose}
        disabled={busy || articleIds?.length === 0}
      />
    </Modal>
  );
}
