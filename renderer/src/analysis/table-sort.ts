/**
 * Sorting a view's table by a column: numbers most first on the first click,
 * names in the interface language's alphabetical order; ties keep the order
 * main gave (most frequent first, then by key).
 */

/** Which column and which way. */
export interface SortOrder<C extends string> {
  column: C;
  descending: boolean;
}

/**
 * `rows` sorted by `order`: `valueOf` gives a row's value in a column
 * (numbers compare as numbers, strings with Intl.Collator of `language`).
 * Stable: equal rows keep their order. Returns a new array.
 */
export function sortRows<R, C extends string>(
  rows: readonly R[],
  order: SortOrder<C>,
  valueOf: (row: R, column: C) => number | string,
  language: string,
): R[] {
  const collator = new Intl.Collator(language);
  const sign = order.descending ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i, v: valueOf(row, order.column) }))
    .sort((a, b) => {
      const diff =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : collator.compare(String(a.v), String(b.v));
      return diff === 0 ? a.i - b.i : sign * diff;
    })
    .map((x) => x.row);
}

/** The order after clicking `column`: the same column flips, a new one starts most first (numbers) or A→Z (names). */
export function nextOrder<C extends string>(
  current: SortOrder<C>,
  column: C,
  numeric: boolean,
): SortOrder<C> {
  return current.column === column
    ? { column, descending: !current.descending }
    : { column, descending: numeric };
}
