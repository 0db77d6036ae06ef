/**
 * The per-category table the Agreement view shows, as rows of cells built
 * by the same functions as `hamish agreement` (shared/agreement/report-rows.ts)
 * so that the app and the CLI show the same numbers in the same words. With
 * every measure at once: one column per measure (percent agreement is one
 * of them), then units, coders and the units each coder alone tagged.
 */

import type { AgreementReport } from '../../../shared/agreement/report';
import { tableRows } from '../../../shared/agreement/report-rows';
import {
  categoryLabel,
  formatMeasured,
  MEASURE_NAMES,
  WORDS,
  type ReportLanguage,
} from '../../../shared/agreement/report-words';
import type { Label } from '../../../shared/taxonomy';

/** Header row then one row per category (overall first), for one report or several of the same data. */
export function agreementTable(
  reports: readonly AgreementReport[],
  labels: ReadonlyMap<string, Label>,
  language: ReportLanguage,
): string[][] {
  const [first] = reports;
  if (!first) return [];
  if (reports.length === 1) return tableRows(first, labels, language);
  const say = (w: keyof typeof WORDS) => WORDS[w][language];
  const header = [
    say('category'),
    ...reports.map((r) => MEASURE_NAMES[r.measure][language]),
    say('units'),
    say('coders'),
    ...first.coders.map((c) => `${say('alone')} ${c}`),
  ];
  const rows = [first.overall, ...first.rows].map((row, i) => [
    row.category === '' ? say('overall') : categoryLabel(row.category, labels, language),
    ...reports.map((r) => {
      const own = i === 0 ? r.overall : r.rows[i - 1];
      return own ? formatMeasured(own.measure, language) : '';
    }),
    String(row.units),
    String(row.coders),
    ...row.alone.map(String),
  ]);
  return [header, ...rows];
}
