/**
 * Krippendorff's unitizing alpha (αu) over a continuum, for coders who each
 * choose both the boundaries and the category of their units (Krippendorff
 * 1995, "On the reliability of unitizing continuous data", Sociological
 * Methodology 25:47–76; Krippendorff 2004, Content Analysis, 2nd ed.,
 * §11.6, pp. 251–256). The computation follows the form DKPro Agreement
 * implements (dkpro-statistics, KrippendorffAlphaUnitizingAgreement,
 * https://github.com/dkpro/dkpro-statistics): per category c, each coder's
 * continuum is cut into c-units and gaps; D_o(c) sums the distance of every
 * pair of segments of two coders that meet; D_e(c) is Krippendorff's
 * expected disagreement; the overall αu = 1 − mean_c D_o(c) / mean_c D_e(c)
 * over the categories used. Positions and lengths are in whatever unit the
 * caller gives (Hamish: code points).
 */

import { measured, notDefined, type Measured } from './coding-data';

/** One coder's unit on the continuum: [start, end), a category. */
export interface ContinuumUnit {
  start: number;
  end: number;
  category: string;
}

/** A unitizing study: the continuum [begin, begin + length) and each coder's units. */
export interface UnitizingStudy {
  begin: number;
  length: number;
  /** coders[r] = coder r's units (any order; overlapping units of one category are merged). */
  coders: readonly (readonly ContinuumUnit[])[];
}

/** αu of one category (or overall) with its observed and expected disagreement. */
export interface UnitizingResult {
  category: string;
  measured: Measured;
  observed: number;
  expected: number;
}

interface Segment {
  start: number;
  end: number;
  unit: boolean;
}

/**
 * Coder `units` of `category` as segments covering the continuum: its units
 * (overlapping ones merged into one, as αu assumes a coder's units of one
 * category never overlap) and the gaps between them.
 */
