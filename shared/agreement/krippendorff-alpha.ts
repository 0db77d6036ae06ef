/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values
 * allowed, by the coincidence-matrix method of Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability", University of Pennsylvania,
 * https://repository.upenn.edu/asc_papers/43 (§C, "Nominal data, any number
 * of observers, missing values"). Worked example there: α = 0.743.
 */

import type { CodingData, Measured } from './coding-data';
import { measured, notDefined } from './coding-data';

/** A coincidence matrix: the values (sorted) and o[c][k], with the margins n_c and total n. */
export interface Coincidences {
  values: string[];
  /** o[c][k]: pairs of values c–k from different coders within a unit, each unit weighted 1/(m_u − 1). */
  o: number[][];
  /** n_c = Σ_k o[c][k]. */
  margins: number[];
  /** n = Σ_c n_c: the number of pairable values. */
  total: number;
  /** Units with at least two values (pairable). */
  pairableUnits: number;
}

/**
 * The coincidence matrix of `data` (Krippendorff 2011, §C step 2):
 * o_ck = Σ_u (number of c–k pairs in unit u) / (m_u − 1), over units with
 * m_u ≥ 2 values; pairs are ordered and taken between different coders.
 */
export function coincidences(data: CodingData): Coincidences {
  const all = new Set<string>();
  for (const unit of data.units) for (const v of unit) if (v !== null) all.add(v);
  const values = [...all].sort();
  const at = new Map(values.map((v, i) => [v, i]));
  const o = values.map(() => new Array<number>(values.length).fill(0));
  const counts = new Array<number>(values.length).fill(0);
  let pairableUnits = 0;
  for (const unit of data.units) {
    const used: number[] = [];
    for (const v of unit) {
      if (v === null) continue;
      const i = at.get(v) ?? 0;
      if (counts[i] === 0) used.push(i);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    const m = unit.reduce((n, v) => (v === null ? n : n + 1), 0);
    if (m >= 2) {
      pairableUnits++;
      for (const c of used) {
        const row = o[c] ?? [];
        const nc = counts[c] ?? 0;
        for (const k of used) {
          const pairs = c === k ? nc * (nc - 1) : nc * (counts[k] ?? 0);
          row[k] = (row[k] ?? 0) + pairs / (m - 1);
        }
      }
    }
    for (const i of used) counts[i] = 0;
  }
  const margins = o.map((row) => row.reduce((s, x) => s + x, 0));
  const total = margins.reduce((s, x) => s + x, 0);
  return { values, o, margins, total, pairableUnits };
}

/**
 * Krippendorff's α, nominal metric (Krippendorff 2011, §C step 3):
 * α = 1 − D_o / D_e with D_o = Σ_{c≠k} o_ck / n and
 * D_e = Σ_{c≠k} n_c·n_k / (n(n − 1)).
 * Undefined ('no-pairable-units') when no unit has two values, and
 * ('no-variation') when every pairable value is the same (D_e = 0).
 * `units` in the result counts the pairable units.
 */
export function krippendorffAlphaNominal(data: CodingData): Measured {
  const { o, margins, total: n, pairableUnits } = coincidences(data);
  if (n === 0) return notDefined('no-pairable-units');
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < margins.length; c++) {
    for (let k = 0; k < margins.length; k++) {
      if (c === k) continue;
      observed += o[c]?.[k] ?? 0;
      expected += (margins[c] ?? 0) * (margins[k] ?? 0);
    }
  }
  const dO = observed / n;
  const dE = expected / (n * (n - 1));
  if (dE === 0) return notDefined('no-variation', pairableUnits);
  return measured(1 - dO / dE, pairableUnits, dO, dE);
}
