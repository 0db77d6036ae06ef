/** The agreement report on small hand-computed cases (every expected value worked out in the comments). */

import { describe, expect, it } from 'vitest';
import type { Measured } from '../../../../shared/agreement/coding-data';
import { unitizingAlpha, unitizingCategoryAlpha } from '../../../../shared/agreement/unitizing-alpha';
import {
  agreementReport,
  type AgreementOptions,
  type CodedArticle,
} from '../../../../shared/agreement/report';

const u = (start: number, end: number, category: string) => ({ start, end, category });
const value = (m: Measured): number | string => (m.defined ? m.value : `undefined: ${m.reason}`);

// Coder A: [0,5) actor.person, [10,15) demand.prisoners.
// Coder B: [0,5) actor.person, [12,15) demand.prisoners, [16,18) actor.state.
const article: CodedArticle = {
  id: 'a1',
  title: 'مقال',
  length: 20,
  codings: [
    [
      { start: 0, end: 5, tag: 'actor.person' },
      { start: 10, end: 15, tag: 'demand.prisoners' },
    ],
    [
      { start: 0, end: 5, tag: 'actor.person' },
      { start: 12, end: 15, tag: 'demand.prisoners' },
      { start: 16, end: 18, tag: 'actor.state' },
    ],
  ],
};
const base: AgreementOptions = { measure: 'alpha', by: 'tag', unit: 'overlap', untagged: 'none' };
const report = (options: Partial<AgreementOptions>) =>
  agreementReport(['A', 'B'], [article], { ...base, ...options });

