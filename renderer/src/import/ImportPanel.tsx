/**
 * The import panel: while a batch runs, a progress bar with done/total, the
 * current file and Cancel; afterwards a summary with every refused file and
 * its reason and every duplicate with its choice (DuplicateLine), until dismissed.
 * Once an article is opened the report folds to its one summary line (with
 * the count of choices still waiting) so the reader keeps its height; "Show
 * the report" unfolds it, and no waiting choice is lost by the fold.
 * The sentences come from shared/import-report-lines.ts, which `hamish import` prints too;
 * an added article a restore took away since is marked "(no longer in the library)".
 */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importReportLines, importSummaryLine, type Translate } from '../../../shared/import-report-lines';
import { DuplicateLine } from './DuplicateLine';
import type { Importer } from './use-import';

interface Props {
  importer: Importer;
  /** The article open in the reader, or null: opening one folds the report. */
  openId: string | null;
}

export function ImportPanel({ importer, openId }: Props) {
  const { t } = useTranslation();
  const { running, progress, report } = importer.state;
  const [folded, setFolded] = useState(false);
  // An article opened folds the report; a new import shows its report whole (state adjusted while rendering).
  const [seen, setSeen] = useState({ openId, running });
  if (seen.openId !== openId || seen.running !== running) {
    setSeen({ openId, running });
    if (running && !seen.running) setFolded(false);
    else if (openId !== null && openId !== seen.openId) setFolded(true);
  }
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
  const translate: Translate = (key, options) => t(key, options ?? {});
  const handled = report.added.length + report.duplicates.length + report.refused.length;
  const waiting = report.duplicates.filter((d) => d.pendingId !== undefined).length;
  return (
    <section
      className={`import-panel${folded ? ' folded' : ''}`}
      aria-label={t('import.title')}
      data-testid="import-panel"
      role="status"
    >
      <div className="import-line">
        <strong>{report.cancelled ? t('import.cancelled') : t('import.finished')}</strong>
        <span data-testid="import-count">{t('import.progress', { done: handled, total: report.total })}</span>
        <span>{importSummaryLine(report, translate)}</span>
        {waiting > 0 && (
          <strong className="import-waiting" data-testid="import-waiting">
            {t('import.waiting', { count: waiting })}
          </strong>
        )}
        {handled > 0 && (
          <button
            type="button"
            aria-expanded={!folded}
            aria-controls="import-report-lines"
            onClick={() => setFolded(!folded)}
          >
            {t(folded ? 'import.show' : 'import.hide')}
          </button>
        )}
        <button type="button" onClick={importer.dismiss}>
          {t('actions.close')}
        </button>
      </div>
      {handled > 0 && !folded && (
        <ul className="import-problems" id="import-report-lines">
          {importReportLines({ ...report, duplicates: [] }, translate).map((line, index) => {
            // The added lines come first, in the report's order; one a restore took away says so.
            const gone = line.kind === 'added' && importer.state.gone?.has(report.added[index]?.id ?? '');
            return (
              <li key={`${line.kind}-${index}-${line.file}`} className={`import-${line.kind}`}>
                {line.text}
                {gone && <strong data-testid="import-gone"> {t('import.gone')}</strong>}
              </li>
            );
          })}
          {report.duplicates.map((d) => (
            <DuplicateLine key={`d-${d.file}`} duplicate={d} importer={importer} />
          ))}
        </ul>
      )}
    </section>
  );
}
