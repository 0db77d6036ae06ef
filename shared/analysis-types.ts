/**
 * What the analysis views (issue 19) ask main for and get back: frequencies,
 * the actor × demand matrix, counts over time and an actor's profile, each
 * over a filtered set of the library; and the mentions behind any number.
 * Every number a view returns comes with its `cell`: handed back to
 * listAnalysisMentions, it lists the annotations that number counts, each
 * with its article and span (code points) so the reader can open it there.
 * Requests are the zod schemas of shared/schema/analysis-schema.ts.
 */

import type { z } from 'zod';
import type {
  actorRefSchema,
  analysisCellSchema,
  analysisFilterSchema,
  analysisRequestSchema,
  frequencyBySchema,
  mentionsRequestSchema,
  pairingScopeSchema,
  timeIntervalSchema,
} from './schema/analysis-schema';
import type { Passage } from './search-passage';

export type AnalysisFilter = z.infer<typeof analysisFilterSchema>;
export type ActorRef = z.infer<typeof actorRefSchema>;
/** Same sentence, same paragraph, or the same claim (issue 18). */
export type PairingScope = z.infer<typeof pairingScopeSchema>;
export type FrequencyBy = z.infer<typeof frequencyBySchema>;
export type TimeInterval = z.infer<typeof timeIntervalSchema>;
export type AnalysisRequest = z.infer<typeof analysisRequestSchema>;
export type AnalysisCell = z.infer<typeof analysisCellSchema>;
export type MentionsRequest = z.infer<typeof mentionsRequestSchema>;

/** Actor rows of a matrix when the request names no limit. */
export const DEFAULT_MATRIX_ACTORS = 100;

/** Default type ids of the actor, demand and event parts (the default scheme's). */
export const DEFAULT_ROLES = { actorType: 'actor', demandType: 'demand', eventType: 'event' } as const;

/** An actor as the views show it: its entity, or its normalised quote with the first spelling seen. */
export interface ActorInfo {
  ref: ActorRef;
  /** What to show: the entity's id (the UI names it), or the quote as first written. */
  label: string;
  /** Set when the actor is an entity. */
  entityId?: string;
}

/** One row of a frequency table. */
export interface FrequencyRow {
  /** Type id, tag id, entity id, or actor key ("e:<id>" / "q:<normalised quote>"), by `by`. */
  key: string;
  /** Annotations counted. */
  count: number;
  /** Articles with at least one of them. */
  articles: number;
  /** For by = 'actor' and 'entity': who. */
  actor?: ActorInfo;
  cell: AnalysisCell;
}

export interface FrequenciesResult {
  view: 'frequencies';
  by: FrequencyBy;
  /** Most frequent first, then by key. */
  rows: FrequencyRow[];
  /** Annotations that passed the filter. */
  total: number;
}

/** One cell of the actor × demand matrix: sentences (or paragraphs) holding both. */
export interface MatrixCell {
  actor: number;
  demand: number;
  /** Sentences or paragraphs (see `scope`) where the actor and the demand tag co-occur. */
  count: number;
  cell: AnalysisCell;
}

export interface ActorDemandResult {
  view: 'actor-demand';
  /** Which co-occurrence the counts are of: say it in the view. */
  scope: PairingScope;
  /** Rows, most co-occurrences first (the first `limit`); each with its total over all demands. */
  actors: (ActorInfo & { total: number })[];
  /** Actors with any co-occurrence, shown or not. */
  actorCount: number;
  /** Columns: the demand type's tags found (over all actors), most co-occurrences first. */
  demands: { tag: string; total: number }[];
  /** Non-zero cells only (indices into actors and demands). */
  cells: MatrixCell[];
  /**
   * scope 'claims' only: filtered articles holding an actor and a demand but
   * no claim of the "claim" frame. They count nothing in this matrix: say so.
   */
  articlesWithoutClaims?: number;
}

/** One link of the claim network: claims in which `claimant` demands of `addressee` (indices into actors). */
export interface ClaimLink {
  claimant: number;
  addressee: number;
  /** Claims (one per claim, however many mentions of either actor it holds). */
  count: number;
  cell: AnalysisCell;
}

export interface ClaimNetworkResult {
  view: 'claim-network';
  /** The actors at either end of a link shown. */
  actors: ActorInfo[];
  /** Most claims first (the first `limit`). */
  links: ClaimLink[];
  /** Distinct claimant → addressee pairs, shown or not. */
  linkCount: number;
  /** Claims with at least one claimant and one addressee under the filter. */
  claims: number;
}

/** One bucket of a timeline: a day, an ISO week or a month, by the article's publication date. */
export interface TimeBucket {
  /** "2026-03-02", "2026-W10" (ISO 8601 week) or "2026-03". */
  key: string;
  /** First day of the bucket (ISO date). */
  start: string;
  /** Count per stacked tag (every series present, zeros included). */
  counts: Record<string, number>;
  total: number;
}

export interface TimelineResult {
  view: 'timeline';
  interval: TimeInterval;
  stackType: string;
  /** The stacked tags, most frequent first. */
  series: string[];
  /** From the first to the last dated bucket (or the filter's from/to), every bucket, empty ones as zeros. */
  buckets: TimeBucket[];
  /** Annotations in undated articles, counted apart (never placed on the axis). */
  undated: { counts: Record<string, number>; total: number };
  /** The cell of `counts[tag]` in bucket `key` is { kind: 'timeline', interval, bucket: key, tag }. */
}

/** A mention of the concordance: the annotation, its article, and its text aligned on the mention. */
export interface AnalysisMention {
  annotationId: string;
  articleId: string;
  title: string;
  /** The article's publication date ("" when undated) and source. */
  date: string;
  source: string;
  tag: string;
  entityId?: string;
  /** Code points into the article's canonical text, `end` exclusive: open the reader here. */
  start: number;
  end: number;
  /** Keyword in context: the text before the mention (cut at a word), the mention, the text after. */
  kwic: { before: string; mention: string; after: string };
  /** The same passage as search shows it (span and hits in code points). */
  passage: Passage;
}

export interface ActorProfileResult {
  view: 'actor-profile';
  actor: ActorInfo;
  scope: PairingScope;
  /** The actor's mentions counted (all, not only those shown). */
  total: number;
  /** The first `limit` mentions, newest article first, in text order within one. */
  mentions: AnalysisMention[];
  /** Demand tags co-occurring with the actor (scope), most first. */
  demands: { tag: string; count: number; cell: AnalysisCell }[];
  /** Event tags co-occurring with the actor (scope), most first. */
  events: { tag: string; count: number }[];
  /** Sources (outlets) of the actor's mentions, most first. */
  outlets: { source: string; count: number }[];
  /** The actors it addresses as claimant in claims (one count per claim), most first. */
  addressees: { actor: ActorInfo; count: number; cell: AnalysisCell }[];
}

export type AnalysisResult =
  FrequenciesResult | ActorDemandResult | TimelineResult | ActorProfileResult | ClaimNetworkResult;

/** One page of the mentions behind a number. */
export interface MentionsPage {
  /** Mentions behind the number (equals the number for frequencies, timeline and actors). */
  total: number;
  offset: number;
  mentions: AnalysisMention[];
}
