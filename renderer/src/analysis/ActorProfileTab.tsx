/**
 * Actor profile: one entity's mentions as a keyword-in-context concordance
 * (the mention in one column, each line in its article's direction), the
 * demands and events said with it (same sentence), its outlets, and the
 * actors it addresses as claimant in claims (each number lists them).
 */

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorProfileResult, AnalysisFilter } from '../../../shared/analysis-types';
import { directionOf, type EntitySummary } from '../../../shared/model';
import type { TextSpan } from '../../../shared/search-passage';
import { labelIn } from '../labels';
import type { Labeller } from './analysis-labels';
import { CountButton } from './CountButton';
import { KwicRows } from './KwicRows';
import type { PickedNumber } from './MentionsPanel';
import { ResultState } from './ResultState';
import { useAnalysis } from './use-analysis';

interface Props {
  filter: AnalysisFilter;
  labels: Labeller;
  entities: readonly EntitySummary[];
  languageOf: (articleId: string) => string;
  onPick: (picked: PickedNumber) => void;
  onOpen: (articleId: string, focus: TextSpan) => void;
}

export function ActorProfileTab({ filter, labels, entities, languageOf, onPick, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const [entityId, setEntityId] = useState('');
  const chosen = entityId || entities[0]?.entity.id || '';
  const request = useMemo(
    () =>
      chosen
        ? { view: 'actor-profile' as const, filter, actor: { entityId: chosen }, scope: 'sentence' as const }
        : null,
    [filter, chosen],
  );
  const state = useAnalysis<ActorProfileResult>(request);
  const result = state.result;
  if (entities.length === 0) return <p className="muted">{t('analysis.profile.noEntities')}</p>;
  const mentionsTitle = t('analysis.profile.mentions', {
    shown: result?.mentions.length ?? 0,
    total: result?.total ?? 0,
  });

  return (
    <div className="analysis-tab">
      <div className="analysis-options">
        <label>
          {t('analysis.profile.pick')}
          <select value={chosen} onChange={(e) => setEntityId(e.target.value)}>
            {entities.map((e) => (
              <option key={e.entity.id} value={e.entity.id}>
                {labelIn(e.entity.name, i18n.language)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ResultState state={state} empty={result?.total === 0} />
      {result && result.total > 0 && (
        <div className="analysis-profile">
          <section>
            <h3>{mentionsTitle}</h3>
            <KwicRows
              mentions={result.mentions}
              label={mentionsTitle}
              direction={(m) => directionOf(languageOf(m.articleId))}
              onOpen={onOpen}
            />
          </section>
          <div className="analysis-profile-lists">
            <section>
              <h3>{t('analysis.profile.demands')}</h3>
              <ul data-testid="profile-demands">
                {result.demands.map((d) => (
                  <li key={d.tag}>
                    {labels.key(d.tag)}{' '}
                    <button
                      type="button"
                      className="number"
                      onClick={() =>
                        onPick({ cell: d.cell, what: `${labels.actor(result.actor)} × ${labels.key(d.tag)}` })
                      }
                    >
                      {d.count}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
            <section>
              <h3>{t('analysis.profile.events')}</h3>
              <ul>
                {result.events.map((e) => (
                  <li key={e.tag}>
                    {labels.key(e.tag)} <span className="number">{e.count}</span>
                  </li>
                ))}
              </ul>
            </section>
            <section>
              <h3>{t('analysis.profile.outlets')}</h3>
              <ul>
                {result.outlets.map((o) => (
                  <li key={o.source}>
                    <span dir="auto">{o.source}</span> <span className="number">{o.count}</span>
                  </li>
                ))}
              </ul>
            </section>
            <section>
              <h3>{t('analysis.profile.addressees')}</h3>
              {result.addressees.length === 0 && (
                <p className="muted">{t('analysis.profile.noAddressees')}</p>
              )}
              <ul data-testid="profile-addressees">
                {result.addressees.map((a) => (
                  <li key={`${a.actor.entityId ?? ''}:${a.actor.label}`}>
                    <span dir="auto">{labels.actor(a.actor)}</span>{' '}
                    <CountButton
                      count={a.count}
                      onPick={() =>
                        onPick({
                          cell: a.cell,
                          what: t('analysis.network.link', {
                            from: labels.actor(result.actor),
                            to: labels.actor(a.actor),
                          }),
                        })
                      }
                    />
                  </li>
                ))}
              </ul>
            </section>
          </div>
        </div>
      )}
    </div>
  );
}
