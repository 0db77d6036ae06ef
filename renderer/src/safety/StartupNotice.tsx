/**
 * The notice shown once after start when the start-up check had something to
 * say: which article's files were damaged and kept in quarantine, a rebuilt
 * library list, a reset tag scheme, preferences kept aside, files the library
 * does not list (an article text among them can be adopted). In the UI language.
 * The article files are checked in the background after the library opens,
 * so the report is asked for again until it is complete: damage found late
 * still reaches the user.
 */

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleMeta } from '../../../shared/model';
import { hasNotice, type QuarantinedFile, type StartupReport } from '../../../shared/startup-report';
import { api } from '../api';
import type { Notify } from '../status';
import { isolatePath } from './isolate-path';
import { UnknownFiles } from './UnknownFiles';
import './safety.css';

/** How often the report is asked for while the background check runs. */
export const REPORT_POLL_MS = 1000;

function messageKey(item: QuarantinedFile): string {
  if (item.kind === 'article' && item.movedTo === null) return 'startup.articleMissing';
  return `startup.${item.kind}`;
}

/** How many things the notice lists. */
const noticeSize = (report: StartupReport): number =>
  report.quarantined.length +
  (report.indexRebuilt ? 1 + (report.indexLosses?.length ?? 0) : 0) +
  (report.preferencesSetAside !== null ? 1 : 0) +
  (report.unknownFiles?.length ?? 0) +
  (report.claimsRepaired?.length ?? 0);

interface Props {
  notify: Notify;
  /** An unknown article text was adopted into the library (the list needs reloading). */
  onAdopted: (meta: ArticleMeta) => void;
}

export function StartupNotice({ notify, onAdopted }: Props) {
  const { t } = useTranslation();
  const [report, setReport] = useState<StartupReport | null>(null);
  /** How many items the user dismissed: the notice comes back only if more are found. */
  const [dismissed, setDismissed] = useState(0);

  // After an adoption the report no longer lists that file: ask for it again.
  const adopted = useCallback(
    (meta: ArticleMeta) => {
      void api.getStartupReport().then((result) => {
        if (result.ok) setReport(result.value);
      });
      onAdopted(meta);
    },
    [onAdopted],
  );

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      void api.getStartupReport().then((result) => {
        if (!live || !result.ok) return;
        setReport(result.value);
        if (!result.value.complete) timer = setTimeout(ask, REPORT_POLL_MS);
      });
    };
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);

  if (!report || !hasNotice(report) || noticeSize(report) <= dismissed) return null;
  const unknown = report.unknownFiles ?? [];
  const damaged = noticeSize(report) > unknown.length;
  return (
    <section className="startup-notice" role="alert" data-testid="startup-notice">
      {damaged && (
        <>
          <h2>{t('startup.heading')}</h2>
          <ul>
            {report.indexRebuilt && (
              <li>{t(report.readOnly ? 'startup.indexRebuiltReadOnly' : 'startup.indexRebuilt')}</li>
            )}
            {report.indexLosses?.map((loss) => (
              <li key={`lost-${loss.articleId}`} data-kind="index-loss">
                {t('startup.indexLost', { title: loss.title })}
              </li>
            ))}
            {report.quarantined.map((item) => (
              <li key={item.file} data-kind={item.kind}>
                {t(item.leftInPlace ? 'startup.leftInPlace' : messageKey(item), {
                  file: isolatePath(item.file),
                  title: item.title ?? item.articleId ?? '',
                  movedTo: isolatePath(item.movedTo ?? ''),
                })}
              </li>
            ))}
            {report.claimsRepaired?.map((repair) => (
              <li key={`claim-${repair.claimId}`} data-kind="claim-repaired">
                {t(repair.repaired ? 'startup.claimRepaired' : 'startup.claimRepairedReadOnly', {
                  title: repair.title ?? repair.articleId,
                  count: repair.annotationIds.length,
                })}
              </li>
            ))}
            {report.preferencesSetAside !== null && (
              <li>{t('startup.preferences', { file: isolatePath(report.preferencesSetAside) })}</li>
            )}
          </ul>
        </>
      )}
      {unknown.length > 0 && <UnknownFiles files={unknown} notify={notify} onAdopted={adopted} />}
      <p className="muted">
        {t(
          report.readOnly
            ? 'startup.nothingChanged'
            : damaged
              ? 'startup.nothingDeleted'
              : 'startup.unknownKept',
        )}
      </p>
      <button type="button" onClick={() => setDismissed(noticeSize(report))}>
        {t('startup.dismiss')}
      </button>
    </section>
  );
}
