/**
 * The analysis numbers read from claims (issue 18) rather than from
 * co-occurrence: who demands what (claimant actor × demand tag, one count
 * per claim), claims per frame and members per frame / role / filler type,
 * the claim network (claimant → addressee, one count per claim) and the
 * mentions behind each. Pure over the aggregate's slices: no file is read.
 *
 * A claim counts under the filter's article part like its article; the
 * annotation part narrows its members (each side by its own type's tags,
 * as co-occurrence does). Articles with no claim count nothing here: the
 * matrix says how many of the filtered articles hold an actor and a demand
 * but no claim, so the view can say what it leaves out.
 */

import {
  DEFAULT_ROLES,
  type ActorDemandResult,
  type ActorInfo,
  type ActorRef,
  type AnalysisCell,
  type AnalysisFilter,
  type AnalysisRequest,
  type ClaimLink,
  type ClaimNetworkResult,
  type FrequenciesResult,
} from '../../../shared/analysis-types';
import { rowTest, sideTest, slicesWithActor, type ArticleSlice } from './analysis-filter';
import { actorInfoOf, bump, byCount } from './analysis-pairing';
import { actorKeyOf, actorRefOf, type AnalysisRow } from './analysis-rows';
import { MatrixTally } from './matrix-tally';
import { CLAIM_ROLES, membersIn, type ClaimRow } from './claim-rows';

type Request<V extends AnalysisRequest['view']> = Extract<AnalysisRequest, { view: V }>;

/** Links a network shows when the request names no limit. */
export const DEFAULT_NETWORK_LINKS = 60;

/** Every claim of `frame` in the slices. */
function* claimsOf(slices: readonly ArticleSlice[], frame: string): Generator<ClaimRow> {
  for (const slice of slices) for (const claim of slice.claims) if (claim.frame === frame) yield claim;
}

/** The distinct actor keys of `rows`, each with its first row. */
function distinctActors(rows: readonly AnalysisRow[]): Map<string, AnalysisRow> {
  const out = new Map<string, AnalysisRow>();
  for (const row of rows) if (!out.has(row.actorKey)) out.set(row.actorKey, row);
  return out;
}

/** Claimant actor × demand tag: the claims in which the actor demands it. */
export function claimActorDemand(
  slices: readonly ArticleSlice[],
  request: Request<'actor-demand'>,
): ActorDemandResult {
  const { filter } = request;
  const isActor = sideTest(filter, request.actorType ?? DEFAULT_ROLES.actorType, true);
  const isDemand = sideTest(filter, request.demandType ?? DEFAULT_ROLES.demandType, false);
  const tally = new MatrixTally();
  for (const claim of claimsOf(slices, CLAIM_ROLES.frame)) {
    const demands = new Set(membersIn(claim, CLAIM_ROLES.demand, isDemand).map((r) => r.tag));
    if (demands.size > 0) tally.add(membersIn(claim, CLAIM_ROLES.claimant, isActor), demands);
  }
  const unclaimed = slices.filter(
    (s) =>
      !s.claims.some((c) => c.frame === CLAIM_ROLES.frame) && s.rows.some(isActor) && s.rows.some(isDemand),
  ).length;
  return { ...tally.result(request), articlesWithoutClaims: unclaimed };
}

/** The claim-link pairs of one claim: distinct claimant → addressee actor keys passing `isActor`. */
function linksOf(claim: ClaimRow, isActor: (row: AnalysisRow) => boolean): [AnalysisRow, AnalysisRow][] {
  const claimants = distinctActors(membersIn(claim, CLAIM_ROLES.claimant, isActor));
  const addressees = distinctActors(membersIn(claim, CLAIM_ROLES.addressee, isActor));
  const out: [AnalysisRow, AnalysisRow][] = [];
  for (const from of claimants.values()) for (const to of addressees.values()) out.push([from, to]);
  return out;
}

/** Claimant → addressee: the claims in which one actor demands of another, most first. */
export function claimNetwork(
  slices: readonly ArticleSlice[],
  request: Request<'claim-network'>,
): ClaimNetworkResult {
  const isActor = sideTest(request.filter, DEFAULT_ROLES.actorType, true);
  const counts = new Map<string, number>();
  const ends = new Map<string, [AnalysisRow, AnalysisRow]>();
  let claims = 0;
  for (const claim of claimsOf(slices, CLAIM_ROLES.frame)) {
    const pairs = linksOf(claim, isActor);
    if (pairs.length > 0) claims++;
    for (const pair of pairs) {
      const key = `${pair[0].actorKey}\u0000${pair[1].actorKey}`;
      bump(counts, key);
      if (!ends.has(key)) ends.set(key, pair);
    }
  }
  const ranked = byCount(counts).slice(0, request.limit ?? DEFAULT_NETWORK_LINKS);
  const actors: ActorInfo[] = [];
  const at = new Map<string, number>();
  const nodeOf = (row: AnalysisRow): number => {
    let i = at.get(row.actorKey);
    if (i === undefined) at.set(row.actorKey, (i = actors.push(actorInfoOf(row)) - 1));
    return i;
  };
  const links = ranked.map(([key, count]): ClaimLink => {
    const [from, to] = ends.get(key) as [AnalysisRow, AnalysisRow];
    const cell: AnalysisCell = { kind: 'claim-link', claimant: actorRefOf(from), addressee: actorRefOf(to) };
    return { claimant: nodeOf(from), addressee: nodeOf(to), count, cell };
  });
  return { view: 'claim-network', actors, links, linkCount: counts.size, claims };
}

