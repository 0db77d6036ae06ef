/**
 * The coding measures against the worked examples their sources publish,
 * to three decimals: Krippendorff (2011) and Krippendorff (2004) for α,
 * Cohen (1960) and Krippendorff (1995) for κ, Fleiss (1971) and the
 * Wikipedia "Fleiss' kappa" worked example for Fleiss' κ and P̄.
 */

import { describe, expect, it } from 'vitest';
import type { CodingData, CodingValue, Measured } from '../../../../shared/agreement/coding-data';
import { cohenKappa, fleissKappa } from '../../../../shared/agreement/kappa';
import { krippendorffAlphaNominal } from '../../../../shared/agreement/krippendorff-alpha';
import { percentAgreement } from '../../../../shared/agreement/percent-agreement';

/** The value of a defined measure (fails the test when undefined). */
function valueOf(m: Measured): number {
  if (!m.defined) throw new Error(`undefined: ${m.reason}`);
  return m.value;
}

/** Coders × units rows (as the sources print them) to units × coders; "*" is missing. */
function byCoderRows(rows: string[][]): CodingData {
  const units = (rows[0] ?? []).map((_, u) =>
    rows.map((row): CodingValue => (row[u] === '*' ? null : (row[u] ?? null))),
  );
  return { coders: rows.map((_, i) => `coder ${i + 1}`), units };
}

/** A two-coder table of counts: cells[i][j] units coded category i by coder 1 and j by coder 2. */
function fromContingency(categories: string[], cells: number[][]): CodingData {
  const units: CodingValue[][] = [];
  cells.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let k = 0; k < count; k++) units.push([categories[i] ?? null, categories[j] ?? null]);
    }),
  );
  return { coders: ['A', 'B'], units };
}

/** Units coded by `n` raters from per-category counts (Fleiss's table layout). */
function fromCategoryCounts(categories: string[], rows: number[][]): CodingData {
  const units = rows.map((counts) =>
    counts.flatMap((c, j) => Array<CodingValue>(c).fill(categories[j] ?? null)),
  );
  const n = units[0]?.length ?? 0;
  return { coders: Array.from({ length: n }, (_, i) => `rater ${i + 1}`), units };
}

describe("Krippendorff's alpha, nominal", () => {
  it('matches Krippendorff 2011 §C: 4 coders, 12 units, missing values: α = 0.743', () => {
    const data = byCoderRows([
      '1 2 3 3 2 1 4 1 2 * * *'.split(' '),
      '1 2 3 3 2 2 4 1 2 5 * 3'.split(' '),
      '* 3 3 3 2 3 4 2 2 5 1 *'.split(' '),
      '1 2 3 3 2 4 4 1 2 5 1 *'.split(' '),
    ]);
    const alpha = krippendorffAlphaNominal(data);
    expect(valueOf(alpha)).toBeCloseTo(0.743, 3);
    // Unit 12 has a single value: not pairable.
    expect(alpha.units).toBe(11);
    expect(alpha.defined && alpha.observed).toBeCloseTo(0.2, 3);
    expect(alpha.defined && alpha.expected).toBeCloseTo(0.779, 3);
  });

  it('matches Krippendorff 2004 p. 224 (binary, two coders): α = 0.095, %-agreement 0.600', () => {
    const data = byCoderRows(['1 1 0 0 0 0 0 0 0 0'.split(' '), '0 1 1 0 0 1 0 1 0 0'.split(' ')]);
    expect(valueOf(krippendorffAlphaNominal(data))).toBeCloseTo(0.095, 3);
    expect(valueOf(percentAgreement(data))).toBeCloseTo(0.6, 3);
  });

  it('matches Krippendorff 2004 p. 227 (three values, two coders): α = 0.734, %-agreement 0.833', () => {
    const data = byCoderRows(['a a b b b b b c c c c c'.split(' '), 'a b b b b b c c c c c c'.split(' ')]);
    expect(valueOf(krippendorffAlphaNominal(data))).toBeCloseTo(0.734, 3);
    expect(valueOf(percentAgreement(data))).toBeCloseTo(0.833, 3);
  });
});

