/**
 * Who demands what: actors × demand subtypes, counted where both appear in
 * the same sentence or paragraph (the user picks; the view says which), as
 * a heat map and the table behind it. Every number lists its mentions.
 */

import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorDemandResult, MatrixCell } from '../../../shared/analysis-types';
import { SelectField } from '../ui/SelectField';
import { actorAt } from './analysis-labels';
import { heatMap, type HeatCell } from './matrix-charts';
import { ChartTab, type TabProps } from './ChartTab';
import { CountButton } from './CountButton';
import { useAnalysis } from './use-analysis';

const SCOPES = ['sentence', 'paragraph', 'claims'] as const;
type Scope = (typeof SCOPES)[number];

export function ActorDemandTab({ filter, labels, direction, onPick, notify }: TabProps) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<Scope>('sentence');
  const request = useMemo(() => ({ view: 'actor-demand' as const, filter, scope }), [filter, scope]);
  const state = useAnalysis<ActorDemandResult>(request);
  const result = state.result;
  const actorName = useMemo(() => actorAt(result?.actors, labels), [result, labels]);
  const pick = useCallback(
    (c: MatrixCell) =>
      onPick({
        cell: c.cell,
        what: `${actorName(c.actor)} × ${labels.key(result?.demands[c.demand]?.tag ?? '')}`,
      }),
    [onPick, actorName, labels, result],
  );
  const grid = useMemo(() => {
    const byPair = new Map<string, MatrixCell>();
    for (const c of result?.cells ?? []) byPair.set(`${c.actor}:${c.demand}`, c);
    return byPair;
  }, [result]);

  const draw = useCallback(
    (width: number) => {
      // Keys "a<i>" (actor row i) and "d<i>" (demand column i): two actors may share a name.
      const cells: HeatCell[] = (result?.cells ?? []).map((c) => ({
        row: `a${c.actor}`,
        column: `d${c.demand}`,
        count: c.count,
      }));
      return heatMap(
        cells,
        (result?.actors ?? []).map((_, i) => `a${i}`),
        (result?.demands ?? []).map((_, i) => `d${i}`),
        (key) =>
          key.startsWith('a')
            ? actorName(Number(key.slice(1)))
            : labels.key(result?.demands[Number(key.slice(1))]?.tag ?? ''),
        width,
        direction,
      );
    },
    [result, actorName, labels, direction],
  );

  return (
    <ChartTab
      state={state}
      labels={labels}
      notify={notify}
      options={
        <SelectField
          label={t('analysis.scope.label')}
          value={scope}
          values={SCOPES}
          labelOf={(s) => t(`analysis.scope.${s}`)}
          onChange={setScope}
        />
      }
      said={
        <p className="analysis-said" data-testid="scope-said">
          {t(`analysis.scope.${scope}Said`)}
          {result &&
            result.actorCount > result.actors.length &&
            ` ${t('analysis.scope.shown', { shown: result.actors.length, all: result.actorCount })}`}
          {result?.scope === 'claims' &&
            ` ${t('analysis.scope.unclaimed', { count: result.articlesWithoutClaims ?? 0 })}`}
        </p>
      }
      isEmpty={(r) => r.cells.length === 0}
      chart={{
        name: `actor-demand-${scope}`,
        title: t('analysis.tabs.actorDemand'),
        draw,
        onPick: (i) => {
          const c = result?.cells[i];
          if (c) pick(c);
        },
      }}
      table={(r) => (
        <div className="analysis-scroll">
          <table className="analysis-table" data-testid="matrix-table">
            <thead>
              <tr>
                <th scope="col">{t('analysis.columns.actor')}</th>
                {r.demands.map((d) => (
                  <th key={d.tag} scope="col">
                    {labels.key(d.tag)}
                  </th>
                ))}
                <th scope="col">{t('analysis.columns.total')}</th>
              </tr>
            </thead>
            <tbody>
              {r.actors.map((a, ai) => (
                <tr key={ai} data-actor={a.entityId ?? a.label}>
                  <th scope="row" dir="auto">
                    {labels.actor(a)}
                  </th>
                  {r.demands.map((d, di) => {
                    const c = grid.get(`${ai}:${di}`);
                    return (
                      <td key={d.tag} data-demand={d.tag}>
                        <CountButton count={c?.count ?? 0} onPick={() => c && pick(c)} />
                      </td>
                    );
                  })}
                  <td>{a.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    />
  );
}
