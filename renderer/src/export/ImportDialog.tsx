/**
 * "Import annotations…": choose what happens when an imported annotation has
 * the id of a different one here, then pick a Hamish JSON file, a REFI-QDA
 * project (.qdpx), whose codes the user maps to tags first (RefiMapping), or
 * another annotator's file (brat, W3C, Label Studio, doccano, CoNLL), shown as
 * a dry run whose labels the user maps to tags first (ForeignMapping). Main checks
 * the whole file before writing anything; the dialog shows its progress
 * (with a Cancel that works until main starts writing), then what was done,
 * or the translated reason and place of a refusal.
 */

import { layerRequest, type LayerState } from './coder-choices';
import { LayerChoice } from './LayerChoice';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONFLICT_POLICIES,
  type AnnotationImportProgress,
  type ConflictPolicy,
  type ImportReport,
} from '../../../shared/export/export-request';
import type {
  ForeignFileChoice,
  ForeignFormat,
  ForeignImportReport,
  ForeignPreview,
  LabelChoice,
} from '../../../shared/export/foreign-import-types';
import type { CodeChoiceEntry, RefiImportReport, RefiPreview } from '../../../shared/export/refi-types';
import type { AppError, Result } from '../../../shared/result';
import { api } from '../api';
import { errorMessage } from '../i18n/i18n';
import type { Notify } from '../status';
import './transfer.css';
import { Modal } from '../ui/Modal';
import { IsolatedRuns } from '../ui/IsolatedRuns';
import { ForeignMapping } from './ForeignMapping';
import {
  foreignSkippedRows,
  ImportCounts,
  refiSkippedRows,
  SkippedList,
  type SkippedRow,
} from './ImportSummary';
import { RefiMapping } from './RefiMapping';

interface Props {
  onClose: () => void;
  /** Called after a successful import, so lists and the reader reload. */
  onImported: () => void;
  notify: Notify;
}

export function ImportDialog({ onClose, onImported, notify }: Props) {
  const { t } = useTranslation();
  const [policy, setPolicy] = useState<ConflictPolicy>('keep-both');
  const [layer, setLayer] = useState<LayerState>({ on: false, coder: '' });
  const [report, setReport] = useState<(ImportReport & { tagIdsAdded?: string[] }) | null>(null);
  const [skipped, setSkipped] = useState<SkippedRow[]>([]);
  const [preview, setPreview] = useState<RefiPreview | null>(null);
  const [foreign, setForeign] = useState<ForeignFileChoice | null>(null);
  const [foreignPreview, setForeignPreview] = useState<ForeignPreview | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<AnnotationImportProgress | null>(null);
  useEffect(() => api.on('annotation-import-progress', setProgress), []);

  /** Runs one call with the dialog busy; shows its error, or hands its value on. */
  const step = async <T,>(call: () => Promise<Result<T>>, done: (value: T) => void) => {
    setBusy(true);
    setError(null);
    setProgress(null);
    const result = await call();
    setBusy(false);
    setProgress(null);
    if (!result.ok) {
      setError(result.error);
      notify({ kind: 'error', error: result.error });
    } else {
      done(result.value);
    }
  };
  const imported = (value: ImportReport | RefiImportReport | ForeignImportReport | null) => {
    if (!value) return;
    setReport(value);
    setSkipped(
      'tagIdsAdded' in value
        ? refiSkippedRows(value.skipped)
        : 'skipped' in value
          ? foreignSkippedRows(value.skipped)
          : [],
    );
    setPreview(null);
    setForeign(null);
    setForeignPreview(null);
    notify({ kind: 'info', key: 'transfer.imported' });
    onImported();
  };
  const run = () => step(() => api.importAnnotations(policy, layerRequest(layer)), imported);
  const choose = () =>
    step(
      () => api.previewQdpx(),
      (value) => {
        setReport(null);
        setForeign(null);
        setPreview(value);
      },
    );
  const previewForeign = (path: string, format: ForeignFormat) =>
    void step(() => api.previewForeign(path, format), setForeignPreview);
  const chooseForeign = () =>
    step(
      () => api.chooseForeignFile(),
      (value) => {
        if (!value) return;
        setReport(null);
        setPreview(null);
        setForeignPreview(null);
        setForeign(value);
        if (value.format) previewForeign(value.path, value.format);
      },
    );
  const confirmForeign = (file: ForeignPreview, labels: LabelChoice[]) =>
    void step(() => api.importForeign(file.path, file.format, labels, policy), imported);
  const confirm = (path: string, choices: CodeChoiceEntry[]) =>
    void step(() => api.importQdpx(path, choices, policy), imported);

  return (
    <Modal
      title={t('transfer.importHeading')}
      className="transfer-dialog"
      testId="import-dialog"
      onClose={onClose}
    >
      {/* A Latin name in them ("REFI-QDA") is an isolated run kept whole: it broke at its hyphen in Arabic. */}
      <p className="muted transfer-hint">
        <IsolatedRuns text={t('transfer.importIntro')} />
      </p>
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
      <LayerChoice value={layer} onChange={setLayer} disabled={busy} />
      {busy && progress && (
        <p className="muted" role="status" data-testid="import-progress">
          {t(`transfer.progress.${progress.phase}`, { done: progress.done, total: progress.total })}
        </p>
      )}
      {error && (
        <p className="transfer-error" role="alert">
          <IsolatedRuns text={errorMessage(error)} />
        </p>
      )}
      {preview && (
        <RefiMapping preview={preview} busy={busy} onConfirm={(choices) => confirm(preview.path, choices)} />
      )}
      {foreign && (
        <ForeignMapping
          file={foreign}
          preview={foreignPreview}
          busy={busy}
          onFormat={(format) => {
            setForeignPreview(null);
            setForeign({ ...foreign, format });
            previewForeign(foreign.path, format);
          }}
          onConfirm={(labels) => foreignPreview && confirmForeign(foreignPreview, labels)}
        />
      )}
      {report && (
        <section className="transfer-report" data-testid="import-report" aria-live="polite">
          <ImportCounts report={report} />
          {report.tagIdsAdded && report.tagIdsAdded.length > 0 && (
            <p data-testid="refi-tags-added">
              {t('transfer.refi.tagsAdded', { count: report.tagIdsAdded.length })}
            </p>
          )}
          <SkippedList rows={skipped} />
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
        <button type="button" disabled={busy} onClick={() => void choose()}>
          <IsolatedRuns text={t('transfer.refi.choose')} />
        </button>
        <button type="button" disabled={busy} onClick={() => void chooseForeign()}>
          {t('transfer.foreign.choose')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
          {t('transfer.chooseAndImport')}
        </button>
      </div>
    </Modal>
  );
}
