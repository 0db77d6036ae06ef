/**
 * The notice shown once after start when the start-up check had something to
 * say: which article's files were damaged and kept in quarantine, a rebuilt
 * library list, a reset tag scheme, preferences kept aside. In the UI language.
 */

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasNotice, type QuarantinedFile, type StartupReport } from '../../../shared/startup-report';
import { api } from '../api';
import './safety.css';

/** Wraps a path in Unicode isolates so it reads left to right inside Arabic text. */
export const isolatePath = (path: string): string => `\u2066${path}\u2069`;

function messageKey(item: QuarantinedFile): string {
  if (item.kind === 'article' && item.movedTo === null) return 'startup.articleMissing';
  return `startup.${item.kind}`;
}

export function StartupNotice() {
  const { t } = useTranslation();
  const [report, setReport] = useState<StartupReport | null>(null);

  useEffect(() => {
    let live = true;
    void api.getStartupReport().then((result) => {
      if (live && result.ok && hasNotice(result.value)) setReport(result.value);
    });
    return () => {
      live = false;
    };
  }, []);

  if (!report) return null;
  return (
    <section className="startup-notice" role="alert" data-testid="startup-notice">
      <h2>{t('startup.heading')}</h2>
      <ul>
        {report.indexRebuilt && <li>{t('startup.indexRebuilt')}</li>}
        {report.quarantined.map((item) => (
          <li key={item.file} data-kind={item.kind}>
            {t(messageKey(item), {
              title: item.title ?? item.articleId ?? '',
              movedTo: isolatePath(item.movedTo ?? ''),
            })}
          </li>
        ))}
        {report.preferencesSetAside !== null && (
          <li>{t('startup.preferences', { file: isolatePath(report.preferencesSetAside) })}</li>
        )}
      </ul>
      <p className="muted">{t('startup.nothingDeleted')}</p>
      <button type="button" onClick={() => setReport(null)}>
        {t('startup.dismiss')}
      </button>
    </section>
  );
}
