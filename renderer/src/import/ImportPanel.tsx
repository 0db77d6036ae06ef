/**
 * The import panel: while a batch runs, a progress bar with done/total, the
 * current file and Cancel; afterwards a summary with every refused file and
 * its reason and every duplicate with its choice (DuplicateLine), until dismissed.
 */

import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/i18n';
import { DuplicateLine, isolate } from './DuplicateLine';
import type { Importer } from './use-import';

export function ImportPanel({ importer }: { importer: Importer }) {
  const { t } = useTranslation();
  const { running, progress, report } = importer.state;
  if (!running && !report) return null;

  if (running) {
    const done = progress?.done ?? 0;
    const total = progress?.total ?? 0;
    return (
      <section className="import-panel" aria-label={t('import.title')} data-testid="import-panel">
        <div className="import-line">
          <strong>{t('import.running')}</strong>
          <span data-testid="import-count">{t('import.progress', { done, total })}</span>
          <button type="button" onClick={importer.cancel}>
            {t('actions.cancel')}
          </button>
        </div>
        <progress max={Math.max(total, 1)} value={done} aria-label={t('import.title')} />
        {progress?.current && (
          <div className="import-current muted">
            <bdi>{progress.current}</bdi>
          </div>
        )}
      </section>
    );
  }

  if (!report) return null;
  const handled = report.added.length + report.duplicates.length + report.refused.length;
  return (
    <section className="import-panel" aria-label={t('import.title')} data-testid="import-panel" role="status">
      <div className="import-line">
        <strong>{report.cancelled ? t('import.cancelled') : t('import.finished')}</strong>
        <span data-testid="import-count">{t('import.progress', { done: handled, total: report.total })}</span>
        <span>
          {t('import.summary', {
            added: report.added.length,
            duplicates: report.duplicates.length,
            refused: report.refused.length,
          })}
        </span>
        <button type="button" onClick={importer.dismiss}>
          {t('actions.close')}
        </button>
      </div>
      {handled > 0 && (
        <ul className="import-problems">
          {report.added.map((a) => (
            <li key={`a-${a.id}`} className="import-added">
              {t('import.added', { file: isolate(a.file), words: a.words })}
              {a.shortfall &&
                ` ${t('import.shortfall', { kept: a.shortfall.keptWords, page: a.shortfall.pageWords })}`}
            </li>
          ))}
          {report.refused.map((r) => (
            <li key={`r-${r.file}`} className="import-refused">
              {t('import.reasons.line', {
                file: isolate(r.file),
                reason: t(`import.reasons.${r.code}`, {
                  defaultValue: errorMessage({ code: r.code, message: r.message, params: r.params }),
                }),
              })}
            </li>
          ))}
          {report.duplicates.map((d) => (
            <DuplicateLine key={`d-${d.file}`} duplicate={d} importer={importer} />
          ))}
        </ul>
      )}
    </section>
  );
}
