/**
 * The lookup maps of library-index.ts (metadata by id, by text hash), each
 * for the `articles` array it was built from, and how one is carried over
 * to the array a batch listing makes (that array plus the batch) instead of
 * being rebuilt: a 10k-article import lists a chunk every 250 ms, and each
 * rebuild walked every article.
 */

import type { ArticleMeta } from '../../../shared/model';

/** Metadata by a key, for the array `of` it was built from (structural changes replace the array). */
export interface MetaLookup {
  of: ArticleMeta[];
  map: Map<string, ArticleMeta>;
}

/**
 * `lookup` carried over to `to` (`from` plus `added`) when it was built for
 * `from`, keyed by `key`; `firstWins`: an existing key keeps its article
 * (by hash: the first listed), else the added one replaces it (by id).
 * Returns `lookup` unchanged (null or stale) otherwise: the next lookup rebuilds it.
 */
export function carriedLookup(
  lookup: MetaLookup | null,
  from: ArticleMeta[],
  to: ArticleMeta[],
  added: readonly ArticleMeta[],
  key: (meta: ArticleMeta) => string,
  firstWins: boolean,
): MetaLookup | null {
  if (lookup?.of !== from) return lookup;
  for (const meta of added) if (!firstWins || !lookup.map.has(key(meta))) lookup.map.set(key(meta), meta);
  return { of: to, map: lookup.map };
}
