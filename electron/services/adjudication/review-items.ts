/**
 * The disagreements of one article as the walk lists them, with the decisions
 * that need review after a coder's layer changed (re-imported, edited): a
 * decision is keyed to its unit's spans and tags (the key) and to the
 * versions of its codings (DecisionRecord.basis). A decided unit whose coding
 * changed version is 'changed'; a decision (or an agreed copy) whose unit is
 * no longer there is 'gone', listed from its key, its gold kept until the
 * adjudicator removes it. Neither is counted as decided. Pure over its inputs.
 */

import {
  parseUnitKey,
  unitBasis,
  type AdjudicationUnit,
} from '../../../shared/adjudication/adjudication-units';
import type {
  DecisionRecord,
  DisagreementView,
  ReviewReason,
} from '../../../shared/adjudication/adjudication-types';
import type { CodePointIndex } from '../../../shared/code-points';
import { disagreementView } from './disagreement-view';

/** Why `record`, decided on a unit now `unit` (or undefined: gone), needs review; null when it does not. */
export function reviewOf(
  record: DecisionRecord | undefined,
  unit: AdjudicationUnit | undefined,
): ReviewReason | null {
  if (!record) return null;
  if (!unit) return 'gone';
  // An agreed copy holds while both coders keep the same span and tag (its key); a choice was made on versions.
  if (record.choice === 'agreed' || record.basis === undefined) return null;
  return record.basis === unitBasis(unit) ? null : 'changed';
}

/** The walk's items of one article and the gold ids of its decisions that need review. */
export interface ArticleReview {
  items: DisagreementView[];
  staleGold: string[];
}

/**
 * The items of article `articleId` (titled `title`, text in `index`): each
 * disagreement of `units` with its decision and review reason, and each
 * decision of `decisions` whose unit is gone, in text order.
 */
export function articleReview(
  articleId: string,
  title: string,
  index: CodePointIndex,
  units: readonly AdjudicationUnit[],
  decisions: Readonly<Record<string, DecisionRecord>>,
): ArticleReview {
  const byKey = new Map(units.map((u) => [u.key, u]));
  const items: DisagreementView[] = [];
  const staleGold: string[] = [];
  for (const unit of units) {
    const record = decisions[unit.key];
    const review = reviewOf(record, unit);
    if (review && record) staleGold.push(...record.goldIds);
    if (!unit.agreed) items.push(disagreementView(unit, title, index, record ?? null, review));
  }
  for (const [key, record] of Object.entries(decisions)) {
    const parsed = parseUnitKey(key);
    if (!parsed || parsed.articleId !== articleId || byKey.has(key)) continue;
    if (record.goldIds.length === 0 && record.choice === 'agreed') continue;
    staleGold.push(...record.goldIds);
    const coded = (s: typeof parsed.a) => (s ? { id: '', ...s } : null);
    const unit = { key, articleId, a: coded(parsed.a), b: coded(parsed.b) };
    items.push(disagreementView(unit, title, index, record, 'gone'));
  }
  const startOf = (v: DisagreementView) => Math.min(v.a?.start ?? Infinity, v.b?.start ?? Infinity);
  items.sort((x, y) => startOf(x) - startOf(y));
  return { items, staleGold };
}
