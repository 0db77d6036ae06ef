/**
 * Krippendorff's unitizing alpha against the cases DKPro Agreement tests
 * (dkpro-statistics: Krippendorff2004Test, Krippendorff1995Test and
 * UnitizingAgreementTest of org.dkpro.statistics.agreement.unitizing), with
 * their expected values, plus hand-computed small cases.
 */

import { describe, expect, it } from 'vitest';
import type { Measured } from '../../../../shared/agreement/coding-data';
import {
  segmentDistance,
  unitizingAlpha,
  unitizingCategoryAlpha,
  type ContinuumUnit,
  type UnitizingStudy,
} from '../../../../shared/agreement/unitizing-alpha';

/** |actual − expected| ≤ tolerance: DKPro's `isCloseTo(expected, offset(tolerance))` (its values are truncated, not rounded). */
function expectWithin(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

function valueOf(m: Measured): number {
  if (!m.defined) throw new Error(`undefined: ${m.reason}`);
  return m.value;
}

/** DKPro's addUnit(offset, length, rater, category) as a study. */
function study(
  begin: number,
  length: number,
  raters: number,
  units: [number, number, number, string][],
): UnitizingStudy {
  const coders: ContinuumUnit[][] = Array.from({ length: raters }, () => []);
  for (const [offset, len, rater, category] of units)
    coders[rater]?.push({ start: offset, end: offset + len, category });
  return { begin, length, coders };
}

/** DKPro's measureDistance(offset1, length1, category1, offset2, length2, category2). */
const distance = (
  o1: number,
  l1: number,
  c1: string | null,
  o2: number,
  l2: number,
  c2: string | null,
): number =>
  segmentDistance(
    { start: o1, end: o1 + l1, unit: c1 !== null },
    { start: o2, end: o2 + l2, unit: c2 !== null },
  );

/** Krippendorff (2004: p. 254), as DKPro's Krippendorff2004Test builds it: continuum 150..450, two coders. */
const k2004 = study(150, 300, 2, [
  [225, 70, 0, 'c'],
  [370, 30, 0, 'c'],
  [220, 80, 1, 'c'],
  [355, 20, 1, 'c'],
  [400, 20, 1, 'c'],
  [180, 60, 0, 'k'],
  [300, 50, 0, 'k'],
  [180, 60, 1, 'k'],
  [300, 50, 1, 'k'],
]);

/** Krippendorff (1995: p. 57), as DKPro's Krippendorff1995Test builds it, stretched by `s`. */
function k1995(s: number): UnitizingStudy {
  const at = (x: number) => Math.trunc(x * s);
  const u = (o: number, l: number, r: number, c: string): [number, number, number, string] => [
    at(o),
    at(l),
    r,
    c,
  ];
  return study(0, at(24), 2, [
    u(2, 8, 0, 'A'),
    u(14, 6, 0, 'A'),
    u(4, 4, 1, 'A'),
    u(15, 2, 1, 'A'),
    u(0, 18, 0, 'B'),
    u(0, 2, 1, 'B'),
    u(2, 1, 1, 'B'),
    u(3, 1, 1, 'B'),
    u(4, 1, 1, 'B'),
    u(5, 1, 1, 'B'),
    u(6, 3, 1, 'B'),
    u(9, 1, 1, 'B'),
    u(2, 6, 0, 'C'),
    u(10, 2, 0, 'C'),
    u(14, 4, 0, 'C'),
    u(20, 2, 0, 'C'),
    u(0, 2, 1, 'C'),
    u(4, 4, 1, 'C'),
    u(10, 4, 1, 'C'),
    u(16, 2, 1, 'C'),
    u(20, 2, 1, 'C'),
    u(0, 2, 0, 'D'),
    u(2, 8, 0, 'D'),
    u(10, 4, 0, 'D'),
    u(14, 6, 0, 'D'),
    u(20, 4, 0, 'D'),
    u(0, 4, 1, 'D'),
    u(4, 4, 1, 'D'),
    u(8, 7, 1, 'D'),
    u(15, 2, 1, 'D'),
    u(17, 7, 1, 'D'),
  ]);
}

describe('the distance between two segments (DKPro Krippendorff2004Test, UnitizingAgreementTest)', () => {
  it('gives the published distances', () => {
    expect(distance(2, 3, null, 2, 2, 'X') + distance(5, 6, 'X', 4, 7, null)).toBe(40);
    expect(distance(3, 2, null, 3, 2, 'X') + distance(5, 6, 'X', 5, 6, null)).toBe(40);
    expect(distance(5, 6, 'X', 4, 2, 'X')).toBe(26);
    expect(distance(5, 6, 'X', 5, 2, 'X')).toBe(16);
    expect(distance(5, 6, 'X', 6, 2, 'X')).toBe(10);
    expect(distance(5, 6, 'X', 7, 2, 'X')).toBe(8);
    expect(distance(5, 6, 'X', 6, 4, 'X')).toBe(2);
    expect(distance(5, 6, 'X', 5, 6, 'X')).toBe(0);
    expect(distance(225, 70, 'c', 220, 80, 'c')).toBe(50);
    expect(distance(370, 30, 'c', 355, 20, 'c')).toBe(850);
    expect(distance(400, 50, null, 400, 20, 'c')).toBe(400);
    expect(distance(0, 1, null, 0, 2, null)).toBe(0);
    expect(distance(1, 8, 'A', 0, 2, null)).toBe(0);
    expect(distance(1, 8, 'A', 2, 1, 'A')).toBe(37);
    expect(distance(1, 8, 'A', 4, 1, 'A')).toBe(25);
    expect(distance(1, 8, 'A', 6, 1, 'A')).toBe(29);
    expect(distance(1, 8, 'A', 7, 4, null)).toBe(0);
  });
});

describe("Krippendorff's αu", () => {
  it('matches Krippendorff 2004 p. 254: αu = 0.859; c: D_o 0.0144, D_e 0.0532, αu 0.729; k: 1', () => {
    expect(valueOf(unitizingAlpha(k2004).measured)).toBeCloseTo(0.8591, 3);
    const c = unitizingCategoryAlpha(k2004, 'c');
    expectWithin(c.observed, 0.0144, 0.0001);
    expectWithin(c.expected, 0.0532, 0.0001);
    expect(valueOf(c.measured)).toBeCloseTo(0.7286, 3);
    const k = unitizingCategoryAlpha(k2004, 'k');
    expect(k.observed).toBe(0);
    expectWithin(k.expected, 0.049, 0.0001);
    expect(valueOf(k.measured)).toBe(1);
  });

  it("matches DKPro's UnitizingAgreementTest: D_o 0.9100, D_e 0.5351, αu −0.7003", () => {
    const a = unitizingCategoryAlpha(
      study(0, 10, 2, [
        [1, 8, 0, 'A'],
        [2, 1, 1, 'A'],
        [4, 1, 1, 'A'],
        [6, 1, 1, 'A'],
      ]),
      'A',
    );
    expectWithin(a.observed, 0.91, 0.0001);
    expectWithin(a.expected, 0.5351, 0.0001);
    expect(valueOf(a.measured)).toBeCloseTo(-0.7003, 3);
  });

  it('matches the observed disagreements of Krippendorff 1995 p. 57 (A 0.03125, B 2.26736, C 0.02777, D 0.38715)', () => {
    const s = k1995(1);
    expectWithin(unitizingCategoryAlpha(s, 'A').observed, 0.03125, 0.00001);
    expectWithin(unitizingCategoryAlpha(s, 'B').observed, 2.26736, 0.00001);
    expectWithin(unitizingCategoryAlpha(s, 'C').observed, 0.02777, 0.00001);
    expectWithin(unitizingCategoryAlpha(s, 'D').observed, 0.38715, 0.00001);
  });

  it("is within DKPro's stated tolerance (±0.005 D_e, ±0.02 αu) of Krippendorff 1995's values, which DKPro notes carry a small error in D_e", () => {
    const s = k1995(1_200_000 / 24);
    const published = { A: [0.0699, 0.553], B: [1.17731, -0.926], C: [0.08642, 0.679], D: [0.41445, 0.066] };
    for (const [category, [expected, alpha]] of Object.entries(published)) {
      const r = unitizingCategoryAlpha(s, category);
      expect(Math.abs(r.expected - (expected ?? 0))).toBeLessThan(0.005);
      expect(Math.abs(valueOf(r.measured) - (alpha ?? 0))).toBeLessThan(0.02);
    }
    // The small example (stretch 12/24) has its own published D_e.
    expectWithin(unitizingCategoryAlpha(k1995(0.5), 'C').expected, 0.05494, 0.00001);
  });

  it('gives 0 for one unit of one of three coders (DKPro testSingleAnnotationUnit)', () => {
    expect(valueOf(unitizingAlpha(study(0, 20, 3, [[0, 1, 0, 'X']])).measured)).toBeCloseTo(0, 12);
  });

  it('is undefined, and says so, for a study without units (DKPro returns NaN)', () => {
    expect(unitizingAlpha(study(0, 20, 3, [])).measured).toEqual({
      defined: false,
      reason: 'no-variation',
      units: 0,
    });
  });

  it('hand-computed: two coders, L = 4, one agrees on [0,2) c, the other codes [0,1) c', () => {
    // Coder 1 segments: c[0,2) gap[2,4); coder 2: c[0,1) gap[1,4).
    // D_o = 2·(0² + (2−1)²) / (2·1·16) = 1/16 (the unit–unit pair; gaps add nothing).
    // D_e: lengths 2 and 1, gaps 2 and 3, N = 2; Σ l(l−1) = 2; denominator 2·4·7 − 2 = 54.
    //  l = 2: (1)(16 − 12 + 2)/3 = 2, plus 4·((2−2+1) + (3−2+1)) = 12 → 14
    //  l = 1: (1)(2 − 3 + 1)/3 = 0, plus 1·(2 + 3) = 5 → 5
    //  D_e = (2/4)·19 / 54 = 9.5/54.
    const r = unitizingCategoryAlpha(
      study(0, 4, 2, [
        [0, 2, 0, 'c'],
        [0, 1, 1, 'c'],
      ]),
      'c',
    );
    expect(r.observed).toBeCloseTo(1 / 16, 12);
    expect(r.expected).toBeCloseTo(9.5 / 54, 12);
    expect(valueOf(r.measured)).toBeCloseTo(1 - 1 / 16 / (9.5 / 54), 12);
  });

  it("merges one coder's overlapping units of a category into one", () => {
    const split = study(0, 30, 2, [
      [5, 5, 0, 'c'],
      [8, 7, 0, 'c'],
      [5, 10, 1, 'c'],
    ]);
    const whole = study(0, 30, 2, [
      [5, 10, 0, 'c'],
      [5, 10, 1, 'c'],
    ]);
    expect(unitizingAlpha(split)).toEqual(unitizingAlpha(whole));
    expect(valueOf(unitizingAlpha(split).measured)).toBe(1);
  });
});
