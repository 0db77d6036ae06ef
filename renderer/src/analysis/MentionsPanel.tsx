/**
 * The mentions behind one number of a view (its cell), listed by main a
 * page at a time, as a concordance; a click opens the reader at the span.
 */

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisCell, AnalysisFilter, MentionsPage } from '../../../shared/analysis-types';
import { directionOf } from '../../../shared/model';
import type { TextSpan } from '../../../shared/search-passage';
import { api } from '../api';
import type { Notify } from '../status';
import { LoadingShell } from '../ui/LoadingShell';
import { KwicRows } from './KwicRows';

/** Mentions listed at once (main's page). */
const PAGE = 200;

/** A number picked in a view: what it counts (its cell) and what to call it. */
export interface PickedNumber {
  cell: AnalysisCell;
  what: string;
}

interface Props {
  filter: AnalysisFilter;
  picked: PickedNumber;
  languageOf: (articleId: string) => string;
  onOpen: (articleId: string, focus: TextSpan) => void;
  onClose: () => void;
  notify: Notify;
}

export function MentionsPanel({ filter, picked, languageOf, onOpen, onClose, notify }: Props) {
  const { t } = useTranslation();
  // The page and the number it lists: a page of an earlier pick is not shown.
  const [answer, setAnswer] = useState<{ picked: PickedNumber; page: MentionsPage } | null>(null);
  useEffect(() => {
    let live = true;
    void api.listAnalysisMentions({ filter, cell: picked.cell, offset: 0, limit: PAGE }).then((r) => {
      if (!live) return;
      if (r.ok) setAnswer({ picked, page: r.value });
      else notify({ kind: 'error', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [filter, picked, notify]);
  const page = answer?.picked === picked ? answer.page : null;

  const title = t('analysis.mentions.title', { what: picked.what, count: page?.total ?? 0 });
  return (
    <section className="analysis-mentions" aria-label={title}>
      <header>
        <h3>{title}</h3>
        <button type="button" className="link" onClick={onClose}>
          {t('actions.close')}
        </button>
      </header>
      <LoadingShell value={page} className="muted" waiting={t('analysis.mentions.loading')}>
        {(shown) => (
          <>
            <KwicRows
              mentions={shown.mentions}
              label={title}
              direction={(m) => directionOf(languageOf(m.articleId))}
              onOpen={onOpen}
            />
            {shown.total > shown.mentions.length && (
              <p className="muted">
                {t('analysis.mentions.more', { count: shown.total - shown.mentions.length })}
              </p>
            )}
          </>
        )}
      </LoadingShell>
    </section>
  );
}
