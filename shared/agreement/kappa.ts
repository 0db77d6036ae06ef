/**
 * Cohen's kappa for two coders (Cohen 1960, "A coefficient of agreement for
 * nominal scales", Educational and Psychological Measurement 20(1):37–46) and
 * Fleiss' kappa for any fixed number of coders (Fleiss 1971, "Measuring
 * nominal scale agreement among many raters", Psychological Bulletin
 * 76(5):378–382). Both over nominal values; units where a coder's value is
 * missing are left out (Cohen: units both coded; Fleiss: units every coder coded).
 */

import type { CodingData, Measured } from './coding-data';
import { countValues, measured, notDefined, presentValues } from './coding-data';

/**
 * Cohen's κ = (p_o − p_e) / (1 − p_e), p_o the share of units on which the
 * two coders agree, p_e = Σ_c p_1(c)·p_2(c) from each coder's own marginal
 * shares (Cohen 1960, eq. 1). Over the units both coded. Undefined when there
 * are not exactly two coders, no unit both coded, or p_e = 1 (both used one
 * and the same value: no variation).
 */
export function cohenKappa(data: CodingData): Measured {
  if (data.coders.length !== 2) return notDefined('two-coders-only');
  const pairs: [string, string][] = [];
  for (const [a, b] of data.units) if (a != null && b != null) pairs.push([a, b]);
  const n = pairs.length;
  if (n === 0) return notDefined('no-pairable-units');
  const first = countValues(pairs.map((p) => p[0]));
  const second = countValues(pairs.map((p) => p[1]));
  const po = pairs.filter(([a, b]) => a === b).length / n;
  let pe = 0;
  for (const [value, count] of first) pe += (count / n) * ((second.get(value) ?? 0) / n);
  if (pe === 1) return notDefined('no-variation', n);
  return measured((po - pe) / (1 - pe), n, po, pe);
}

/**
 * Fleiss' κ = (P̄ − P̄_e) / (1 − P̄_e) (Fleiss 1971, eqs. 2–9): with N units
 * each coded by all n coders, n_ij the coders putting unit i in category j,
 * P_i = (Σ_j n_ij² − n) / (n(n − 1)), P̄ = mean P_i, p_j = Σ_i n_ij / (N·n),
 * P̄_e = Σ_j p_j². Units where any coder's value is missing are left out.
 * Undefined with fewer than two coders, no complete unit, or P̄_e = 1.
 */
export function fleissKappa(data: CodingData): Measured {
  const n = data.coders.length;
  if (n < 2) return notDefined('too-few-coders');
  const complete = data.units.filter((u) => presentValues(u).length === n);
  const units = complete.length;
  if (units === 0) return notDefined('no-complete-units');
  const totals = new Map<string, number>();
  let sumP = 0;
  for (const unit of complete) {
    let squares = 0;
    for (const [value, count] of countValues(presentValues(unit))) {
      squares += count * count;
      totals.set(value, (totals.get(value) ?? 0) + count);
    }
    sumP += (squares - n) / (n * (n - 1));
  }
  const pBar = sumP / units;
  let pe = 0;
  for (const count of totals.values()) pe += (count / (units * n)) ** 2;
  if (pe === 1) return notDefined('no-variation', units);
  return measured((pBar - pe) / (1 - pe), units, pBar, pe);
}
