/**
 * The analysis service (issue 19), what the IPC handlers and `hamish stats`
 * call: each view's numbers over the filtered library, from the aggregate
 * (analysis-aggregate.ts), and the mentions behind any number with their
 * keyword-in-context passages. Only the texts of the mentions shown are
 * read. Views from claims (issue 18) are in claim-queries.ts.
 */

import type {
  ActorProfileResult,
  AnalysisFilter,
  AnalysisMention,
  AnalysisRequest,
  AnalysisResult,
  MentionsPage,
  MentionsRequest,
} from '../../../shared/analysis-types';
import { DEFAULT_ROLES } from '../../../shared/analysis-types';
import { CodePointIndex } from '../../../shared/code-points';
import { passageAround } from '../../../shared/search-passage';
import { AppFailure } from '../../../shared/result';
import type { Library } from '../library/library';
import { AnalysisAggregate, type AggregateOptions } from './analysis-aggregate';
import { osUserName } from '../coder-preference';
import { articleSlices, sideTest, slicesWithActor, type ArticleSlice } from './analysis-filter';
import { actorInfo, actorInfoOf, bump, byCount, pairedUnits } from './analysis-pairing';
import { actorDemand, frequencies, rowsOfCell, timeline } from './analysis-queries';
import { addresseesOf, claimNetwork } from './claim-queries';
import { actorKeyOf, type AnalysisRow } from './analysis-rows';

/** Code points of context either side of a mention in the concordance. */
const KWIC_RADIUS = 60;
/** Mentions an actor profile shows when the request names no limit. */
const DEFAULT_PROFILE_MENTIONS = 50;

/** Newest article first (undated last), then by article, then in text order. */
function mentionOrder(day: (row: AnalysisRow) => string) {
  return (a: AnalysisRow, b: AnalysisRow): number => {
    const da = day(a);
    const db = day(b);
    if (da !== db) return da < db ? 1 : -1;
    return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start;
  };
}

export interface AnalysisServiceOptions extends AggregateOptions {
  /** The ids of the articles full-text `query` matches (the search index's). */
  matchingIds?: (query: string) => Promise<string[]>;
}

export class AnalysisService {
  readonly aggregate: AnalysisAggregate;

  /**
   * `options.persist` false keeps the aggregate in memory only (rebuilt from
   * the files; the benchmark's baseline); `options.matchingIds` answers a
   * filter's `search` (the ids of the articles a full-text query matches).
   */
  constructor(
    private readonly library: Library,
    private readonly options: AnalysisServiceOptions = {},
  ) {
    this.aggregate = new AnalysisAggregate(library, options);
  }

  /**
   * `filter` whose coder list, when it names the local coder, also keeps rows
   * without a coder (''): work made before coders existed is the local
   * coder's (shared/coders.ts), as exports and agreement count it.
   */
  private withUnattributed(filter: AnalysisFilter): AnalysisFilter {
    const local = this.library.localCoder() ?? osUserName();
    return filter.coders?.includes(local) ? { ...filter, coders: [...filter.coders, ''] } : filter;
  }

  /** The articles and rows `filter` keeps, current with every change so far. */
  private async slices(filter: AnalysisFilter): Promise<ArticleSlice[]> {
    const narrowed = await this.searched(filter);
    const { rows, claims } = await this.aggregate.currentWithClaims();
    return articleSlices(rows, (id) => this.library.getMeta(id), narrowed, claims);
  }

  /** `filter` with its search turned into the articles it matches (within its own articleIds, if any). */
  private async searched(filter: AnalysisFilter): Promise<AnalysisFilter> {
    const query = filter.search?.trim();
    if (!query) return filter;
    if (!this.options.matchingIds)
      throw new AppFailure('invalid-argument', 'this host cannot search the library', { field: 'search' });
    const matches = await this.options.matchingIds(query);
    const within = filter.articleIds ? new Set(filter.articleIds) : null;
    return { ...filter, articleIds: within ? matches.filter((id) => within.has(id)) : matches };
  }

  /** One view's numbers; every number carries the cell that lists its mentions. */
  async getAnalysis(asked: AnalysisRequest): Promise<AnalysisResult> {
    const request = { ...asked, filter: this.withUnattributed(asked.filter) };
    const slices = await this.slices(request.filter);
    if (request.view === 'frequencies') return frequencies(slices, request);
    if (request.view === 'actor-demand') return actorDemand(slices, request);
    if (request.view === 'timeline') return timeline(slices, request);
    if (request.view === 'claim-network') return claimNetwork(slices, request);
    return this.profile(slices, request);
  }

