/**
 * Invariants of every measure, on random codings (fast-check): identical
 * codings give 1 (or undefined for want of variation, said so); swapping
 * coders changes nothing; no variation gives undefined, never NaN.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodingData } from '../../../../shared/agreement/coding-data';
import { cohenKappa, fleissKappa } from '../../../../shared/agreement/kappa';
import { krippendorffAlphaNominal } from '../../../../shared/agreement/krippendorff-alpha';
import { percentAgreement } from '../../../../shared/agreement/percent-agreement';
import { formatMeasured } from '../../../../shared/agreement/report-words';
import {
  agreementReport,
  MEASURES,
  type AgreementOptions,
  type CodedArticle,
  type TagSpan,
} from '../../../../shared/agreement/report';

const TAGS = ['actor.person', 'actor.state', 'demand.prisoners', 'event'];
const LENGTH = 40;

const tagSpan = fc
  .record({
    start: fc.integer({ min: 0, max: LENGTH - 1 }),
    length: fc.integer({ min: 1, max: 8 }),
    tag: fc.constantFrom(...TAGS),
  })
  .map(({ start, length, tag }): TagSpan => ({ start, end: Math.min(LENGTH, start + length), tag }));
const coding = fc.array(tagSpan, { maxLength: 8 });
const options = fc.record({
  measure: fc.constantFrom(...MEASURES),
  by: fc.constantFrom('tag' as const, 'subtype' as const),
  unit: fc.constantFrom('exact' as const, 'overlap' as const),
  untagged: fc.constantFrom('none' as const, 'missing' as const),
});

const articleOf = (codings: TagSpan[][]): CodedArticle => ({ id: 'a', title: 't', length: LENGTH, codings });

/**
 * The report's numbers, for comparing two reports (values rounded away from
 * float noise; `+ 0` makes a rounded −0 equal 0, since toEqual tells them apart).
 */
function numbers(report: ReturnType<typeof agreementReport>) {
  const m = (x: { defined: boolean; value?: number; reason?: string }) =>
    x.defined ? Math.round((x.value ?? 0) * 1e9) / 1e9 + 0 : x.reason;
  return {
    overall: m(report.overall.measure),
    percent: m(report.overall.percent),
    rows: report.rows.map((r) => [r.category, r.units, m(r.measure), m(r.percent)]),
  };
}

describe('agreement invariants', () => {
  it('identical codings give 1, or undefined for want of variation', () => {
    fc.assert(
      fc.property(
        coding,
        fc.integer({ min: 2, max: 4 }),
        options,
        (spans, coders, opts: AgreementOptions) => {
          const names = Array.from({ length: coders }, (_, i) => `c${i}`);
          const r = agreementReport(names, [articleOf(names.map(() => spans))], opts);
          for (const measure of [r.overall.measure, ...r.rows.map((row) => row.measure)]) {
            if (measure.defined) expect(measure.value).toBeCloseTo(1, 9);
            else expect(['no-variation', 'no-pairable-units', 'no-complete-units']).toContain(measure.reason);
          }
          // With two categories or more there is variation: the overall value is 1.
          const used = new Set(spans.map((s) => (opts.by === 'tag' ? s.tag.split('.')[0] : s.tag)));
          if (used.size >= 2 && opts.measure !== 'percent')
            expect(r.overall.measure).toMatchObject({ defined: true });
        },
      ),
    );
  });

  it('a κ of exactly chance agreement reads 0.000 in either coder order (it computes as ±1e-17)', () => {
    // Found by the property below: these two codings give κ = 0 one way and −1e-17 the other.
    const a: TagSpan[] = [
      { start: 2, end: 3, tag: 'actor.person' },
      { start: 1, end: 2, tag: 'demand.prisoners' },
      { start: 0, end: 1, tag: 'actor.person' },
      { start: 0, end: 2, tag: 'actor.person' },
    ];
    const b: TagSpan[] = [
      { start: 1, end: 2, tag: 'actor.person' },
      { start: 0, end: 1, tag: 'actor.person' },
      { start: 1, end: 2, tag: 'demand.prisoners' },
      { start: 3, end: 4, tag: 'demand.prisoners' },
    ];
    const opts: AgreementOptions = { measure: 'kappa', by: 'tag', unit: 'exact', untagged: 'none' };
    for (const [names, codings] of [
      [
        ['A', 'B'],
        [a, b],
      ],
      [
        ['B', 'A'],
        [b, a],
      ],
    ] as const) {
      const { measure } = agreementReport([...names], [articleOf([...codings])], opts).overall;
      expect(measure.defined && Math.abs(measure.value)).toBeLessThan(1e-12);
      expect(formatMeasured(measure, 'en')).toBe('0.000');
      expect(formatMeasured(measure, 'ar')).toBe('0.000');
    }
  });

  it('swapping coders changes nothing (two coders, and every order of three)', () => {
    fc.assert(
      fc.property(coding, coding, coding, options, (a, b, c, opts: AgreementOptions) => {
        const two = numbers(agreementReport(['A', 'B'], [articleOf([a, b])], opts));
        const swapped = agreementReport(['B', 'A'], [articleOf([b, a])], opts);
        expect(numbers(swapped)).toEqual(two);
        const three = numbers(agreementReport(['A', 'B', 'C'], [articleOf([a, b, c])], opts));
        for (const order of [
          [c, a, b],
          [b, c, a],
          [c, b, a],
        ]) {
          expect(numbers(agreementReport(['x', 'y', 'z'], [articleOf(order)], opts))).toEqual(three);
        }
      }),
    );
  });

  it('no variation gives undefined, said so, for α, κ (Cohen, Fleiss); percent is then 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 2, max: 5 }), (units, coders) => {
        const data: CodingData = {
          coders: Array.from({ length: coders }, (_, i) => `c${i}`),
          units: Array.from({ length: units }, () => Array<string>(coders).fill('x')),
        };
        const none = { defined: false, reason: 'no-variation', units };
        expect(krippendorffAlphaNominal(data)).toEqual(none);
        expect(fleissKappa(data)).toEqual(none);
        if (coders === 2) expect(cohenKappa(data)).toEqual(none);
        expect(percentAgreement(data)).toMatchObject({ defined: true, value: 1 });
      }),
    );
  });

  it('every value is a finite number or an explicit undefined, never NaN', () => {
    fc.assert(
      fc.property(
        fc.array(coding, { minLength: 2, maxLength: 4 }),
        options,
        (codings, opts: AgreementOptions) => {
          const names = codings.map((_, i) => `c${i}`);
          const r = agreementReport(names, [articleOf(codings)], opts);
          for (const m of [
            r.overall.measure,
            r.overall.percent,
            ...r.rows.flatMap((row) => [row.measure, row.percent]),
          ]) {
            if (m.defined) expect(Number.isFinite(m.value)).toBe(true);
            else expect(typeof m.reason).toBe('string');
          }
        },
      ),
    );
  });
});
