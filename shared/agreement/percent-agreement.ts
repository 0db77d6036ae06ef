/**
 * Percent agreement: over the units with at least two values, the mean share
 * of agreeing pairs of coders (Fleiss 1971's P̄, eq. 3, extended to units
 * with missing values by counting each unit's own pairs). For two coders it is
 * simply the share of units both coded on which they gave the same value.
 * It is not corrected for chance: report it beside α or κ, never alone.
 */

import type { CodingData, Measured } from './coding-data';
import { countValues, measured, notDefined, presentValues } from './coding-data';

/** The share of agreeing coder pairs within one unit (undefined when it has fewer than two values). */
export function unitAgreement(unit: readonly (string | null)[]): number | undefined {
  const present = presentValues(unit);
  const m = present.length;
  if (m < 2) return undefined;
  let agreeing = 0;
  for (const count of countValues(present).values()) agreeing += count * (count - 1);
  return agreeing / (m * (m - 1));
}

/**
 * Mean of `unitAgreement` over units with two or more values; a number in
 * [0, 1] (not a percentage). Undefined ('no-pairable-units') when there is no such unit.
 */
export function percentAgreement(data: CodingData): Measured {
  let sum = 0;
  let units = 0;
  for (const unit of data.units) {
    const share = unitAgreement(unit);
    if (share === undefined) continue;
    sum += share;
    units++;
  }
  return units === 0 ? notDefined('no-pairable-units') : measured(sum / units, units, sum / units);
}
