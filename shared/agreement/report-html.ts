/**
 * The agreement report as a short standalone HTML page for a paper's
 * appendix: one file, inline styles, no script, no remote content (a CSP
 * meta forbids any), the page's direction from its language (Arabic: rtl),
 * and every cell and line isolated in a <bdi> with the direction of its first
 * letter (an Arabic label right to left, lang ar), so it reads right inside
 * English text and the other way round. It carries the options,
 * the per-category table, the matrix of confusions, the per-article values
 * and the measure's source.
 */

import type { Label } from '../taxonomy';
import type { AgreementReport, MeasureName } from './report';
import { confusionRows, reportHeading, tableRows } from './report-rows';
import { formatMeasured, MEASURE_NAMES, WORDS, type ReportLanguage } from './report-words';

const SOURCES: Record<MeasureName, string> = {
  'krippendorff-alpha-unitizing':
    'Krippendorff, K. (1995). On the reliability of unitizing continuous data. Sociological Methodology 25, 47–76; computed as DKPro Agreement (KrippendorffAlphaUnitizingAgreement) does.',
  'krippendorff-alpha-nominal':
    "Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. University of Pennsylvania, https://repository.upenn.edu/asc_papers/43.",
  'cohen-kappa':
    'Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological Measurement 20(1), 37–46.',
  'fleiss-kappa':
    'Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin 76(5), 378–382.',
  'percent-agreement':
    'Mean share of agreeing coder pairs per unit (Fleiss 1971, P̄); not corrected for chance.',
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside HTML elements and attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** The direction of `text` from its first letter (the Unicode bidi rule for a paragraph, P2–P3): rtl for Arabic or Hebrew. */
export function textDirection(text: string): 'rtl' | 'ltr' | undefined {
  const first = /\p{L}/u.exec(text)?.[0];
  if (first === undefined) return undefined;
  return RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}

/** A cell's text, escaped and isolated in its own direction: right to left (lang ar) when its first letter is Arabic, left to right for a number. */
function isolate(text: string): string {
  const dir = textDirection(text);
  if (dir === 'rtl') return `<bdi dir="rtl" lang="ar">${escapeHtml(text)}</bdi>`;
  // A cell without letters is a number ("−0.003"): left to right, or an Arabic page would put its minus sign after it.
  return dir === 'ltr' || /\d/u.test(text)
    ? `<bdi dir="ltr">${escapeHtml(text)}</bdi>`
    : `<bdi>${escapeHtml(text)}</bdi>`;
}

const table = (rows: readonly (readonly string[])[], caption?: string): string =>
  [
    '<table>',
    caption ? `<caption>${escapeHtml(caption)}</caption>` : '',
    `<thead><tr>${(rows[0] ?? []).map((c) => `<th scope="col">${isolate(c)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows
      .slice(1)
      .map(
        (r) =>
          `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${isolate(c)}</th>` : `<td>${isolate(c)}</td>`)).join('')}</tr>`,
      ),
    '</tbody></table>',
  ].join('\n');

const STYLE = `body{font-family:"Noto Naskh Arabic","IBM Plex Sans Arabic",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.5}
table{border-collapse:collapse;margin-block:1rem}caption{text-align:start;font-weight:600;padding-block-end:.25rem}
th,td{border:1px solid #999;padding:.25rem .5rem;text-align:start}td{font-variant-numeric:tabular-nums}
thead th{background:#eee}p.note{font-size:.9em;color:#333}`;

/**
 * The report as a complete HTML document in `language`, tags named by
 * `labels`. Several reports of the same data (the app's "every measure")
 * make one page: the options once, each measure's table under its name, the
 * confusions once (they do not depend on the measure), one column per
 * measure in the per-article table, and each measure's source.
 */
export function agreementHtml(
  reports: AgreementReport | readonly AgreementReport[],
  labels: ReadonlyMap<string, Label>,
  language: ReportLanguage,
): string {
  const all: readonly AgreementReport[] = Array.isArray(reports) ? reports : [reports];
  const first = all[0];
  if (!first) throw new Error('agreementHtml needs a report');
  const one = all.length === 1;
  const say = (w: keyof typeof WORDS) => WORDS[w][language];
  const measureName = (r: AgreementReport) => MEASURE_NAMES[r.measure][language];
  const title = one ? `${say('title')}: ${measureName(first)}` : say('title');
  // With every measure, the options are said as the unit-based measures see them (αu's words are in its table).
  const stated = all.find((r) => r.measure !== 'krippendorff-alpha-unitizing') ?? first;
  const { kind } = first.confusion;
  const confusion = confusionRows(first, labels, language);
  const articles = [
    [say('article'), say('units'), ...all.map(measureName)],
    ...first.articles.map((a, i) => [
      a.title || a.id,
      String(a.units),
      ...all.map((r) => {
        const m = r.articles[i]?.measure;
        return m ? formatMeasured(m, language) : '';
      }),
    ]),
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`,
    '<head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>`,
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<ul>${reportHeading(stated, language)
      .map((line) => `<li>${isolate(line)}</li>`)
      .join('')}</ul>`,
    ...all.flatMap((r) => [
      ...(one ? [] : [`<h2>${escapeHtml(measureName(r))}</h2>`]),
      table(tableRows(r, labels, language)),
    ]),
    `<h2>${escapeHtml(say('confusion'))}</h2>`,
    `<p class="note">${escapeHtml(say(kind))}</p>`,
    table(confusion),
    `<h2>${escapeHtml(say('articles'))}</h2>`,
    table(articles),
    ...all.map((r) => `<p class="note" dir="ltr" lang="en">${escapeHtml(SOURCES[r.measure])}</p>`),
    '</body></html>',
    '',
  ].join('\n');
}
