/**
 * The Agreement view's pure helpers: the table of every measure lines each
 * measure's value up under its own column for each category (and says an
 * undefined value in words), one measure gives the CLI's own rows, and the
 * choices refuse a reversed date range and ask nothing below two coders.
 */

import { describe, expect, it } from 'vitest';
import {
  agreementReport,
  MEASURES,
  type AgreementReport,
  type CodedArticle,
} from '../../../../shared/agreement/report';
import { tableRows } from '../../../../shared/agreement/report-rows';
import { formatMeasured, tagLabels } from '../../../../shared/agreement/report-words';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';
import {
  ANY_ARTICLE,
  DEFAULT_OPTIONS,
  toArticles,
  toRequest,
} from '../../../../renderer/src/agreement/agreement-request';
import { agreementTable } from '../../../../renderer/src/agreement/agreement-table';

const labels = tagLabels([DEFAULT_TAXONOMY]);
// Both coders give "actor" to the same two spans: no variation anywhere; one "event" only the first gave.
const article: CodedArticle = {
  id: 'a',
  title: 'ويتكوف',
  length: 80,
  codings: [
    [
      { start: 0, end: 6, tag: 'actor.person' },
      { start: 10, end: 14, tag: 'actor' },
      { start: 30, end: 40, tag: 'event' },
    ],
    [
      { start: 0, end: 6, tag: 'actor.person' },
      { start: 10, end: 14, tag: 'actor' },
    ],
  ],
};
const options = { by: 'tag', unit: 'exact', untagged: 'none' } as const;
const reports: AgreementReport[] = MEASURES.map((measure) =>
  agreementReport(['سارة', 'Omar'], [article], { measure, ...options }),
);

describe('agreementTable', () => {
  it('with one report, gives exactly the rows `hamish agreement` prints', () => {
    const one = reports[0] as AgreementReport;
    expect(agreementTable([one], labels, 'ar')).toEqual(tableRows(one, labels, 'ar'));
  });

  it('with every measure, one column per measure, each value from its own report, row by row', () => {
    const rows = agreementTable(reports, labels, 'en');
    expect(rows[0]).toEqual([
      'Category',
      "Krippendorff's unitizing alpha (αu)",
      "Krippendorff's alpha (nominal)",
      "Cohen's kappa",
      'Percent agreement',
      'Units',
      'Coders',
      'Only سارة',
      'Only Omar',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['All categories', 'Actor', 'Event']);
    // Overall, by hand: units (actor, actor) (actor, actor) (event, none).
    // α: n = 6, Do = 2/6, De = (36 − 4² − 1 − 1)/30 → 1 − (1/3)/(18/30) = 4/9; κ: pₒ = 2/3, pₑ = 4/9 → 2/5.
    const overall = rows[1] ?? [];
    expect(overall.slice(2)).toEqual([(4 / 9).toFixed(3), '0.400', '0.667', '3', '2', '1', '0']);
    expect(overall[1]).toBe(formatMeasured((reports[0] as AgreementReport).overall.measure, 'en'));
    expect(rows[2]?.slice(2)).toEqual(['1.000', '1.000', '1.000', '2', '2', '0', '0']);
    expect(rows[3]?.slice(3)).toEqual(['0.000', '0.000', '1', '1', '1', '0']);
  });

  it('says in words a value undefined for want of variation', () => {
    const second = article.codings[1] ?? [];
    const same: CodedArticle = { ...article, codings: [second, second] };
    const all = MEASURES.map((measure) => agreementReport(['سارة', 'Omar'], [same], { measure, ...options }));
    const [, overall] = agreementTable(all, labels, 'ar');
    expect(overall?.[2]).toBe('غير معرّف: لا تباين (القيم كلها واحدة)');
    expect(overall?.[4]).toBe('1.000');
  });
});

describe('agreement choices', () => {
  it('refuses a start date after the end date, keeps the others', () => {
    expect(toArticles({ ...ANY_ARTICLE, from: '2026-03-10', to: '2026-03-01' })).toEqual({
      error: 'badRange',
    });
    expect(toArticles({ source: 'الجزيرة', status: 'done', from: '2026-03-01', to: '' })).toEqual({
      articles: { sources: ['الجزيرة'], statuses: ['done'], from: '2026-03-01' },
    });
  });

  it('asks nothing below two coders', () => {
    expect(toRequest({}, ['سارة'], DEFAULT_OPTIONS)).toBeNull();
    expect(toRequest({}, ['سارة', 'Omar'], DEFAULT_OPTIONS)).toEqual({
      articles: {},
      coders: ['سارة', 'Omar'],
      ...DEFAULT_OPTIONS,
    });
  });
});
