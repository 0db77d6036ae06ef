/**
 * The shapes of the analysis calls (issue 19): the filter every view takes,
 * each view's request, and the "cell" that names one number of a view so
 * that the mentions behind it can be listed. Validated in main (IPC) and
 * used by the CLI; the types are derived in shared/analysis-types.ts.
 */

import { z } from 'zod';
import { ARTICLE_STATUSES } from './enums';
import { idSchema, isoDateSchema, schemeIdSchema, tagIdSchema, textUpTo } from './fields';
import { ARTICLE_META_LENGTHS, MAX_CODER_NAME_LENGTH, MAX_TEXT_LENGTH } from './limits';

/** Most values one filter list may hold (sources, tags, entities, coders). */
export const MAX_FILTER_VALUES = 500;
/** Most articles a filter may name (a saved search's hits). */
export const MAX_FILTER_ARTICLES = 200_000;
/** Most actor rows one actor × demand matrix returns. */
export const MAX_MATRIX_ACTORS = 2000;
/** Most mentions one page of listAnalysisMentions returns. */
export const MAX_MENTIONS_PAGE = 500;

const list = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(MAX_FILTER_VALUES).optional();

/**
 * Which annotations a view counts. Article filters (sources, from/to,
 * statuses, articleIds) pick articles; the others pick annotations. Every
 * list is "any of"; absent means no restriction. Trashed articles and
 * orphaned annotations are never counted.
 */
export const analysisFilterSchema = z.strictObject({
  sources: list(textUpTo(ARTICLE_META_LENGTHS.source)),
  /** First publication day counted (ISO date, inclusive); undated articles are then left out. */
  from: isoDateSchema.optional(),
  /** Last publication day counted (ISO date, inclusive); undated articles are then left out. */
  to: isoDateSchema.optional(),
  statuses: list(z.enum(ARTICLE_STATUSES)),
  /** Tag ids; a type id ("demand") also takes its subtypes ("demand.aid"). */
  tags: list(tagIdSchema),
  entityIds: list(idSchema),
  /** Coders (an annotation's author); "" stands for annotations without one. */
  coders: list(textUpTo(MAX_CODER_NAME_LENGTH)),
  /** Only these articles (e.g. the hits of a saved search). */
  articleIds: z.array(idSchema).min(1).max(MAX_FILTER_ARTICLES).optional(),
});

/** An actor: an entity, or (for actor annotations linked to none) their normalised quote. */
export const actorRefSchema = z.union([
  z.strictObject({ entityId: idSchema }),
  z.strictObject({ quote: z.string().min(1).max(MAX_TEXT_LENGTH) }),
]);

/** Where an actor and a demand count as said together: same sentence, same paragraph, or the same claim. */
export const pairingScopeSchema = z.enum(['sentence', 'paragraph', 'claims']);

/**
 * What the frequency table counts by: annotations per type, tag, entity or
 * actor; claims per frame ('claim-frame'); claim members per frame, role
 * and the filler's type ('claim-role', keys "claim/claimant/actor").
 */
export const frequencyBySchema = z.enum(['type', 'tag', 'entity', 'actor', 'claim-frame', 'claim-role']);

/** The bucket size of a timeline. */
export const timeIntervalSchema = z.enum(['day', 'week', 'month']);

/** The types that play the actor, demand and event parts (default actor, demand, event). */
const rolesSchema = {
  actorType: schemeIdSchema.optional(),
  demandType: schemeIdSchema.optional(),
};

export const analysisRequestSchema = z.discriminatedUnion('view', [
  z.strictObject({
    view: z.literal('frequencies'),
    filter: analysisFilterSchema,
    by: frequencyBySchema,
    /** For by = 'actor': the type whose annotations are actors (default "actor"). */
    actorType: schemeIdSchema.optional(),
  }),
  z.strictObject({
    view: z.literal('actor-demand'),
    filter: analysisFilterSchema,
    scope: pairingScopeSchema,
    ...rolesSchema,
    /** Rows returned: the actors with the most co-occurrences (default 100). */
    limit: z.number().int().min(1).max(MAX_MATRIX_ACTORS).optional(),
  }),
  z.strictObject({
    view: z.literal('timeline'),
    filter: analysisFilterSchema,
    interval: timeIntervalSchema,
    /** The type whose tags are stacked (e.g. "demand" or "event"). */
    stackType: schemeIdSchema,
  }),
  z.strictObject({
    view: z.literal('claim-network'),
    filter: analysisFilterSchema,
    /** Links drawn: the pairs with the most claims (default 60). */
    limit: z.number().int().min(1).max(MAX_MATRIX_ACTORS).optional(),
  }),
  z.strictObject({
    view: z.literal('actor-profile'),
    filter: analysisFilterSchema,
    actor: actorRefSchema,
    scope: pairingScopeSchema,
    ...rolesSchema,
    eventType: schemeIdSchema.optional(),
    /** Mentions shown in the concordance (the first ones, newest article first); default 50. */
    limit: z.number().int().min(0).max(MAX_MENTIONS_PAGE).optional(),
  }),
]);

/** One number of a view, as the view returned it: listAnalysisMentions lists what it counts. */
export const analysisCellSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('frequency'),
    by: frequencyBySchema,
    key: z.string().min(1).max(MAX_TEXT_LENGTH),
    actorType: schemeIdSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('actor-demand'),
    scope: pairingScopeSchema,
    actor: actorRefSchema,
    demand: tagIdSchema,
    ...rolesSchema,
  }),
  z.strictObject({
    kind: z.literal('timeline'),
    interval: timeIntervalSchema,
    /** The bucket's key ("2026-03-02", "2026-W10", "2026-03") or "undated". */
    bucket: z.string().regex(/^(\d{4}-\d{2}(-\d{2})?|\d{4}-W\d{2}|undated)$/u),
    tag: tagIdSchema,
  }),
  z.strictObject({ kind: z.literal('actor'), actor: actorRefSchema, ...rolesSchema }),
  /** The claims in which `claimant` demands of `addressee` (their claimant and addressee members). */
  z.strictObject({ kind: z.literal('claim-link'), claimant: actorRefSchema, addressee: actorRefSchema }),
]);

export const mentionsRequestSchema = z.strictObject({
  filter: analysisFilterSchema,
  cell: analysisCellSchema,
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(MAX_MENTIONS_PAGE),
});
