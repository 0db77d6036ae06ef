/**
 * The ticks of an axis of whole counts: 0, 1, 2… or 0, 5, 10… — never 0.5
 * or 0.1, which Plot's default ticks give when the largest count is small.
 * Passed to Plot as the scale's explicit `ticks`.
 */

/** Ticks wanted on a count axis, about. */
const TARGET = 6;

/**
 * Whole-number ticks from 0 to at least `most` (a count ≥ 0), about `target`
 * of them, stepped 1, 2 or 5 × 10ⁿ (the step is never below 1).
 */
export function countTicks(most: number, target = TARGET): number[] {
  const top = Math.max(1, Math.ceil(most));
  const rough = top / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return ticks;
}