describe('agreementReport', () => {
  it('exact units, none: (actor,actor) (demand,none) (none,demand) (none,actor): α = 1 − 0.75/0.75 = 0', () => {
    const r = report({ unit: 'exact' });
    expect(r.overall.units).toBe(4);
    expect(value(r.overall.measure)).toBeCloseTo(0, 12);
    expect(r.overall.alone).toEqual([1, 2]);
  });

  it('overlap units, none: (actor,actor) (demand,demand) (none,actor): α = 1 − (2/6)/(22/30) = 12/22', () => {
    const r = report({});
    expect(r.measure).toBe('krippendorff-alpha-nominal');
    expect(value(r.overall.measure)).toBeCloseTo(12 / 22, 12);
    expect(value(r.overall.percent)).toBeCloseTo(2 / 3, 12);
    expect(r.overall.alone).toEqual([0, 1]);
    expect(r.annotations).toEqual([2, 3]);
    // actor vs the rest: (a,a) (·,·) (·,a): D_o = 2/6, D_e = 18/30, α = 4/9; 2 units, agreeing on 1 of them.
    const [actor, demand] = r.rows;
    expect(actor?.category).toBe('actor');
    expect(value(actor?.measure ?? r.overall.measure)).toBeCloseTo(4 / 9, 12);
    expect(actor?.units).toBe(2);
    expect(value(actor?.percent ?? r.overall.measure)).toBeCloseTo(0.5, 12);
    expect(actor?.alone).toEqual([0, 1]);
    expect(actor?.coders).toBe(2);
    expect(r.overall.coders).toBe(2);
    expect(demand?.category).toBe('demand');
    expect(value(demand?.measure ?? r.overall.measure)).toBe(1);
    expect(r.confusion).toEqual({
      kind: 'contingency',
      categories: ['actor', 'demand', ''],
      cells: [
        [1, 0, 0],
        [0, 1, 0],
        [1, 0, 0],
      ],
    });
    expect(r.articles).toEqual([{ id: 'a1', title: 'مقال', units: 3, measure: r.overall.measure }]);
  });

  it('overlap units, missing: the unit B alone tagged is not pairable, α = 1 over the other two', () => {
    const r = report({ untagged: 'missing' });
    expect(value(r.overall.measure)).toBe(1);
    expect(r.overall.measure.units).toBe(2);
  });

  it("kappa with two coders is Cohen's: p_o 2/3, p_e 1/3, κ = 0.5", () => {
    const r = report({ measure: 'kappa' });
    expect(r.measure).toBe('cohen-kappa');
    expect(value(r.overall.measure)).toBeCloseTo(0.5, 12);
  });

  it('by subtype compares full tags', () => {
    const r = report({ by: 'subtype' });
    expect(r.rows.map((row) => row.category)).toEqual(['actor.person', 'actor.state', 'demand.prisoners']);
  });

  it('alpha-u runs over the articles laid end to end, categories at the chosen level', () => {
    const second: CodedArticle = {
      id: 'a2',
      title: 'ثان',
      length: 10,
      codings: [[{ start: 2, end: 6, tag: 'actor.state' }], [{ start: 3, end: 6, tag: 'actor.person' }]],
    };
    const r = agreementReport(['A', 'B'], [article, second], { ...base, measure: 'alpha-u' });
    expect(r.measure).toBe('krippendorff-alpha-unitizing');
    // The same study written out by hand: the second article starts at 20.
    const study = {
      begin: 0,
      length: 30,
      coders: [
        [u(0, 5, 'actor'), u(10, 15, 'demand'), u(22, 26, 'actor')],
        [u(0, 5, 'actor'), u(12, 15, 'demand'), u(16, 18, 'actor'), u(23, 26, 'actor')],
      ],
    };
    expect(r.overall.measure).toEqual(unitizingAlpha(study).measured);
    expect(r.rows.map((row) => row.measure)).toEqual([
      unitizingCategoryAlpha(study, 'actor').measured,
      unitizingCategoryAlpha(study, 'demand').measured,
    ]);
    // demand: D_o = 2·(2² + 0²)/(2·1·30²) = 8/1800; the value is defined and below 1.
    expect(unitizingCategoryAlpha(study, 'demand').observed).toBeCloseTo(8 / 1800, 12);
  });

  it('three coders: coincidence matrix, α, Fleiss κ and percent, worked by hand', () => {
    // All tag [0,5) actor; A and B tag [10,12) event, C does not. Units: (a,a,a), (e,e,∅).
    // o_aa = 3·2/2 = 3; o_ee = 2/2 = 1; o_e∅ = o_∅e = 2/2 = 1; n = 6, margins a 3, e 2, ∅ 1.
    const three: CodedArticle = {
      id: 'a3',
      title: 'ثلاثة',
      length: 20,
      codings: [
        [u(0, 5, 'actor'), u(10, 12, 'event')],
        [u(0, 5, 'actor'), u(10, 12, 'event')],
        [u(0, 5, 'actor')],
      ].map((spans) => spans.map((x) => ({ start: x.start, end: x.end, tag: x.category }))),
    };
    const run = (measure: AgreementOptions['measure']) =>
      agreementReport(['A', 'B', 'C'], [three], { ...base, unit: 'exact', measure });
    const alpha = run('alpha');
    expect(alpha.confusion).toEqual({
      kind: 'coincidence',
      categories: ['actor', 'event', ''],
      cells: [
        [3, 0, 0],
        [0, 1, 1],
        [0, 1, 0],
      ],
    });
    // D_o = 2/6, D_e = (36 − 14)/30: α = 1 − 10/22.
    expect(value(alpha.overall.measure)).toBeCloseTo(12 / 22, 12);
    // P_1 = 1, P_2 = (4 + 1 − 3)/6; P̄ = 2/3; p = 3/6, 2/6, 1/6, P̄_e = 14/36: κ = (24 − 14)/(36 − 14).
    const kappa = run('kappa');
    expect(kappa.measure).toBe('fleiss-kappa');
    expect(value(kappa.overall.measure)).toBeCloseTo(10 / 22, 12);
    expect(value(run('percent').overall.measure)).toBeCloseTo(2 / 3, 12);
    expect(alpha.overall.alone).toEqual([0, 0, 0]);
  });
});
