/**
 * The agreement report as plain text for a terminal (`hamish agreement
 * --format table`): a heading with the options, the per-category table, the
 * matrix of confusions and the per-article values, columns aligned by code points.
 */

import type { Label } from '../taxonomy';
import { codePointLength } from '../code-points';
import type { AgreementReport } from './report';
import { formatMeasured, MEASURE_NAMES, WORDS, type ReportLanguage } from './report-words';
import { confusionRows, reportHeading, tableRows } from './report-rows';

/** Rows of cells as lines, each column padded to its widest cell (in code points), two spaces apart. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, codePointLength(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - codePointLength(cell)),
      )
      .join('  ')
      .trimEnd(),
  );
}

/** The whole report as lines of text in `language`, tags named by `labels`. */
export function reportText(
  report: AgreementReport,
  labels: ReadonlyMap<string, Label>,
  language: ReportLanguage,
): string[] {
  const say = (w: keyof typeof WORDS) => WORDS[w][language];
  const lines = [
    `${say('title')}: ${MEASURE_NAMES[report.measure][language]}`,
    ...reportHeading(report, language),
    '',
  ];
  lines.push(...alignColumns(tableRows(report, labels, language)), '');
  lines.push(say('confusion'), say(report.confusion.kind));
  lines.push(...alignColumns(confusionRows(report, labels, language)), '');
  lines.push(
    ...alignColumns([
      [say('article'), say('units'), MEASURE_NAMES[report.measure][language]],
      ...report.articles.map((a) => [a.title || a.id, String(a.units), formatMeasured(a.measure, language)]),
    ]),
  );
  return lines;
}
