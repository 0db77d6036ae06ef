/**
 * The entity picker's list: which of the library's entities match what the
 * analyst typed, and in which order. Matching goes through the shared Arabic
 * normaliser (hamza forms, alef maqsura, ta marbuta, harakat, tatweel do not
 * matter; Latin is case-folded) over the Arabic and English names and every
 * alias; each typed word must occur in one of them. The likely entities come
 * first: one whose name is the annotation's own text, then those linked in
 * the same article (most links first), then the ones linked most recently,
 * then by how often the library mentions them.
 */

import { normalizeArabic } from './arabic-normalize';
import type { Entity, EntitySummary } from './model';

/** What makes an entity likely for the annotation being linked. */
export interface PickContext {
  /** The annotation's text. */
  quote: string;
  /** Entity id → links from annotations of the same article. */
  inArticle: ReadonlyMap<string, number>;
  /** Entity ids linked most recently first (this session). */
  recent: readonly string[];
}

/** Every name of an entity (Arabic, English, aliases), normalised, empty ones left out. */
export function entityNames(entity: Entity): string[] {
  return [entity.name.ar, entity.name.en, ...entity.aliases]
    .map((n) => normalizeArabic(n).trim())
    .filter((n) => n.length > 0);
}

/** Proclitics an Arabic quote may carry before a name: و ف, then ب ك ل, or لل. */
const PROCLITIC_HEAD = /^(?:[وف]?[بكل]|[وف]|لل)(?=\S)/u;

/** True when the normalised `quote` is one of `names`, or is one after its proclitics, or contains one as words. */
function quoteNames(quote: string, names: readonly string[]): boolean {
  const q = normalizeArabic(quote).trim();
  if (q.length === 0) return false;
  const bare = q.replace(PROCLITIC_HEAD, '');
  const padded = ` ${q} `;
  return names.some((n) => n === q || n === bare || padded.includes(` ${n} `));
}

/** 2: a name starts with the query, 1: a name contains every query word, 0: no match. */
function queryScore(words: readonly string[], names: readonly string[]): number {
  if (words.length === 0) return 1;
  const joined = words.join(' ');
  if (names.some((n) => n.startsWith(joined) || n.split(' ').some((w) => w.startsWith(joined)))) return 2;
  return words.every((w) => names.some((n) => n.includes(w))) ? 1 : 0;
}

/**
 * The entities matching `query` (every typed word, normalised, inside one of
 * their names; an empty query matches all), likely ones first (see the
 * module comment). Stable for ties: by mentions, then by Arabic name.
 */
export function rankEntities(
  entities: readonly EntitySummary[],
  query: string,
  context: PickContext,
): EntitySummary[] {
  const words = normalizeArabic(query).trim().split(/\s+/u).filter(Boolean);
  const recency = new Map(context.recent.map((id, i) => [id, context.recent.length - i]));
  const scored = entities.flatMap((summary) => {
    const names = entityNames(summary.entity);
    const match = queryScore(words, names);
    if (match === 0) return [];
    const id = summary.entity.id;
    const key = [
      match,
      quoteNames(context.quote, names) ? 1 : 0,
      context.inArticle.get(id) ?? 0,
      recency.get(id) ?? 0,
      summary.mentions,
    ];
    return [{ summary, key }];
  });
  scored.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const d = (b.key[i] ?? 0) - (a.key[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.summary.entity.name.ar.localeCompare(b.summary.entity.name.ar, 'ar');
  });
  return scored.map((s) => s.summary);
}
