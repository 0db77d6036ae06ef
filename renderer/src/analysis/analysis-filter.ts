/**
 * The analysis filter bar's fields (one value each, "" for any) and the
 * AnalysisFilter main takes (lists of "any of"). A date range whose start
 * is after its end is refused here, so the view keeps its last good filter.
 */

import type { AnalysisFilter } from '../../../shared/analysis-types';
import type { ArticleStatus } from '../../../shared/model';

/** What the filter bar holds: "" means no restriction. */
export interface FilterFields {
  source: string;
  from: string;
  to: string;
  status: '' | ArticleStatus;
  tag: string;
  entity: string;
  coder: string;
  /** Full-text query the articles must match (the library's search). */
  search: string;
}

export const NO_FILTER: FilterFields = {
  source: '',
  from: '',
  to: '',
  status: '',
  tag: '',
  entity: '',
  coder: '',
  search: '',
};

/**
 * The AnalysisFilter of `fields`, or `{ error: 'badRange' }` when `from` is
 * after `to` (ISO dates compare as strings). Blank fields are left out;
 * the coder and the search are trimmed (blank: no restriction).
 */
export function toAnalysisFilter(fields: FilterFields): { filter: AnalysisFilter } | { error: 'badRange' } {
  if (fields.from && fields.to && fields.from > fields.to) return { error: 'badRange' };
  const filter: AnalysisFilter = {};
  if (fields.source) filter.sources = [fields.source];
  if (fields.from) filter.from = fields.from;
  if (fields.to) filter.to = fields.to;
  if (fields.status) filter.statuses = [fields.status];
  if (fields.tag) filter.tags = [fields.tag];
  if (fields.entity) filter.entityIds = [fields.entity];
  const coder = fields.coder.trim();
  if (coder) filter.coders = [coder];
  const search = fields.search.trim();
  if (search) filter.search = search;
  return { filter };
}
