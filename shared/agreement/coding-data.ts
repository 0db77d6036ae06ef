/**
 * The shapes every agreement measure shares: reliability data (units ×
 * coders, a value or a missing value in each cell, as in Krippendorff 2011's
 * "reliability data matrix"), and a measured value that is either a number
 * or explicitly undefined with the reason (never NaN).
 */

/** One coder's value for one unit: a category key, or null when that coder gave none (missing). */
export type CodingValue = string | null;

/**
 * Reliability data: `units[u][c]` is coder `c`'s value for unit `u`
 * (Krippendorff 2011, §A, the "reliability data matrix" transposed: one row per unit).
 */
export interface CodingData {
  /** The coders' names, in column order. */
  readonly coders: readonly string[];
  /** One row per unit, one cell per coder (same order as `coders`). */
  readonly units: readonly (readonly CodingValue[])[];
}

/** Why a measure has no value. */
export type UndefinedReason =
  /** Every value used is the same one: expected disagreement is zero, α (or κ) is 0/0. */
  | 'no-variation'
  /** No unit holds two or more values, so nothing can be compared. */
  | 'no-pairable-units'
  /** Cohen's κ compares exactly two coders. */
  | 'two-coders-only'
  /** Fleiss' κ needs every coder's value on a unit: no unit has them all. */
  | 'no-complete-units'
  /** Fewer than two coders. */
  | 'too-few-coders';

/** A measured value, or its explicit absence. `units` is how many units the measure used. */
export type Measured =
  | {
      defined: true;
      value: number;
      units: number;
      /** Observed disagreement (α) or agreement (κ, percent), when the measure has one. */
      observed?: number;
      /** Expected (chance) disagreement (α) or agreement (κ), when the measure has one. */
      expected?: number;
    }
  | { defined: false; reason: UndefinedReason; units: number };

/** A defined result. */
export const measured = (value: number, units: number, observed?: number, expected?: number): Measured => ({
  defined: true,
  value,
  units,
  ...(observed === undefined ? {} : { observed }),
  ...(expected === undefined ? {} : { expected }),
});

/** An undefined result with its reason. */
export const notDefined = (reason: UndefinedReason, units = 0): Measured => ({
  defined: false,
  reason,
  units,
});

/** The values of a unit that are not missing. */
export const presentValues = (unit: readonly CodingValue[]): string[] =>
  unit.filter((v): v is string => v !== null);

/** Counts of each value in `values`. */
export function countValues(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
