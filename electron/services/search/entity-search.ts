/**
 * Search that knows the library's entities (issue 15): a query that names an
 * entity — its Arabic or English name or an alias, in any script, compared
 * through the shared normaliser — also finds the articles that mention it by
 * any of its other names. «وتكوف» or «Witkoff» find the articles that say
 * «ويتكوف» when one entity carries those names. Results found only through
 * another name say which (`via`).
 */

import { entityNames } from '../../../shared/entity-ranking';
import { normalizeArabic } from '../../../shared/arabic-normalize';
import { mentionPhrases } from '../../../shared/find-mentions';
import type { Entity } from '../../../shared/model';
import type { SearchResponse } from '../../../shared/search-types';
import type { Services } from '../services';
import { DEFAULT_SEARCH_LIMIT } from './search-index';

/** The entities one of whose names is `query` or holds it as whole words (normalised, case-folded). */
export function entitiesNamed(entities: readonly Entity[], query: string): Entity[] {
  const q = normalizeArabic(query).trim().split(/\s+/u).filter(Boolean).join(' ');
  if (q === '') return [];
  return entities.filter((e) => entityNames(e).some((n) => n === q || ` ${n} `.includes(` ${q} `)));
}

/**
 * The search for `query`, plus the articles found by the other names of the
 * entities it names (after the query's own results; at most `limit` in all).
 * `total` counts the articles found either way; `entityIds` lists the entities named.
 */
export async function searchWithEntities(
  services: Services,
  query: string,
  limit?: number,
): Promise<SearchResponse> {
  const own = await services.search.search(query, limit);
  const named = entitiesNamed(services.library.entities(), query);
  if (named.length === 0) return own;
  const ownQuery = normalizeArabic(query).trim();
  const others = [...new Set(named.flatMap((e) => mentionPhrases('', e)))].filter(
    (p) => normalizeArabic(p).trim() !== ownQuery,
  );
  const results = [...own.results];
  const seen = new Set(results.map((r) => r.meta.id));
  const matching = new Set(await services.search.matchingIds(query));
  for (const phrase of others) {
    for (const id of await services.search.matchingIds(phrase)) matching.add(id);
    for (const r of (await services.search.search(phrase, limit)).results) {
      if (seen.has(r.meta.id)) continue;
      seen.add(r.meta.id);
      results.push({ ...r, via: phrase });
    }
  }
  return {
    query,
    total: matching.size,
    results: results.slice(0, limit ?? DEFAULT_SEARCH_LIMIT),
    entityIds: named.map((e) => e.id),
  };
}
