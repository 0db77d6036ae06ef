/**
 * Which rows of the aggregate a view counts (AnalysisFilter): articles by
 * source, publication day, reading status and id, read from the library's
 * live index (trashed articles never count); annotations by tag, entity and
 * coder. For pairings (the actor × demand matrix, an actor's profile) each
 * side is narrowed only by the filter's tags of its own type, and entities
 * narrow the actor side alone: filtering on "demand.aid" keeps every actor.
 */

import { dayOf } from '../../../shared/analysis-time';
import type { AnalysisFilter } from '../../../shared/analysis-types';
import { statusOf } from '../../../shared/library-query';
import type { ArticleMeta } from '../../../shared/model';
import type { AnalysisRow } from './analysis-rows';
import type { ClaimRow } from './claim-rows';

/** One article that passed the filter, with its publication day (null: undated), its rows and claims. */
export interface ArticleSlice {
  meta: Readonly<ArticleMeta>;
  day: string | null;
  rows: readonly AnalysisRow[];
  claims: readonly ClaimRow[];
}

/** The live, untrashed articles the filter's article part keeps, with all their rows and claims. */
export function articleSlices(
  all: ReadonlyMap<string, readonly AnalysisRow[]>,
  metaOf: (id: string) => Readonly<ArticleMeta> | undefined,
  filter: AnalysisFilter,
  claims: ReadonlyMap<string, readonly ClaimRow[]> = new Map(),
): ArticleSlice[] {
  const sources = filter.sources ? new Set(filter.sources) : null;
  const statuses = filter.statuses ? new Set<string>(filter.statuses) : null;
  const ids = filter.articleIds ? new Set(filter.articleIds) : null;
  const dated = filter.from !== undefined || filter.to !== undefined;
  // Articles share few distinct dates: each is read once per query.
  const days = new Map<string, string | null>();
  const out: ArticleSlice[] = [];
  for (const [id, rows] of all) {
    if (rows.length === 0 || (ids && !ids.has(id))) continue;
    const meta = metaOf(id);
    if (!meta || meta.deletedAt) continue;
    if (sources && !sources.has(meta.source)) continue;
    if (statuses && !statuses.has(statusOf(meta))) continue;
    let day = days.get(meta.date);
    if (day === undefined) days.set(meta.date, (day = dayOf(meta.date)));
    if (dated && (day === null || (filter.from && day < filter.from) || (filter.to && day > filter.to)))
      continue;
    out.push({ meta, day, rows, claims: claims.get(id) ?? [] });
  }
  return out;
}

/** A row test: of `type` (null: any), with one of `tags` (a type id takes its subtypes), entities and coders. */
function testOf(
  type: string | null,
  tagList: readonly string[] | undefined,
  entityList: readonly string[] | undefined,
  coderList: readonly string[] | undefined,
): (row: AnalysisRow) => boolean {
  const tags = tagList && tagList.length > 0 ? new Set(tagList) : null;
  const entities = entityList ? new Set(entityList) : null;
  const coders = coderList ? new Set(coderList) : null;
  return (row) =>
    (type === null || row.type === type) &&
    (!tags || tags.has(row.tag) || tags.has(row.type)) &&
    (!entities || (row.entityId !== null && entities.has(row.entityId))) &&
    (!coders || coders.has(row.coder));
}

/** The annotation part of the filter, as one test of a row. */
export const rowTest = (filter: AnalysisFilter): ((row: AnalysisRow) => boolean) =>
  testOf(null, filter.tags, filter.entityIds, filter.coders);

/**
 * The test of one side of a pairing: rows of `type`, narrowed by the
 * filter's tags of that type (if it names any), by its entities when
 * `actorSide`, and by its coders.
 */
export function sideTest(
  filter: AnalysisFilter,
  type: string,
  actorSide: boolean,
): (row: AnalysisRow) => boolean {
  const own = (filter.tags ?? []).filter((t) => t === type || t.startsWith(`${type}.`));
  return testOf(type, own, actorSide ? filter.entityIds : undefined, filter.coders);
}

/**
 * The slices holding a row of actor key `key` (of any type), in their order:
 * every row, unit or claim member of that actor is in one of them, so a view
 * of one actor scans each article's rows once here and then only these.
 */
export function slicesWithActor(slices: readonly ArticleSlice[], key: string): ArticleSlice[] {
  return slices.filter((s) => s.rows.some((r) => r.actorKey === key));
}