export function segments(
  study: UnitizingStudy,
  units: readonly ContinuumUnit[],
  category: string,
): Segment[] {
  const own = units
    .filter((u) => u.category === category && u.end > u.start)
    .map((u) => ({ start: u.start, end: u.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const u of own) {
    const last = merged[merged.length - 1];
    if (last && u.start < last.end) last.end = Math.max(last.end, u.end);
    else merged.push({ ...u });
  }
  const out: Segment[] = [];
  let pos = study.begin;
  for (const u of merged) {
    if (u.start > pos) out.push({ start: pos, end: u.start, unit: false });
    out.push({ start: u.start, end: u.end, unit: true });
    pos = u.end;
  }
  const end = study.begin + study.length;
  if (pos < end) out.push({ start: pos, end, unit: false });
  return out;
}

/**
 * Krippendorff's distance between two segments (Krippendorff 2004, p. 253;
 * DKPro measureDistance): two overlapping units, (b1 − b2)² + (e1 − e2)²;
 * a unit lying wholly inside the other coder's gap, its length squared; else 0.
 */
export function segmentDistance(a: Segment, b: Segment): number {
  if (a.unit && b.unit && a.start < b.end && b.start < a.end) {
    return (a.start - b.start) ** 2 + (a.end - b.end) ** 2;
  }
  if (a.unit && !b.unit && b.start <= a.start && a.end <= b.end) return (a.end - a.start) ** 2;
  if (!a.unit && b.unit && a.start <= b.start && b.end <= a.end) return (b.end - b.start) ** 2;
  return 0;
}

/** Σ of segmentDistance over every pair of segments of `x` and `y` that share a position. */
function pairDistance(x: readonly Segment[], y: readonly Segment[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const a = x[i] as Segment;
    const b = y[j] as Segment;
    sum += segmentDistance(a, b);
    if (a.end <= b.end) i++;
    if (b.end <= a.end) j++;
  }
  return sum;
}

/** D_o(c) = 2 Σ_{r1<r2} Σ distance / (R(R − 1) L²) (DKPro calculateObservedCategoryDisagreement). */
function observedDisagreement(study: UnitizingStudy, perCoder: readonly Segment[][]): number {
  const R = perCoder.length;
  const L = study.length;
  let sum = 0;
  for (let r1 = 0; r1 < R; r1++) {
    for (let r2 = r1 + 1; r2 < R; r2++) sum += pairDistance(perCoder[r1] ?? [], perCoder[r2] ?? []);
  }
  return (2 * sum) / (R * (R - 1) * L * L);
}

/**
 * D_e(c) (Krippendorff 1995, eq. 13, in DKPro's form): with N_c the units of
 * c, l their lengths and g the gaps of every coder,
 * D_e = (2/L) Σ_u [ (N_c − 1)(2l³ − 3l² + l)/3 + l² Σ_{g ≥ l} (g − l + 1) ]
 *       / ( R·L(R·L − 1) − Σ_u l(l − 1) ).
 */
function expectedDisagreement(study: UnitizingStudy, perCoder: readonly Segment[][]): number {
  const R = perCoder.length;
  const L = study.length;
  const lengths = perCoder.flatMap((s) => s.filter((x) => x.unit).map((x) => x.end - x.start));
  const gaps = perCoder
    .flatMap((s) => s.filter((x) => !x.unit).map((x) => x.end - x.start))
    .sort((a, b) => a - b);
  // suffix[i] = Σ gaps[i..]: Σ_{g ≥ l} (g − l + 1) = suffix[i] − (l − 1)·(count from i), i the first gap ≥ l.
  const suffix = new Array<number>(gaps.length + 1).fill(0);
  for (let i = gaps.length - 1; i >= 0; i--) suffix[i] = (suffix[i + 1] ?? 0) + (gaps[i] ?? 0);
  const firstAtLeast = (l: number): number => {
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((gaps[mid] ?? 0) < l) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const N = lengths.length;
  let sum = 0;
  let squared = 0;
  for (const l of lengths) {
    const i = firstAtLeast(l);
    const gapSum = (suffix[i] ?? 0) - (l - 1) * (gaps.length - i);
    sum += ((N - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * gapSum;
    squared += l * (l - 1);
  }
  return ((2 / L) * sum) / (R * L * (R * L - 1) - squared);
}

/** 1 − D_o / D_e, or undefined ('no-variation') when D_e = 0. */
function alphaOf(observed: number, expected: number, units: number): Measured {
  return expected === 0
    ? notDefined('no-variation', units)
    : measured(1 - observed / expected, units, observed, expected);
}

/**
 * αu for one category: its D_o, D_e and 1 − D_o/D_e (undefined when D_e = 0,
 * e.g. no coder used the category). `units` counts the category's (merged) units.
 */
export function unitizingCategoryAlpha(study: UnitizingStudy, category: string): UnitizingResult {
  const perCoder = study.coders.map((units) => segments(study, units, category));
  const units = perCoder.reduce((n, s) => n + s.filter((x) => x.unit).length, 0);
  if (study.coders.length < 2) {
    return { category, measured: notDefined('too-few-coders', units), observed: 0, expected: 0 };
  }
  if (study.length <= 0 || units === 0) {
    return { category, measured: notDefined('no-variation', units), observed: 0, expected: 0 };
  }
  const observed = observedDisagreement(study, perCoder);
  const expected = expectedDisagreement(study, perCoder);
  return { category, measured: alphaOf(observed, expected, units), observed, expected };
}

/** The categories the study's units use, sorted. */
export const studyCategories = (study: UnitizingStudy): string[] =>
  [...new Set(study.coders.flatMap((units) => units.map((u) => u.category)))].sort();

/**
 * αu over all categories (DKPro calculateAgreement): 1 − mean D_o(c) / mean
 * D_e(c), the means over the categories any coder used. Undefined when no
 * unit was coded, fewer than two coders, or D_e = 0.
 */
export function unitizingAlpha(study: UnitizingStudy): UnitizingResult {
  const categories = studyCategories(study);
  const per = categories.map((c) => unitizingCategoryAlpha(study, c));
  const units = per.reduce((n, r) => n + r.measured.units, 0);
  if (study.coders.length < 2) {
    return { category: '', measured: notDefined('too-few-coders', units), observed: 0, expected: 0 };
  }
  if (per.length === 0)
    return { category: '', measured: notDefined('no-variation'), observed: 0, expected: 0 };
  const observed = per.reduce((s, r) => s + r.observed, 0) / per.length;
  const expected = per.reduce((s, r) => s + r.expected, 0) / per.length;
  return { category: '', measured: alphaOf(observed, expected, units), observed, expected };
}