/** The addressees of `actor` as claimant, with the claims of each (most first). */
export function addresseesOf(
  slices: readonly ArticleSlice[],
  filter: AnalysisFilter,
  actor: ActorRef,
): { actor: ActorInfo; count: number; cell: AnalysisCell }[] {
  const key = actorKeyOf(actor);
  const isActor = sideTest(filter, DEFAULT_ROLES.actorType, true);
  const counts = new Map<string, number>();
  const first = new Map<string, AnalysisRow>();
  for (const claim of claimsOf(slicesWithActor(slices, key), CLAIM_ROLES.frame)) {
    for (const [from, to] of linksOf(claim, isActor)) {
      if (from.actorKey !== key) continue;
      bump(counts, to.actorKey);
      if (!first.has(to.actorKey)) first.set(to.actorKey, to);
    }
  }
  return byCount(counts).map(([k, count]) => {
    const to = first.get(k) as AnalysisRow;
    return {
      actor: actorInfoOf(to),
      count,
      cell: { kind: 'claim-link', claimant: actor, addressee: actorRefOf(to) },
    };
  });
}

/** The claim frequency key of `claim` (by frame) or of each member (frame/role/filler type). */
function claimKeys(claim: ClaimRow, by: 'claim-frame' | 'claim-role'): string[] {
  return by === 'claim-frame'
    ? [claim.frame]
    : claim.members.map((m) => `${claim.frame}/${m.role}/${m.row.type}`);
}

/** Whether a claim counts under the filter's annotation part: some member passes it. */
function claimPasses(filter: AnalysisFilter): (claim: ClaimRow) => boolean {
  const test = rowTest(filter);
  return (claim) => claim.members.some((m) => test(m.row));
}

/**
 * The annotation rows behind a claims cell: for a claims matrix cell the
 * actor's claimant members and the demand members of the claims pairing
 * them; for a network link, the claimant and addressee members. Claim by
 * claim, members in text order.
 */
export function rowsOfClaimCell(
  slices: readonly ArticleSlice[],
  filter: AnalysisFilter,
  cell: Extract<AnalysisCell, { kind: 'actor-demand' | 'claim-link' }>,
): AnalysisRow[] {
  const isActor = sideTest(
    filter,
    (cell.kind === 'actor-demand' && cell.actorType) || DEFAULT_ROLES.actorType,
    true,
  );
  const out: AnalysisRow[] = [];
  // Only the articles naming the claimant hold a claim it makes.
  const held = slicesWithActor(slices, actorKeyOf(cell.kind === 'claim-link' ? cell.claimant : cell.actor));
  for (const claim of claimsOf(held, CLAIM_ROLES.frame)) {
    let found: AnalysisRow[];
    if (cell.kind === 'claim-link') {
      const from = actorKeyOf(cell.claimant);
      const to = actorKeyOf(cell.addressee);
      const a = membersIn(claim, CLAIM_ROLES.claimant, (r) => r.actorKey === from && isActor(r));
      const b = membersIn(claim, CLAIM_ROLES.addressee, (r) => r.actorKey === to && isActor(r));
      found = a.length > 0 && b.length > 0 ? [...a, ...b] : [];
    } else {
      const key = actorKeyOf(cell.actor);
      const isDemand = sideTest(filter, cell.demandType ?? DEFAULT_ROLES.demandType, false);
      const a = membersIn(claim, CLAIM_ROLES.claimant, (r) => r.actorKey === key && isActor(r));
      const b = membersIn(claim, CLAIM_ROLES.demand, (r) => r.tag === cell.demand && isDemand(r));
      found = a.length > 0 && b.length > 0 ? [...a, ...b] : [];
    }
    out.push(...found.sort((x, y) => x.start - y.start));
  }
  return unique(out);
}

/** `rows` without repeats (an annotation in two claims behind one number is listed once). */
function unique(rows: readonly AnalysisRow[]): AnalysisRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
}

/**
 * Claims per frame ('claim-frame': each claim once) or claim members per
 * frame / role / filler type ('claim-role'), most first, with the articles
 * they occur in; `total` is the claims that passed the filter.
 */
export function claimFrequencies(
  slices: readonly ArticleSlice[],
  filter: AnalysisFilter,
  by: 'claim-frame' | 'claim-role',
): FrequenciesResult {
  const passes = claimPasses(filter);
  const counts = new Map<string, number>();
  const articles = new Map<string, number>();
  let total = 0;
  for (const slice of slices) {
    const seen = new Set<string>();
    for (const claim of slice.claims) {
      if (!passes(claim)) continue;
      total++;
      for (const key of claimKeys(claim, by)) {
        bump(counts, key);
        if (!seen.has(key)) bump(articles, key);
        seen.add(key);
      }
    }
  }
  const rows = byCount(counts).map(([key, count]) => ({
    key,
    count,
    articles: articles.get(key) ?? 0,
    cell: { kind: 'frequency' as const, by, key },
  }));
  return { view: 'frequencies', by, rows, total };
}

/** The member rows behind a claim frequency `key` (by frame: every member of its claims). */
export function rowsOfClaimKey(
  slices: readonly ArticleSlice[],
  filter: AnalysisFilter,
  by: 'claim-frame' | 'claim-role',
  key: string,
): AnalysisRow[] {
  const passes = claimPasses(filter);
  const out: AnalysisRow[] = [];
  for (const slice of slices) {
    for (const claim of slice.claims) {
      if (!passes(claim)) continue;
      const members =
        by === 'claim-frame'
          ? claim.frame === key
            ? claim.members
            : []
          : claim.members.filter((m) => `${claim.frame}/${m.role}/${m.row.type}` === key);
      out.push(...members.map((m) => m.row).sort((x, y) => x.start - y.start));
    }
  }
  return unique(out);
}
