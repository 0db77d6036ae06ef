/**
 * The pieces every rendering of the agreement report shares: the heading
 * lines (measure, coders, articles, options) and the per-category table as
 * rows of cells, in English or Arabic.
 */

import type { Label } from '../taxonomy';
import type { AgreementReport } from './report';
import { categoryLabel, formatMeasured, MEASURE_NAMES, WORDS, type ReportLanguage } from './report-words';

/** The options and counts as short lines ("Coders: A (12 annotations), B (9 annotations)"…). */
export function reportHeading(report: AgreementReport, language: ReportLanguage): string[] {
  const say = (w: keyof typeof WORDS) => WORDS[w][language];
  const { unit, untagged, by } = report.options;
  const coders = report.coders.map((c, i) => `${c} (${say('annotations')}: ${report.annotations[i] ?? 0})`);
  // αu works on the text continuum: the unit rule and the treatment of untagged units do not apply.
  const units =
    report.measure === 'krippendorff-alpha-unitizing'
      ? [say('continuumUnits')]
      : [
          `${say('unit')}: ${say(unit)}`,
          `${say('untagged')}: ${say(untagged === 'none' ? 'noneValue' : 'missingValue')}`,
        ];
  return [
    `${say('coders')}: ${coders.join(language === 'ar' ? '، ' : ', ')}`,
    `${say('articles')}: ${report.articles.length}`,
    ...units,
    `${say('by')}: ${say(by === 'tag' ? 'byTag' : 'bySubtype')}`,
    say('offsets'),
  ];
}

/** Header and one row per category (overall first): label, measure, units, coders who used it, percent agreement, units each coder alone tagged. */
export function tableRows(
  report: AgreementReport,
  labels: ReadonlyMap<string, Label>,
  language: ReportLanguage,
): string[][] {
  const say = (w: keyof typeof WORDS) => WORDS[w][language];
  const header = [
    say('category'),
    MEASURE_NAMES[report.measure][language],
    say('units'),
    say('coders'),
    say('percent'),
    ...report.coders.map((c) => `${say('alone')} ${c}`),
  ];
  const rows = [report.overall, ...report.rows].map((row) => [
    row.category === '' ? say('overall') : categoryLabel(row.category, labels, language),
    formatMeasured(row.measure, language),
    String(row.units),
    String(row.coders),
    formatMeasured(row.percent, language),
    ...row.alone.map(String),
  ]);
  return [header, ...rows];
}

/** The matrix of confusions as rows of cells: a header of category labels, then one row per category (fractions to three decimals). */
export function confusionRows(
  report: AgreementReport,
  labels: ReadonlyMap<string, Label>,
  language: ReportLanguage,
): string[][] {
  const name = (key: string) => categoryLabel(key, labels, language);
  const { categories, cells } = report.confusion;
  return [
    ['', ...categories.map(name)],
    ...categories.map((c, i) => [
      name(c),
      ...(cells[i] ?? []).map((x) => (Number.isInteger(x) ? String(x) : x.toFixed(3))),
    ]),
  ];
}
