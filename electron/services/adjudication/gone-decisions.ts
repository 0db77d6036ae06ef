/**
 * Taking back, and putting back, the decision of a unit that is gone (a
 * coder's edit removed or moved the coding it was made on). Taking it back
 * deletes its gold; the record and the gold annotations deleted are kept in
 * the session (`takenBack`), so that the window's undo can put both back as
 * they were: the unit itself cannot be decided again (it is not there), so
 * "send the previous decision back" would have nothing to decide.
 */

import type {
  AdjudicationSession,
  DecideRequest,
  DecisionRecord,
  TakenBack,
} from '../../../shared/adjudication/adjudication-types';
import type { Annotation } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import type { Library } from '../library/library';
import type { AdjudicationStore } from './adjudication-store';

/**
 * What undoing the take-back of `old` must put back: the record as it is, and
 * its gold annotations among `annotations` that the take-back will delete (not
 * those `others`, other decisions, still name).
 */
export function takenBackOf(
  old: DecisionRecord,
  annotations: readonly Annotation[],
  others: ReadonlySet<string>,
): TakenBack {
  const ids = new Set(old.goldIds.filter((id) => !others.has(id)));
  return { record: old, annotations: annotations.filter((a) => ids.has(a.id)) };
}

/**
 * Puts back the decision of `request.key` taken back while its unit was gone
 * (session.takenBack): the record is written pending, its deleted gold
 * restored, then the record marked done and the kept copy dropped (a crash in
 * between is reconciled like any pending decision: pending-reconcile.ts).
 * Resolves to the record. 'not-found' when nothing of this unit was taken back
 * (or it was put back already), 'invalid-argument' when the unit holds a
 * decision again; either way nothing is written.
 */
export async function putBack(
  library: Library,
  store: AdjudicationStore,
  session: AdjudicationSession,
  request: DecideRequest,
  articleId: string,
): Promise<DecisionRecord> {
  const kept = session.takenBack?.[request.key];
  if (!kept)
    throw new AppFailure('not-found', 'No removed decision of this unit is left to put back', {
      field: 'key',
    });
  if (session.decisions[request.key])
    throw new AppFailure('invalid-argument', 'This unit has a decision already', { field: 'key' });
  const { record } = kept;
  const at = new Date().toISOString();
  await store.update(request, at, (s) => {
    s.decisions = { ...s.decisions, [request.key]: { ...record, pending: true } };
  });
  const present = new Set((await library.listAnnotations(articleId)).map((a) => a.id));
  const missing = kept.annotations.filter((a) => !present.has(a.id));
  if (missing.length > 0) await library.restoreAnnotations(articleId, missing);
  await store.update(request, at, (s) => {
    s.decisions = { ...s.decisions, [request.key]: record };
    const rest = Object.entries(s.takenBack ?? {}).filter(([key]) => key !== request.key);
    if (rest.length > 0) s.takenBack = Object.fromEntries(rest);
    else delete s.takenBack;
  });
  return record;
}
