/**
 * One likely duplicate in the import report: why it is one, and while it
 * waits, the three choices (skip, keep both, replace the older one) as plain
 * buttons, so they are reachable with Tab and Enter; once chosen, what was done
 * (for replace: annotations moved, and those left with the trashed article).
 */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DUPLICATE_CHOICES, type BatchImportReport } from '../../../shared/import-types';
import type { Importer } from './use-import';

type Duplicate = BatchImportReport['duplicates'][number];

/** Isolates a file name or title (FSI … PDI) so it reads right in either direction. */
export const isolate = (name: string): string => `\u2068${name}\u2069`;

export function DuplicateLine({ duplicate: d, importer }: { duplicate: Duplicate; importer: Importer }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const file = isolate(d.file);
  const title = isolate(d.existingTitle);
  const { pendingId, outcome } = d;
  return (
    <li className="import-duplicate" data-testid="import-duplicate">
      {t(`import.duplicateReasons.${d.reason}`, { file, title, percent: Math.round(d.similarity * 100) })}
      {pendingId !== undefined && (
        <span
          className="import-choices"
          role="group"
          aria-label={t('import.duplicateChoice.label', { file })}
        >
          {DUPLICATE_CHOICES.map((choice) => (
            <button
              key={choice}
              type="button"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void importer.resolve(pendingId, choice).finally(() => setBusy(false));
              }}
            >
              {t(`import.duplicateChoice.${choice}`)}
            </button>
          ))}
        </span>
      )}
      {outcome && (
        <div className="import-outcome" data-testid="import-outcome">
          {outcome.choice === 'skip' && t('import.duplicateChoice.skipped', { file })}
          {outcome.choice === 'keep' && t('import.duplicateChoice.kept', { file })}
          {outcome.choice === 'replace' &&
            t('import.duplicateChoice.replaced', {
              file,
              title,
              moved: outcome.moved,
              orphaned: outcome.orphaned,
            })}
        </div>
      )}
    </li>
  );
}
