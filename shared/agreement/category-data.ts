/**
 * Per-category views of reliability data. A category's α, κ or percent is
 * computed on the data recoded to two values, "this category" and "anything
 * else" (another category or none; a missing value stays missing): the
 * category-specific form DKPro Agreement uses for α and Fleiss' κ
 * (KrippendorffAlphaAgreement / FleissKappaAgreement.calculateCategoryAgreement),
 * over every unit so that agreement on leaving a span out of the category counts.
 */

import type { CodingData } from './coding-data';
import { coincidences } from './krippendorff-alpha';
import { NONE } from './units';

/** `data` with every value other than `category` (and other than missing) turned into NONE. */
export function recodeToCategory(data: CodingData, category: string): CodingData {
  return {
    coders: data.coders,
    units: data.units.map((unit) => unit.map((v) => (v === null || v === category ? v : NONE))),
  };
}

/** Indices of the units in which some coder gave `category`. */
export function unitsWith(data: CodingData, category: string): number[] {
  const out: number[] = [];
  data.units.forEach((unit, i) => {
    if (unit.includes(category)) out.push(i);
  });
  return out;
}

/** `data` restricted to the units at `indices`. */
export const someUnits = (data: CodingData, indices: readonly number[]): CodingData => ({
  coders: data.coders,
  units: indices.flatMap((i) => (data.units[i] ? [data.units[i]] : [])),
});

/**
 * Two coders' contingency table (rows coder 1, columns coder 2) or, for more
 * coders, Krippendorff's coincidence matrix, over `categories` (in that
 * order). Missing values are not counted.
 */
export function confusionCells(data: CodingData, categories: readonly string[]): number[][] {
  if (data.coders.length !== 2) {
    const { values, o } = coincidences(data);
    const index = new Map(values.map((v, i) => [v, i]));
    const cell = (c: string, k: string) => o[index.get(c) ?? -1]?.[index.get(k) ?? -1] ?? 0;
    return categories.map((c) => categories.map((k) => cell(c, k)));
  }
  const at = new Map(categories.map((c, i) => [c, i]));
  const cells = categories.map(() => categories.map(() => 0));
  for (const [a, b] of data.units) {
    const row = a == null ? undefined : cells[at.get(a) ?? -1];
    const col = b == null ? undefined : at.get(b);
    if (row && col !== undefined) row[col] = (row[col] ?? 0) + 1;
  }
  return cells;
}
