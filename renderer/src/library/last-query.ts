/**
 * The library search's current query, kept while the library is not shown
 * (an article opened from the results, the Analysis view): the library
 * shows it again, and the Analysis view offers it as its search filter.
 */

let lastQuery = '';

/** The query last typed in the library's search box ("" when none). */
export const lastLibraryQuery = (): string => lastQuery;

/** Records the query typed in the library's search box. */
export function setLastLibraryQuery(query: string): void {
  lastQuery = query;
}
