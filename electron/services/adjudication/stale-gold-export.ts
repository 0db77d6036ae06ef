/**
 * The export's warning about gold resting on stale decisions (issue 20
 * review): an export that writes gold annotations whose adjudication
 * decision needs review (a coder's layer changed since, see review-items.ts)
 * says how many, in its summary (`staleGold`), which the CLI and the app
 * turn into a warning sentence. The export itself is written as asked.
 */

import type { Exporter } from '../export/export-service';
import type { AdjudicationService } from './adjudication-service';

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
