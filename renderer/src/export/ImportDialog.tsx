/**
 * "Import annotations…": choose what happens when an imported annotation has
 * the id of a different one here, then pick a Hamish JSON file. Main checks
 * the whole file before writing anything; the dialog shows its progress
 * (with a Cancel that works until main starts writing), then what was done,
 * or the translated reason and place of a refusal.
 */

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONFLICT_POLICIES,
  type AnnotationImportProgress,
  type ConflictPolicy,
  type ImportReport,
} from '../../../shared/export/export-request';
import type { AppError } from '../../../shared/result';
import { api } from '../api';
import { errorMessage } from '../i18n/i18n';
import type { Notify } from '../status';
import './transfer.css';
import { Modal } from '../ui/Modal';

interface Props {
  onClose: () => void;
  /** Called after a successful import, so lists and the reader reload. */
  onImported: () => void;
  notify: Notify;
}

const COUNTS = [
  'articlesAdded',
  'articlesMerged',
  'annotationsAdded',
  'annotationsReplaced',
  'annotationsKept',
  'annotationsUnchanged',
  'tagsAdded',
  'entitiesAdded',
] as const;

export function ImportDialog({ onClose, onImported, notify }: Props) {
  const { t } = useTranslation();
  const [policy, setPolicy] = useState<ConflictPolicy>('keep-both');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<AnnotationImportProgress | null>(null);
  useEffect(() => api.on('annotation-import-progress', setProgress), []);

  const run = async () => {
    setBusy(true);
    setError(null);
    setProgress(null);
    const result = await api.importAnnotations(policy);
    setBusy(false);
    setProgress(null);
    if (!result.ok) {
      setError(result.error);
      notify({ kind: 'error', error: result.error });
    } else if (result.value) {
      setReport(result.value);
      notify({ kind: 'info', key: 'transfer.imported' });
      onImported();
    }
  };

  return (
    <Modal
      title={t('transfer.importHeading')}
      className="transfer-dialog"
      testId="import-dialog"
      onClose={onClose}
    >
      <p className="muted transfer-hint">{t('transfer.importIntro')}</p>
      <fieldset disabled={busy}>
        <legend>{t('transfer.conflict.legend')}</legend>
        {CONFLICT_POLICIES.map((p) => (
          <label className="choice" key={p}>
            <input
              type="radio"
              name="conflict"
              value={p}
              checked={policy === p}
              onChange={() => setPolicy(p)}
            />
            <span>
              {t(`transfer.conflict.${p}`)}
              <span className="muted transfer-hint"> — {t(`transfer.conflictHint.${p}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {busy && progress && (
        <p className="muted" role="status" data-testid="import-progress">
          {t(`transfer.progress.${progress.phase}`, { done: progress.done, total: progress.total })}
        </p>
      )}
      {error && (
        <p className="transfer-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      {report && (
        <section className="transfer-report" data-testid="import-report" aria-live="polite">
          <dl>
            {COUNTS.map((key) => (
              <div key={key}>
                <dt>{t(`transfer.report.${key}`)}</dt>
                <dd>{report[key]}</dd>
              </div>
            ))}
          </dl>
          {report.problems.length > 0 && (
            <ul className="transfer-problems">
              {report.problems.map((p) => (
                <li key={`${p.articleIndex}`}>
                  <bdi>{p.title}</bdi>: {t(`transfer.problem.${p.kind}`)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <div className="modal-actions">
        <span className="spacer" />
        {busy && progress && progress.phase !== 'writing' && progress.phase !== 'done' ? (
          <button type="button" onClick={() => void api.cancelImport()}>
            {t('transfer.cancelImport')}
          </button>
        ) : (
          <button type="button" onClick={onClose}>
            {t('actions.close')}
          </button>
        )}
        <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
          {t('transfer.chooseAndImport')}
        </button>
      </div>
    </Modal>
  );
}