  /** One page of the mentions behind a number (its cell), newest article first, in text order within one. */
  async listMentions(asked: MentionsRequest): Promise<MentionsPage> {
    const request = { ...asked, filter: this.withUnattributed(asked.filter) };
    const slices = await this.slices(request.filter);
    const rows = this.sorted(slices, rowsOfCell(slices, request.filter, request.cell));
    const page = rows.slice(request.offset, request.offset + request.limit);
    return { total: rows.length, offset: request.offset, mentions: await this.mentions(page) };
  }

  private sorted(slices: readonly ArticleSlice[], rows: AnalysisRow[]): AnalysisRow[] {
    const days = new Map(slices.map((s) => [s.meta.id, s.day ?? '']));
    return rows.sort(mentionOrder((row) => days.get(row.articleId) ?? ''));
  }

  private async profile(
    slices: readonly ArticleSlice[],
    request: Extract<AnalysisRequest, { view: 'actor-profile' }>,
  ): Promise<ActorProfileResult> {
    const { filter, scope } = request;
    const key = actorKeyOf(request.actor);
    const isActor = sideTest(filter, request.actorType ?? DEFAULT_ROLES.actorType, true);
    const isThis = (r: AnalysisRow) => r.actorKey === key && isActor(r);
    // Only the articles naming the actor can hold its rows, units and claims.
    const held = slicesWithActor(slices, key);
    const own = this.sorted(
      held,
      held.flatMap((s) => s.rows.filter(isThis)),
    );
    // One pass pairs the actor with demands and events alike; each tag counts its units.
    const demandType = request.demandType ?? DEFAULT_ROLES.demandType;
    const eventType = request.eventType ?? DEFAULT_ROLES.eventType;
    const isDemand = sideTest(filter, demandType, false);
    const isEvent = sideTest(filter, eventType, false);
    const paired = new Map([
      [demandType, new Map<string, number>()],
      [eventType, new Map<string, number>()],
    ]);
    for (const unit of pairedUnits(held, scope, isThis, (r) => isDemand(r) || isEvent(r))) {
      for (const tag of new Set(unit.others.map((r) => r.tag))) {
        const counts = paired.get(tag.split('.')[0] as string);
        if (counts) bump(counts, tag);
      }
    }
    const pairedWith = (type: string) => byCount(paired.get(type) ?? new Map<string, number>());
    const outlets = new Map<string, number>();
    const sources = new Map(held.map((s) => [s.meta.id, s.meta.source]));
    for (const row of own) bump(outlets, sources.get(row.articleId) ?? '');
    const roles = {
      ...(request.actorType ? { actorType: request.actorType } : {}),
      ...(request.demandType ? { demandType: request.demandType } : {}),
    };
    return {
      view: 'actor-profile',
      actor: own[0] ? actorInfoOf(own[0]) : actorInfo(request.actor),
      scope,
      total: own.length,
      mentions: await this.mentions(own.slice(0, request.limit ?? DEFAULT_PROFILE_MENTIONS)),
      demands: pairedWith(demandType).map(([tag, count]) => ({
        tag,
        count,
        cell: { kind: 'actor-demand', scope, actor: request.actor, demand: tag, ...roles },
      })),
      events: pairedWith(request.eventType ?? DEFAULT_ROLES.eventType).map(([tag, count]) => ({
        tag,
        count,
      })),
      outlets: byCount(outlets).map(([source, count]) => ({ source, count })),
      addressees: addresseesOf(held, filter, request.actor),
    };
  }

  /** The rows as concordance lines: each article's text read once. */
  private async mentions(rows: readonly AnalysisRow[]): Promise<AnalysisMention[]> {
    // The texts are read together, so their file reads overlap.
    const ids = [...new Set(rows.map((r) => r.articleId))].filter((id) => this.library.getMeta(id));
    const read = await Promise.all(ids.map((id) => this.library.getArticle(id)));
    const texts = new Map(read.map(({ meta, text }) => [meta.id, { text, index: new CodePointIndex(text) }]));
    const out: AnalysisMention[] = [];
    for (const row of rows) {
      const meta = this.library.getMeta(row.articleId);
      const loaded = texts.get(row.articleId);
      if (!meta || !loaded) continue;
      const { text, index } = loaded;
      const cut = (from: number, to: number) => text.slice(index.toUtf16(from), index.toUtf16(to));
      const span = { start: row.start, end: row.end };
      const passage = passageAround(text, span, [span], KWIC_RADIUS);
      out.push({
        annotationId: row.id,
        articleId: row.articleId,
        title: meta.title,
        date: meta.date,
        source: meta.source,
        tag: row.tag,
        ...(row.entityId !== null ? { entityId: row.entityId } : {}),
        start: row.start,
        end: row.end,
        kwic: {
          before: cut(passage.start, row.start),
          mention: cut(row.start, row.end),
          after: cut(row.end, passage.end),
        },
        passage,
      });
    }
    return out;
  }
}
