/**
 * One disagreement: its article, the Arabic text around it (right to left,
 * coder A's span underlined in blue, coder B's shaded orange, with a legend:
 * never colour alone), both codings side by side, and its decision so far
 * (with "needs review" when a coder's layer changed since it was made).
 */

import { useTranslation } from 'react-i18next';
import type { Coding, DisagreementView } from '../../../shared/adjudication/adjudication-types';
import { isolate } from '../../../shared/import-report-lines';
import { contextPieces } from './context-pieces';

/** The sample word the legend marks as each coder's span is marked. */
const SAMPLE = 'نص';

interface Props {
  item: DisagreementView;
  coderA: string;
  coderB: string;
  tagLabel: (tag: string) => string;
}

export function DisagreementCard({ item, coderA, coderB, tagLabel }: Props) {
  const { t } = useTranslation();
  const pieces = contextPieces(item.context, item.a, item.b);
  const coding = (side: 'a' | 'b', name: string, c: Coding | null) => (
    <div className={`adjudication-coding coder-${side}`} data-coder={side}>
      <h3>
        {t(side === 'a' ? 'adjudication.mine' : 'adjudication.theirs')}: <bdi>{name}</bdi>
      </h3>
      {c ? (
        <p>
          <q lang="ar" dir="rtl">
            {c.quote}
          </q>{' '}
          — <span className="adjudication-tag">{tagLabel(c.tag)}</span>
        </p>
      ) : (
        <p className="adjudication-none">{t('adjudication.notCoded')}</p>
      )}
    </div>
  );
  return (
    <article className="adjudication-card" aria-label={t('adjudication.card')}>
      <h2 className="adjudication-title" lang="ar" dir="rtl">
        {item.title}
      </h2>
      <p className="adjudication-context" lang="ar" dir="rtl" data-testid="adjudication-context">
        {pieces.map((p, i) =>
          p.inA || p.inB ? (
            <mark key={i} className={`${p.inA ? 'in-a' : ''} ${p.inB ? 'in-b' : ''}`.trim()}>
              {p.text}
            </mark>
          ) : (
            p.text
          ),
        )}
      </p>
      <p className="adjudication-legend">
        <span className="legend-a" aria-hidden="true">
          {SAMPLE}
        </span>{' '}
        {t('adjudication.legendA', { name: isolate(coderA) })}{' '}
        <span className="legend-b" aria-hidden="true">
          {SAMPLE}
        </span>{' '}
        {t('adjudication.legendB', { name: isolate(coderB) })}
      </p>
      <div className="adjudication-codings">
        {coding('a', coderA, item.a)}
        {coding('b', coderB, item.b)}
      </div>
      <p className="adjudication-decision" data-testid="adjudication-decision">
        {item.decision ? t(`adjudication.decided.${item.decision.choice}`) : t('adjudication.undecided')}
        {item.review && (
          <>
            {' '}
            <strong className="adjudication-review" data-testid="adjudication-review">
              {t(`adjudication.review.${item.review}`)}
            </strong>
          </>
        )}
      </p>
    </article>
  );
}