describe("Cohen's kappa", () => {
  it('matches Cohen 1960 p. 45: κ = 0.492 (p_o 0.70, p_e 0.41)', () => {
    const kappa = cohenKappa(
      fromContingency(
        ['1', '2', '3'],
        [
          [88, 14, 18],
          [10, 40, 10],
          [2, 6, 12],
        ],
      ),
    );
    expect(valueOf(kappa)).toBeCloseTo(0.492, 3);
    expect(kappa.defined && kappa.observed).toBeCloseTo(0.7, 2);
    expect(kappa.defined && kappa.expected).toBeCloseTo(0.41, 2);
    expect(kappa.units).toBe(200);
  });

  it("matches Krippendorff 1995's digitised example A (Bertha and Bill): κ = 0.385, α = 0.329", () => {
    const data = byCoderRows([
      '0 0 1 1 1 1 1 1 1 1 0 0 0 0 1 1 1 1 1 1 0 0 0 0'.split(' '),
      '0 0 0 0 1 1 1 1 0 0 0 0 0 0 0 1 1 0 0 0 0 0 0 0'.split(' '),
    ]);
    expect(valueOf(cohenKappa(data))).toBeCloseTo(0.385, 3);
    expect(valueOf(krippendorffAlphaNominal(data))).toBeCloseTo(0.329, 3);
  });

  it('is for two coders only, and leaves out units one coder did not code', () => {
    expect(cohenKappa({ coders: ['a', 'b', 'c'], units: [['x', 'x', 'x']] })).toEqual({
      defined: false,
      reason: 'two-coders-only',
      units: 0,
    });
    const withMissing = cohenKappa({
      coders: ['a', 'b'],
      units: [
        ['x', 'x'],
        ['y', 'y'],
        ['x', null],
        [null, 'y'],
      ],
    });
    expect(valueOf(withMissing)).toBe(1);
    expect(withMissing.units).toBe(2);
  });
});

describe("Fleiss' kappa", () => {
  const fleiss1971 = [
    [4, 4, 4, 4, 4, 4],
    [2, 2, 2, 5, 5, 5],
    [2, 3, 3, 3, 3, 5],
    [5, 5, 5, 5, 5, 5],
    [2, 2, 2, 4, 4, 4],
    [1, 1, 3, 3, 3, 3],
    [3, 3, 3, 3, 5, 5],
    [1, 1, 3, 3, 3, 4],
    [1, 1, 4, 4, 4, 4],
    [5, 5, 5, 5, 5, 5],
    [1, 4, 4, 4, 4, 4],
    [1, 2, 4, 4, 4, 4],
    [2, 2, 2, 3, 3, 3],
    [1, 4, 4, 4, 4, 4],
    [2, 2, 4, 4, 4, 5],
    [3, 3, 3, 3, 3, 5],
    [1, 1, 1, 4, 5, 5],
    [1, 1, 1, 1, 1, 2],
    [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5],
    [2, 4, 4, 4, 4, 4],
    [2, 2, 4, 5, 5, 5],
    [1, 1, 4, 4, 4, 4],
    [1, 4, 4, 4, 4, 5],
    [2, 2, 2, 2, 2, 4],
    [1, 1, 1, 1, 5, 5],
    [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 3, 3, 3],
    [5, 5, 5, 5, 5, 5],
  ];

  it('matches Fleiss 1971 p. 379 (30 patients, 6 psychiatrists, 5 diagnoses): κ = 0.430, P̄ = 0.556', () => {
    const data: CodingData = {
      coders: ['1', '2', '3', '4', '5', '6'],
      units: fleiss1971.map((row) => row.map(String)),
    };
    const kappa = fleissKappa(data);
    expect(valueOf(kappa)).toBeCloseTo(0.43, 3);
    expect(kappa.defined && kappa.observed).toBeCloseTo(0.556, 3);
    expect(kappa.defined && kappa.expected).toBeCloseTo(0.22, 3);
    expect(valueOf(percentAgreement(data))).toBeCloseTo(0.556, 3);
  });

  it("matches Wikipedia's worked example (10 subjects, 14 raters, 5 categories): κ = 0.210, P̄ = 0.378", () => {
    const data = fromCategoryCounts(
      ['1', '2', '3', '4', '5'],
      [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
      ],
    );
    const kappa = fleissKappa(data);
    expect(valueOf(kappa)).toBeCloseTo(0.21, 3);
    expect(kappa.defined && kappa.observed).toBeCloseTo(0.378, 3);
    expect(kappa.defined && kappa.expected).toBeCloseTo(0.213, 3);
  });

  it('uses only units every coder coded', () => {
    const kappa = fleissKappa({
      coders: ['a', 'b', 'c'],
      units: [
        ['x', 'x', 'x'],
        ['y', 'y', 'y'],
        ['x', null, 'y'],
      ],
    });
    expect(valueOf(kappa)).toBe(1);
    expect(kappa.units).toBe(2);
    expect(fleissKappa({ coders: ['a', 'b'], units: [['x', null]] })).toEqual({
      defined: false,
      reason: 'no-complete-units',
      units: 0,
    });
  });
});
