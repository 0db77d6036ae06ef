/**
 * The agreement report as CSV in long ("tidy") form, one number a row, so a
 * spreadsheet pivot or R/pandas reads it without reshaping: section
 * (overall, category, confusion, article), the category key and its Arabic
 * and English labels, the category compared with (confusion only), the
 * coder (per-coder counts only), the statistic, its value (three decimals
 * are the report's; the CSV keeps full precision; numbers are written as they are, every text cell is made formula-safe) and, for an undefined
 * value, why. Written with the export's CSV writer (shared/export/csv.ts:
 * BOM, CRLF, RFC 4180 quoting) and its formula-safe cells.
 */

import { csvText, textCell } from '../export/csv';
import type { Label } from '../taxonomy';
import type { Measured } from './coding-data';
import type { AgreementReport, ReportRow } from './report';
import { REASONS, WORDS } from './report-words';

export const AGREEMENT_CSV_COLUMNS = [
  'section',
  'category',
  'label_ar',
  'label_en',
  'compared_with',
  'coder',
  'statistic',
  'value',
  'note',
] as const;

type Cells = Record<(typeof AGREEMENT_CSV_COLUMNS)[number], string>;

const BLANK: Cells = {
  section: '',
  category: '',
  label_ar: '',
  label_en: '',
  compared_with: '',
  coder: '',
  statistic: '',
  value: '',
  note: '',
};

/**
 * The report as CSV text (with BOM), tags labelled from `labels`. Several
 * reports of the same data (the app's "every measure") make one file: each
 * row once, in the order first met, so the measures' own rows stand side by
 * side and the counts they share are not repeated.
 */
export function agreementCsv(
  reports: AgreementReport | readonly AgreementReport[],
  labels: ReadonlyMap<string, Label>,
): string {
  const all: readonly AgreementReport[] = Array.isArray(reports) ? reports : [reports];
  const seen = new Set<string>();
  const rows = all
    .flatMap((report) => csvRows(report, labels))
    .filter((row) => {
      const key = JSON.stringify(row);
      return !seen.has(key) && Boolean(seen.add(key));
    });
  const cell = (r: Cells, col: keyof Cells): string => (col === 'value' ? r.value : textCell(r[col]));
  return csvText([
    [...AGREEMENT_CSV_COLUMNS],
    ...rows.map((r) => AGREEMENT_CSV_COLUMNS.map((col) => cell(r, col))),
  ]);
}

/** One report's rows (see the module comment). */
function csvRows(report: AgreementReport, labels: ReadonlyMap<string, Label>): Cells[] {
  const rows: Cells[] = [];
  const label = (key: string): Label => (key === '' ? WORDS.none : (labels.get(key) ?? { ar: '', en: '' }));
  const measuredRows = (base: Partial<Cells>, statistic: string, m: Measured): Cells[] => [
    {
      ...BLANK,
      ...base,
      statistic,
      value: m.defined ? String(m.value) : '',
      note: m.defined ? '' : REASONS[m.reason].en,
    },
    { ...BLANK, ...base, statistic: `${statistic} units`, value: String(m.units) },
  ];
  const rowOf = (section: string, row: ReportRow): Cells[] => {
    const base =
      row.category === ''
        ? { section }
        : {
            section,
            category: row.category,
            label_ar: label(row.category).ar,
            label_en: label(row.category).en,
          };
    return [
      ...measuredRows(base, report.measure, row.measure),
      ...measuredRows(base, 'percent-agreement', row.percent),
      { ...BLANK, ...base, statistic: 'units', value: String(row.units) },
      { ...BLANK, ...base, statistic: 'coders', value: String(row.coders) },
      ...row.alone.map((n, c) => ({
        ...BLANK,
        ...base,
        coder: report.coders[c] ?? '',
        statistic: 'units tagged by this coder alone',
        value: String(n),
      })),
    ];
  };
  rows.push(...rowOf('overall', report.overall));
  report.coders.forEach((coder, c) =>
    rows.push({
      ...BLANK,
      section: 'overall',
      coder,
      statistic: 'annotations',
      value: String(report.annotations[c] ?? 0),
    }),
  );
  for (const row of report.rows) rows.push(...rowOf('category', row));
  const { categories, cells, kind } = report.confusion;
  categories.forEach((c, i) =>
    categories.forEach((k, j) =>
      rows.push({
        ...BLANK,
        section: 'confusion',
        category: c,
        label_ar: label(c).ar,
        label_en: label(c).en,
        compared_with: k,
        statistic: kind,
        value: String(cells[i]?.[j] ?? 0),
      }),
    ),
  );
  for (const a of report.articles) {
    rows.push(
      ...measuredRows(
        { section: 'article', category: a.id, label_ar: a.title, label_en: a.title },
        report.measure,
        a.measure,
      ),
    );
  }
  return rows;
}
