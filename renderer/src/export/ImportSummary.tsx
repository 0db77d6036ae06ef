/**
 * What an annotation import did, or would do in a dry run: the merge counts
 * as a list of figures, and the items of the file it left out with their
 * translated reasons (REFI-QDA's and other annotators' skip reasons alike).
 */

import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/export/export-request';
import type { SkippedItem } from '../../../shared/export/foreign-import-types';
import type { RefiSkipped } from '../../../shared/export/refi-types';

const COUNTS = [
  'articlesAdded',
  'articlesMerged',
  'annotationsAdded',
  'annotationsReplaced',
  'annotationsKept',
  'annotationsUnchanged',
  'tagsAdded',
  'entitiesAdded',
  'layersReplaced',
] as const;

/** One left-out item: what the file calls it, and the translation key of why. */
export interface SkippedRow {
  what: string;
  reasonKey: string;
}

/** The rows of a REFI-QDA import's left-out items. */
export const refiSkippedRows = (items: readonly RefiSkipped[]): SkippedRow[] =>
  items.map((s) => ({ what: s.what, reasonKey: `transfer.refi.skipReason.${s.reason}` }));

/** The rows of a foreign import's left-out items ("document › T3"). */
export const foreignSkippedRows = (items: readonly SkippedItem[]): SkippedRow[] =>
  items.map((s) => ({
    what: `${s.document} › ${s.ref}`,
    reasonKey: `transfer.foreign.skipReason.${s.reason}`,
  }));

/** The import's figures (articles and annotations added, merged, kept…). */
export function ImportCounts({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <dl>
      {COUNTS.map((key) => (
        <div key={key}>
          <dt>{t(`transfer.report.${key}`)}</dt>
          <dd>{report[key]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The left-out items with their reasons; nothing when there are none. */
export function SkippedList({ rows }: { rows: readonly SkippedRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <ul className="transfer-problems" data-testid="import-skipped">
      {rows.map((s, i) => (
        <li key={i}>
          <bdi>{s.what}</bdi>: {t(s.reasonKey)}
        </li>
      ))}
    </ul>
  );
}
