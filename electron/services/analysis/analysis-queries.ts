/**
 * The numbers of the analysis views, computed from the aggregate's rows of
 * the filtered articles (pure; no file is read): frequencies by type, tag,
 * entity or actor; the actor × demand matrix by co-occurrence (by claims:
 * claim-queries.ts); counts over
 * time by the articles' publication dates; and, for any number a view
 * returned (its cell), the rows behind it.
 */

import { bucketOf, bucketRange } from '../../../shared/analysis-time';
import {
  DEFAULT_ROLES,
  type ActorDemandResult,
  type AnalysisCell,
  type AnalysisFilter,
  type AnalysisRequest,
  type FrequenciesResult,
  type FrequencyRow,
  type TimelineResult,
} from '../../../shared/analysis-types';
import { rowTest, sideTest, slicesWithActor, type ArticleSlice } from './analysis-filter';
import { actorInfoOf, bump, byCount, pairedUnits } from './analysis-pairing';
import { actorKeyOf, type AnalysisRow } from './analysis-rows';
import { MatrixTally } from './matrix-tally';
import { claimActorDemand, claimFrequencies, rowsOfClaimCell, rowsOfClaimKey } from './claim-queries';

type Request<V extends AnalysisRequest['view']> = Extract<AnalysisRequest, { view: V }>;

/** The key a frequency table groups `row` under (null: not counted by `by`). */
function frequencyKey(row: AnalysisRow, by: FrequenciesResult['by'], actorType: string): string | null {
  if (by === 'type') return row.type;
  if (by === 'tag') return row.tag;
  if (by === 'entity') return row.entityId;
  return row.type === actorType ? row.actorKey : null;
}

/** Counts per type, tag, entity or actor (most first), with the articles they occur in. */
export function frequencies(
  slices: readonly ArticleSlice[],
  request: Request<'frequencies'>,
): FrequenciesResult {
  const { by, filter } = request;
  if (by === 'claim-frame' || by === 'claim-role') return claimFrequencies(slices, filter, by);
  const actorType = request.actorType ?? DEFAULT_ROLES.actorType;
  const test = rowTest(filter);
  const counts = new Map<string, number>();
  const articles = new Map<string, number>();
  const firstRow = new Map<string, AnalysisRow>();
  let total = 0;
  for (const slice of slices) {
    const seen = new Set<string>();
    for (const row of slice.rows) {
      if (!test(row)) continue;
      total++;
      const key = frequencyKey(row, by, actorType);
      if (key === null) continue;
      bump(counts, key);
      if (!firstRow.has(key)) firstRow.set(key, row);
      if (!seen.has(key)) bump(articles, key);
      seen.add(key);
    }
  }
  const rows = byCount(counts).map(([key, count]): FrequencyRow => {
    const first = firstRow.get(key) as AnalysisRow;
    return {
      key,
      count,
      articles: articles.get(key) ?? 0,
      ...(by === 'actor' || by === 'entity' ? { actor: actorInfoOf(first) } : {}),
      cell: { kind: 'frequency', by, key, ...(by === 'actor' ? { actorType } : {}) },
    };
  });
  return { view: 'frequencies', by, rows, total };
}

/** Actor × demand tag: the sentences (or paragraphs) where both occur. */
export function actorDemand(
  slices: readonly ArticleSlice[],
  request: Request<'actor-demand'>,
): ActorDemandResult {
  const { scope, filter } = request;
  if (scope === 'claims') return claimActorDemand(slices, request);
  const actorType = request.actorType ?? DEFAULT_ROLES.actorType;
  const demandType = request.demandType ?? DEFAULT_ROLES.demandType;
  const units = pairedUnits(
    slices,
    scope,
    sideTest(filter, actorType, true),
    sideTest(filter, demandType, false),
  );
  const tally = new MatrixTally();
  for (const unit of units) tally.add(unit.actors, new Set(unit.others.map((r) => r.tag)));
  return tally.result(request);
}

/** `bucketOf(day, interval).key`, worked out once per distinct day. */
function memoBucket(interval: TimelineResult['interval']): (day: string) => string {
  const keys = new Map<string, string>();
  return (day) => {
    let key = keys.get(day);
    if (key === undefined) keys.set(day, (key = bucketOf(day, interval).key));
    return key;
  };
}

