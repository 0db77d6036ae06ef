/**
 * Asked before a scheme save that merges twins (issue 14): the tag moves of
 * the new scheme put some annotations on the same span and tag as others,
 * and each such group becomes one annotation. A scheme save cannot be undone
 * (Ctrl+Z undoes annotation steps, not the scheme), so the editor lists the
 * groups — quote, destination tag, article, how many become one — and saves
 * only when the analyst says so; Back keeps editing with nothing saved.
 */

import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../../shared/import-report-lines';
import type { SchemeSaved, TwinMergeReport } from '../../../shared/model';
import type { StatusMessage } from '../status';

interface Props {
  merges: readonly TwinMergeReport[];
  /** The destination tag's title in the interface language. */
  titleOf: (tag: string) => string;
  onBack: () => void;
  onConfirm: () => void;
}

/**
 * The status line after a save: "saved", or how many annotations merged,
 * each group as "«quote» (tag) ×count", and how many undo steps on them
 * were dropped (`steps`).
 */
export function savedStatus(
  saved: SchemeSaved,
  steps: number,
  titleOf: (tag: string) => string,
  t: TFunction,
): StatusMessage {
  if (saved.mergedTwins === 0) return { kind: 'info', key: 'taxonomy.saved' };
  // Quote and tag isolated: an Arabic quote in the English sentence would otherwise flip its «» and pull "×2" in.
  const groups = saved.merges
    .map((m) => `«${isolate(m.quote)}» (${isolate(titleOf(m.tag))}) ×${m.count}`)
    .join(' · ');
  const dropped = steps > 0 ? ` — ${t('taxonomy.stepsDropped', { steps })}` : '';
  return {
    kind: 'info',
    key: 'taxonomy.savedMerged',
    params: { count: saved.mergedTwins, what: `${groups}${dropped}` },
  };
}

export function MergeWarning({ merges, titleOf, onBack, onConfirm }: Props) {
  const { t } = useTranslation();
  const back = useRef<HTMLButtonElement>(null);
  // The safe answer has the focus: Enter does not merge by accident.
  useEffect(() => back.current?.focus(), []);
  return (
    <div
      className="taxonomy-resolve"
      role="alertdialog"
      aria-labelledby="merge-warning-intro"
      data-testid="merge-warning"
    >
      <p id="merge-warning-intro">{t('taxonomy.mergeIntro')}</p>
      <ul className="merge-list">
        {merges.map((m) => (
          <li key={`${m.articleId}:${m.quote}:${m.tag}`}>
            {t('taxonomy.mergeGroup', {
              // Each value isolated (U+2068…U+2069): an Arabic title in the English line carried ": 2" into itself.
              quote: isolate(m.quote),
              tag: isolate(titleOf(m.tag)),
              count: m.count,
              title: isolate(m.title),
            })}
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <span className="spacer" />
        <button type="button" ref={back} onClick={onBack}>
          {t('tagMenu.back')}
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {t('taxonomy.mergeConfirm')}
        </button>
      </div>
    </div>
  );
}
