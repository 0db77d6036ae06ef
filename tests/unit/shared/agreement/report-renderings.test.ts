/**
 * The agreement report rendered: tidy CSV through the export's CSV writer
 * (BOM, formula-safe text, numbers as they are), the standalone HTML page
 * (no remote content, direction from the language, Arabic labels isolated
 * right to left) and the terminal table.
 */

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { agreementReport, type CodedArticle } from '../../../../shared/agreement/report';
import { agreementCsv } from '../../../../shared/agreement/report-csv';
import { agreementHtml } from '../../../../shared/agreement/report-html';
import { reportText } from '../../../../shared/agreement/report-text';
import { formatMeasured, tagLabels } from '../../../../shared/agreement/report-words';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';
import { parseCsv } from '../../transfer-helpers';

const article: CodedArticle = {
  id: 'a1',
  title: 'حماس تطالب <بالإفراج>',
  length: 40,
  codings: [
    [
      { start: 0, end: 4, tag: 'actor.organisation' },
      { start: 10, end: 20, tag: 'demand.prisoners' },
    ],
    [
      { start: 0, end: 4, tag: 'actor.organisation' },
      { start: 30, end: 35, tag: 'actor.state' },
    ],
  ],
};
/** The few DOM members these tests read (linkedom's own types do not resolve here). */
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  documentElement: El;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El>;
}
const dom = (html: string): Doc => (parseHTML(html) as unknown as { document: Doc }).document;

const coders = ['=HYPERLINK("http://x")', 'سلمى'];
const report = agreementReport(coders, [article], {
  measure: 'alpha',
  by: 'tag',
  unit: 'exact',
  untagged: 'none',
});
const labels = tagLabels([DEFAULT_TAXONOMY]);

describe('agreementCsv', () => {
  const text = agreementCsv(report, labels);
  const [header, ...rows] = parseCsv(text.slice(1));

  it('starts with a BOM and the tidy header, CRLF line ends', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(header).toEqual([
      'section',
      'category',
      'label_ar',
      'label_en',
      'compared_with',
      'coder',
      'statistic',
      'value',
      'note',
    ]);
    expect(text.split('\r\n').length - 1).toBe(rows.length + 1);
  });

  it('carries the measure per category with Arabic and English labels, numbers unaltered', () => {
    const overall = rows.find((r) => r[0] === 'overall' && r[6] === 'krippendorff-alpha-nominal');
    // Units (actor,actor) (demand,none) (none,actor): D_o = 4/6, D_e = 22/30, α = 1/11, at full precision.
    expect(overall?.[7]).toBe(String(1 - 4 / 6 / (22 / 30)));
    expect(Number(overall?.[7])).toBeCloseTo(1 / 11, 12);
    const actor = rows.find((r) => r[0] === 'category' && r[1] === 'actor' && r[6] === 'percent-agreement');
    expect(actor?.slice(2, 4)).toEqual(['فاعل', 'Actor']);
    const confusion = rows.filter((r) => r[0] === 'confusion');
    expect(confusion).toHaveLength(9); // actor, demand, none × the same
  });

  it('neutralises a formula in a coder name and says why a value is undefined', () => {
    const alone = rows.filter((r) => r[6] === 'units tagged by this coder alone' && r[0] === 'overall');
    expect(alone.map((r) => r[5])).toEqual(['\'=HYPERLINK("http://x")', 'سلمى']);
    const demand = rows.find(
      (r) => r[0] === 'category' && r[1] === 'demand' && r[6] === 'krippendorff-alpha-nominal',
    );
    expect(demand?.[7]).not.toBe('');
  });
});