/** The count map of bucket `key`, made when first needed. */
function bucketCounts(perBucket: Map<string, Map<string, number>>, key: string): Map<string, number> {
  let counts = perBucket.get(key);
  if (!counts) perBucket.set(key, (counts = new Map<string, number>()));
  return counts;
}

/** Counts of the stacked type's tags per day, ISO week or month, every bucket present; undated apart. */
export function timeline(slices: readonly ArticleSlice[], request: Request<'timeline'>): TimelineResult {
  const { interval, stackType, filter } = request;
  const test = rowTest(filter);
  const perBucket = new Map<string, Map<string, number>>();
  const undated = new Map<string, number>();
  const totals = new Map<string, number>();
  let first: string | null = null;
  let last: string | null = null;
  const bucketKey = memoBucket(interval);
  for (const slice of slices) {
    const { day } = slice;
    const counts = day === null ? undated : bucketCounts(perBucket, bucketKey(day));
    let counted = false;
    for (const row of slice.rows) {
      if (row.type !== stackType || !test(row)) continue;
      bump(totals, row.tag);
      bump(counts, row.tag);
      counted = true;
    }
    if (!counted || day === null) continue;
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  const series = byCount(totals).map(([tag]) => tag);
  const withZeros = (counts: ReadonlyMap<string, number> | undefined) =>
    Object.fromEntries(series.map((tag) => [tag, counts?.get(tag) ?? 0]));
  const sum = (counts: ReadonlyMap<string, number> | undefined) =>
    [...(counts?.values() ?? [])].reduce((a, b) => a + b, 0);
  const from = filter.from ?? first;
  const to = filter.to ?? last;
  const buckets =
    from === null || to === null || from > to
      ? []
      : bucketRange(from, to, interval).map(({ key, start }) => ({
          key,
          start,
          counts: withZeros(perBucket.get(key)),
          total: sum(perBucket.get(key)),
        }));
  return {
    view: 'timeline',
    interval,
    stackType,
    series,
    buckets,
    undated: { counts: withZeros(undated), total: sum(undated) },
  };
}

/** The rows behind the number `cell` names, under `filter` (in slice order, text order within one). */
export function rowsOfCell(
  slices: readonly ArticleSlice[],
  filter: AnalysisFilter,
  cell: AnalysisCell,
): AnalysisRow[] {
  const test = rowTest(filter);
  if (cell.kind === 'frequency' && (cell.by === 'claim-frame' || cell.by === 'claim-role')) {
    return rowsOfClaimKey(slices, filter, cell.by, cell.key);
  }
  if (cell.kind === 'claim-link' || (cell.kind === 'actor-demand' && cell.scope === 'claims')) {
    return rowsOfClaimCell(slices, filter, cell);
  }
  if (cell.kind === 'frequency') {
    const actorType = cell.actorType ?? DEFAULT_ROLES.actorType;
    return slices.flatMap((s) =>
      s.rows.filter((r) => test(r) && frequencyKey(r, cell.by, actorType) === cell.key),
    );
  }
  if (cell.kind === 'timeline') {
    const type = cell.tag.split('.')[0];
    const bucketKey = memoBucket(cell.interval);
    return slices
      .filter((s) => (s.day === null ? 'undated' : bucketKey(s.day)) === cell.bucket)
      .flatMap((s) => s.rows.filter((r) => r.type === type && r.tag === cell.tag && test(r)));
  }
  const actorType = cell.actorType ?? DEFAULT_ROLES.actorType;
  const key = actorKeyOf(cell.actor);
  const isActor = sideTest(filter, actorType, true);
  const isThisActor = (r: AnalysisRow) => r.actorKey === key && isActor(r);
  const held = slicesWithActor(slices, key);
  if (cell.kind === 'actor') return held.flatMap((s) => s.rows.filter(isThisActor));
  const isDemand = sideTest(filter, cell.demandType ?? DEFAULT_ROLES.demandType, false);
  const units = pairedUnits(held, cell.scope, isThisActor, (r) => r.tag === cell.demand && isDemand(r));
  return units.flatMap((u) => [...u.actors, ...u.others].sort((a, b) => a.start - b.start));
}
