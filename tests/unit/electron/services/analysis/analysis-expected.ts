/**
 * The test's own reckoning of what the analysis views should say, from the
 * annotations it placed (analysis-library.ts): which a filter keeps, counts
 * by any key, and the actor × demand matrix over its own sentence or
 * paragraph split; and the service's answers put in the same shape.
 */

import type {
  ActorDemandResult,
  AnalysisFilter,
  FrequenciesResult,
} from '../../../../../shared/analysis-types';
import { actorKey, type KnownLibrary, type Placed } from './analysis-library';

/** The placed annotations a filter keeps, by the test's own reading of it. */
export function kept(known: KnownLibrary, filter: AnalysisFilter = {}): Placed[] {
  return known.placed.filter((p) => {
    const meta = known.metas.get(p.articleId);
    if (!meta || p.articleId === known.trashedId) return false;
    const day = meta.date.slice(0, 10);
    if (filter.sources && !filter.sources.includes(meta.source)) return false;
    if ((filter.from || filter.to) && day === '') return false;
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
    if (filter.coders && !filter.coders.includes(p.author)) return false;
    if (filter.tags && !filter.tags.some((t) => p.tag === t || p.tag.startsWith(`${t}.`))) return false;
    return true;
  });
}

export function countBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export const asMap = (r: FrequenciesResult) => new Map(r.rows.map((row) => [row.key, row.count]));

/** The test's own matrix: per article and unit, each actor × each demand tag once. */
export function expectedMatrix(placed: readonly Placed[], unit: (p: Placed) => number): Map<string, number> {
  const units = new Map<string, { actors: Set<string>; demands: Set<string> }>();
  for (const p of placed) {
    const key = `${p.articleId}/${unit(p)}`;
    const u = units.get(key) ?? { actors: new Set(), demands: new Set() };
    units.set(key, u);
    if (p.tag.startsWith('actor')) u.actors.add(actorKey(p));
    if (p.tag.startsWith('demand')) u.demands.add(p.tag);
  }
  const out = new Map<string, number>();
  for (const { actors, demands } of units.values())
    for (const a of actors) for (const d of demands) out.set(`${a} ${d}`, (out.get(`${a} ${d}`) ?? 0) + 1);
  return out;
}

export function matrixOf(result: ActorDemandResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of result.cells) {
    const actor = result.actors[c.actor];
    const demand = result.demands[c.demand];
    const key = actor?.entityId ? `e:${actor.entityId}` : actorKey({ quote: actor?.label ?? '' });
    out.set(`${key} ${demand?.tag}`, c.count);
  }
  return out;
}
