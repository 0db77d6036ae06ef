/**
 * Crash recovery of adjudication (issue 20 review): a decision is recorded as
 * pending (naming the gold ids it is about to write and those it replaces)
 * before its gold is written, and marked done after. A crash in between
 * leaves a pending record; opening the adjudication again reconciles it: if
 * its gold is all on disk the decision is adopted (what it replaced is
 * removed), else it is taken back (what was written of it, and what it
 * replaced, removed: the unit is undecided again); a decision being taken
 * back is finished (its gold removed, its record dropped). Either way no gold
 * annotation is left that no decision names, and the count is reported.
 */

import type {
  AdjudicationSession,
  DecisionRecord,
  Recovered,
} from '../../../shared/adjudication/adjudication-types';
import { parseUnitKey } from '../../../shared/adjudication/adjudication-units';
import type { Library } from '../library/library';
import type { AdjudicationStore } from './adjudication-store';
import { referencedIds, removeGold } from './gold-layer';

/** A record with its pending marks taken off. */
const done = (record: DecisionRecord): DecisionRecord => {
  const rest = { ...record };
  delete rest.pending;
  delete rest.replaces;
  return rest;
};

/**
 * Reconciles the pending decisions of `session` (see the module header) and
 * records the outcome in `store`; resolves to what was adopted and undone
 * and the session as now stored (`session` itself when nothing was pending).
 */
export async function reconcilePending(
  library: Library,
  store: AdjudicationStore,
  session: AdjudicationSession,
): Promise<{ recovered: Recovered; session: AdjudicationSession }> {
  const recovered: Recovered = { adopted: 0, undone: 0 };
  const pending = Object.entries(session.decisions).filter(([, r]) => r.pending);
  if (pending.length === 0) return { recovered, session };
  let decisions = { ...session.decisions };
  for (const [key, record] of pending) {
    const articleId = parseUnitKey(key)?.articleId;
    const present = articleId
      ? new Set((await library.listAnnotations(articleId).catch(() => [])).map((a) => a.id))
      : new Set<string>();
    const written = record.goldIds.every((id) => present.has(id));
    if (written && !record.takeBack) decisions[key] = done(record);
    else decisions = Object.fromEntries(Object.entries(decisions).filter(([k]) => k !== key));
    const keep = referencedIds(decisions);
    if (articleId) {
      const drop = written ? (record.replaces ?? []) : [...record.goldIds, ...(record.replaces ?? [])];
      await removeGold(library, articleId, drop, keep);
    }
    if (written) recovered.adopted++;
    else recovered.undone++;
  }
  const stored = await store.update(session, new Date().toISOString(), (s) => {
    s.decisions = decisions;
  });
  return { recovered, session: stored };
}