describe('agreementHtml', () => {
  it('is one self-contained page: no script, no remote or embedded resource, a CSP forbidding them', () => {
    const html = agreementHtml(report, labels, 'en');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(/iu);
    const document = dom(html);
    expect(
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
    // The title's markup is text, not elements.
    expect(html).toContain('حماس تطالب &lt;بالإفراج&gt;');
  });

  it('in Arabic reads right to left, with every Arabic label isolated rtl', () => {
    const document = dom(agreementHtml(report, labels, 'ar'));
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    const firstColumn = [...document.querySelectorAll('tbody th bdi')].map((b) => [
      b.textContent,
      b.getAttribute('dir'),
    ]);
    expect(firstColumn).toContainEqual(['فاعل', 'rtl']);
    expect(firstColumn).toContainEqual(['(بلا وسم)', 'rtl']);
    expect(document.querySelector('h1')?.textContent).toBe('الاتفاق بين المرمّزين: ألفا كريبندورف (اسمي)');
  });

  it('in English labels tags in English and keeps Arabic titles isolated', () => {
    const document = dom(agreementHtml(report, labels, 'en'));
    const labelsShown = [...document.querySelectorAll('tbody th bdi')].map((b) => b.textContent);
    expect(labelsShown).toContain('Actor');
    const title = [...document.querySelectorAll('bdi')].find(
      (b) => b.textContent === 'حماس تطالب <بالإفراج>',
    );
    expect(title?.getAttribute('dir')).toBe('rtl');
  });
});

describe('percent agreement as the measure', () => {
  it('gives each category one percent agreement, over the units where it was given (measure and column alike)', () => {
    const percent = agreementReport(coders, [article], {
      ...report.options,
      measure: 'percent',
      by: 'subtype',
    });
    expect(percent.rows.length).toBeGreaterThan(0);
    for (const row of percent.rows) expect(row.measure, row.category).toEqual(row.percent);
  });
});

describe('reportText', () => {
  it('says αu compares the text itself, with no unit rule nor untagged choice', () => {
    const unitizing = agreementReport(coders, [article], { ...report.options, measure: 'alpha-u' });
    const lines = reportText(unitizing, labels, 'en');
    expect(lines.some((l) => l.startsWith('Units: the text itself'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Units matched by') || l.startsWith('Untagged counts as'))).toBe(
      false,
    );
    expect(reportText(unitizing, labels, 'ar').some((l) => l.startsWith('الوحدات: النص نفسه'))).toBe(true);
  });

  it('aligns the per-category table and prints values to three decimals', () => {
    const lines = reportText(report, labels, 'en');
    expect(lines[0]).toBe("Inter-coder agreement: Krippendorff's alpha (nominal)");
    expect(lines).toContain('Coders: =HYPERLINK("http://x") (annotations: 2), سلمى (annotations: 2)');
    expect(lines).toContain('Units matched by: exact span');
    expect(lines).toContain('Untagged counts as: the category "none"');
    expect(lines).toContain('Rows: first coder; columns: second coder; units counted once.');
    const header = lines.find((l) => l.startsWith('Category'));
    const overall = lines.find((l) => l.startsWith('All categories'));
    // Columns: measure, units, coders, agreement, only coder 1, only coder 2.
    expect(overall).toMatch(/^All categories {2}0\.091 +3 +2 +0\.333 +1 +1$/u);
    // Only the first coder used Demand, on one unit, which they alone tagged.
    expect(lines.find((l) => l.startsWith('Demand '))).toMatch(/^Demand +\S+ +1 +1 +0\.000 +1 +0$/u);
    expect(header?.indexOf("Krippendorff's")).toBe(overall?.indexOf('0.091'));
    expect(header?.indexOf('Units')).toBe(overall?.indexOf('3 '));
  });

  it('writes a negative value with a true minus sign and an undefined one as its reason', () => {
    expect(formatMeasured({ defined: true, value: -0.70034, units: 2 }, 'en')).toBe('−0.700');
    expect(formatMeasured({ defined: false, reason: 'no-variation', units: 2 }, 'ar')).toBe(
      'غير معرّف: لا تباين (القيم كلها واحدة)',
    );
  });
});
