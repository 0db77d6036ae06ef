/**
 * The claims part of an annotation import's report (Hamish JSON, REFI-QDA,
 * other annotators' files), worded once for the app's import dialog and
 * `hamish import-annotations`: each side passes its translate function over
 * the same locale files, so "2 claims added, 1 already present" reads the
 * same in both, with the plural forms of each language (Arabic's dual and
 * 3–10 forms included).
 */

import type { ImportReport } from './export/export-request';
import type { Translate } from './import-report-lines';

/** The report's claim counts, in the order the sentence names them. */
export const CLAIM_COUNTS = [
  'claimsAdded',
  'claimsReplaced',
  'claimsKept',
  'claimsAlreadyPresent',
  'claimsRefused',
] as const;

/**
 * "Claims: 2 added, 1 already present." — the non-zero claim counts of
 * `report` (`transfer.claimCounts.<count>` with i18next's plural forms,
 * joined by `transfer.claimCounts.join`), or "" when the file had no claim.
 */
export function claimReportLine(
  report: Pick<ImportReport, (typeof CLAIM_COUNTS)[number]>,
  t: Translate,
): string {
  const parts = CLAIM_COUNTS.filter((key) => report[key] > 0).map((key) =>
    t(`transfer.claimCounts.${key}`, { count: report[key] }),
  );
  if (parts.length === 0) return '';
  return t('transfer.claimCounts.line', { counts: parts.join(t('transfer.claimCounts.join')) });
}
