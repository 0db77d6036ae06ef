/**
 * The export's warning about gold resting on stale decisions (issue 20
 * review): an export that writes gold annotations whose adjudication
 * decision needs review (a coder's layer changed since, see review-items.ts)
 * says how many, in its summary (`staleGold`), which the CLI and the app
 * turn into a warning sentence. The export itself is written as asked.
 * Also the count itself (countStaleGold), over the adjudication sessions.
 */

import type { AdjudicationSession } from '../../../shared/adjudication/adjudication-types';
import { parseUnitKey, type AdjudicationUnit } from '../../../shared/adjudication/adjudication-units';
import type { Annotation } from '../../../shared/model';
import type { Exporter } from '../export/export-service';
import type { Library } from '../library/library';
import type { AdjudicationService } from './adjudication-service';
import { reviewOf } from './review-items';

/** `exporter` with each written summary telling the stale gold annotations it holds (absent when none). */
export function withStaleGold(exporter: Exporter, adjudication: AdjudicationService): Exporter {
  return {
    ...exporter,
    write: async (request, path) => {
      const summary = await exporter.write(request, path);
      // A codebook holds no annotation.
      if (request.format === 'qdc' || summary.annotations === 0) return summary;
      const staleGold = await adjudication.staleGold(request.articleIds, request.coders);
      return staleGold > 0 ? { ...summary, staleGold } : summary;
    },
  };
}

/** One article's adjudication units and annotations, as the service computes them for a session's coders. */
export type UnitsOf = (
  articleId: string,
  session: AdjudicationSession,
) => Promise<{ units: AdjudicationUnit[]; annotations: readonly Annotation[] }>;

/**
 * How many gold annotations of the articles `articleIds` (all listed when
 * absent), in the layers of gold coders among `coders` (all when absent),
 * were written by decisions of `sessions` that now need review
 * (review-items.ts); pending decisions count as stale. Reads only.
 */
export async function countStaleGold(
  sessions: readonly AdjudicationSession[],
  library: Pick<Library, 'getMeta'>,
  unitsOf: UnitsOf,
  articleIds?: readonly string[],
  coders?: readonly string[],
): Promise<number> {
  const wanted = articleIds ? new Set(articleIds) : null;
  let count = 0;
  for (const session of sessions) {
    if (coders && !coders.includes(session.gold)) continue;
    for (const articleId of session.articleIds) {
      if ((wanted && !wanted.has(articleId)) || !library.getMeta(articleId)) continue;
      const { units, annotations } = await unitsOf(articleId, session);
      const byKey = new Map(units.map((u) => [u.key, u]));
      const present = new Set(annotations.map((a) => a.id));
      for (const [key, record] of Object.entries(session.decisions)) {
        if (parseUnitKey(key)?.articleId !== articleId) continue;
        if (record.pending || reviewOf(record, byKey.get(key)))
          count += record.goldIds.filter((id) => present.has(id)).length;
      }
    }
  }
  return count;
}
