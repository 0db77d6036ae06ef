/**
 * The Agreement view's choices (articles by source, status and dates;
 * coders; the options of `hamish agreement`) and the request main takes. A
 * date range whose start is after its end, or fewer than two coders, asks
 * nothing: the view says why and keeps its last report.
 */

import type { ArticleStatus } from '../../../shared/model';
import type { AgreementArticles, AgreementRequest } from '../../../shared/schema/agreement-schema';

/** The article choices: "" means any. */
export interface ArticleFields {
  source: string;
  status: '' | ArticleStatus;
  from: string;
  to: string;
}

export const ANY_ARTICLE: ArticleFields = { source: '', status: '', from: '', to: '' };

/** The options as `hamish agreement` defaults them (measure αu, by tag, exact spans, untagged as "none"). */
export type AgreementOptionsChoice = Pick<AgreementRequest, 'measure' | 'by' | 'unit' | 'untagged'>;

export const DEFAULT_OPTIONS: AgreementOptionsChoice = {
  measure: 'alpha-u',
  by: 'tag',
  unit: 'exact',
  untagged: 'none',
};

/** The articles part of the request, or `{ error: 'badRange' }` when `from` is after `to`. */
export function toArticles(fields: ArticleFields): { articles: AgreementArticles } | { error: 'badRange' } {
  if (fields.from && fields.to && fields.from > fields.to) return { error: 'badRange' };
  const articles: AgreementArticles = {};
  if (fields.source) articles.sources = [fields.source];
  if (fields.status) articles.statuses = [fields.status];
  if (fields.from) articles.from = fields.from;
  if (fields.to) articles.to = fields.to;
  return { articles };
}

/** The request, or null while fewer than two coders are chosen. */
export function toRequest(
  articles: AgreementArticles,
  coders: readonly string[],
  options: AgreementOptionsChoice,
): AgreementRequest | null {
  return coders.length < 2 ? null : { articles, coders: [...coders], ...options };
}
