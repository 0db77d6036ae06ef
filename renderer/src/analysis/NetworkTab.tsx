/**
 * Claim network: who demands of whom, from claims (issue 18). Each link is
 * the claims in which a claimant demands of an addressee; the chart draws
 * claimants on the reading side, addressees opposite, the link's width and
 * number its claims; the table lists the same links. A link or a number
 * opens the mentions (claimant and addressee) of the claims behind it.
 */

import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorInfo, ClaimLink, ClaimNetworkResult } from '../../../shared/analysis-types';
import { actorAt } from './analysis-labels';
import { ChartTab, type TabProps } from './ChartTab';
import { CountButton } from './CountButton';
import { networkChart, type NetworkLink } from './network-chart';
import { useAnalysis } from './use-analysis';

/** What a row's data attributes name an actor by: its entity id, or its quote. */
const keyOf = (actor: ActorInfo | undefined) => actor?.entityId ?? actor?.label ?? '';

/** Column order of one end of the links: actors by their claims at that end, most first. */
function columnOf(links: readonly ClaimLink[], end: 'claimant' | 'addressee'): number[] {
  const totals = new Map<number, number>();
  for (const l of links) totals.set(l[end], (totals.get(l[end]) ?? 0) + l.count);
  return [...totals].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([actor]) => actor);
}

export function NetworkTab({ filter, labels, direction, onPick, notify }: TabProps) {
  const { t } = useTranslation();
  const request = useMemo(() => ({ view: 'claim-network' as const, filter }), [filter]);
  const state = useAnalysis<ClaimNetworkResult>(request);
  const result = state.result;
  const nameOf = useMemo(() => actorAt(result?.actors, labels), [result, labels]);
  const pick = useCallback(
    (l: ClaimLink) =>
      onPick({
        cell: l.cell,
        what: t('analysis.network.link', { from: nameOf(l.claimant), to: nameOf(l.addressee) }),
      }),
    [onPick, nameOf, t],
  );
  const draw = useCallback(
    (width: number) => {
      const links = result?.links ?? [];
      const from = columnOf(links, 'claimant');
      const to = columnOf(links, 'addressee');
      const shown: NetworkLink[] = links.map((l) => ({
        from: from.indexOf(l.claimant),
        to: to.indexOf(l.addressee),
        count: l.count,
        title: `${t('analysis.network.link', { from: nameOf(l.claimant), to: nameOf(l.addressee) })}: ${l.count}`,
      }));
      return networkChart(from.map(nameOf), to.map(nameOf), shown, width, direction);
    },
    [result, nameOf, direction, t],
  );

  return (
    <ChartTab
      state={state}
      labels={labels}
      notify={notify}
      options={null}
      said={
        <p className="analysis-said" data-testid="network-said">
          {t('analysis.network.said', { count: result?.claims ?? 0 })}
          {result &&
            result.linkCount > result.links.length &&
            ` ${t('analysis.network.shown', { shown: result.links.length, all: result.linkCount })}`}
        </p>
      }
      isEmpty={(r) => r.links.length === 0}
      chart={{
        name: 'claim-network',
        title: t('analysis.tabs.network'),
        draw,
        onPick: (i) => {
          const l = result?.links[i];
          if (l) pick(l);
        },
      }}
      table={(r) => (
        <table className="analysis-table" data-testid="network-table">
          <thead>
            <tr>
              <th scope="col">{t('analysis.columns.claimant')}</th>
              <th scope="col">{t('analysis.columns.addressee')}</th>
              <th scope="col">{t('analysis.columns.claims')}</th>
            </tr>
          </thead>
          <tbody>
            {r.links.map((l) => (
              <tr
                key={`${l.claimant}-${l.addressee}`}
                data-claimant={keyOf(r.actors[l.claimant])}
                data-addressee={keyOf(r.actors[l.addressee])}
              >
                <th scope="row">
                  <bdi>{nameOf(l.claimant)}</bdi>
                </th>
                <td className="analysis-name">
                  <bdi>{nameOf(l.addressee)}</bdi>
                </td>
                <td>
                  <CountButton count={l.count} onPick={() => pick(l)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
