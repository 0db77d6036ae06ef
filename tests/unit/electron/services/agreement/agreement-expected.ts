/**
 * The test's own reckoning of two coders' agreement over units written out
 * by hand (each unit: coder 1's category, coder 2's, null for untagged,
 * which counts as the category "none"), from the textbook formulas and
 * independent of shared/agreement: percent agreement (share of units where
 * both agree), Cohen's κ = (pₒ − pₑ)/(1 − pₑ) with pₑ from the two coders'
 * marginals (Cohen 1960), and Krippendorff's nominal α = 1 − Dₒ/Dₑ from the
 * coincidences of the values (Krippendorff 2011; two coders, no value missing).
 */

export type Value = string | null;

const NONE = '(none)';
const key = (v: Value): string => v ?? NONE;

export function percentAgreement(units: readonly [Value, Value][]): number {
  return units.filter(([a, b]) => key(a) === key(b)).length / units.length;
}

export function cohenKappa(units: readonly [Value, Value][]): number {
  const n = units.length;
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  for (const [a, b] of units) {
    first.set(key(a), (first.get(key(a)) ?? 0) + 1);
    second.set(key(b), (second.get(key(b)) ?? 0) + 1);
  }
  const po = percentAgreement(units);
  let pe = 0;
  for (const [category, count] of first) pe += (count / n) * ((second.get(category) ?? 0) / n);
  return (po - pe) / (1 - pe);
}

export function nominalAlpha(units: readonly [Value, Value][]): number {
  // Every unit has two values: each contributes two ordered pairs of weight 1/(2 − 1).
  const values = units.flatMap(([a, b]) => [key(a), key(b)]);
  const n = values.length;
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const disagreeing = units.filter(([a, b]) => key(a) !== key(b)).length * 2;
  const observed = disagreeing / n;
  const sumSquares = [...counts.values()].reduce((s, c) => s + c * c, 0);
  const expected = (n * n - sumSquares) / (n * (n - 1));
  return 1 - observed / expected;
}
