/**
 * Frequencies: counts per type, subtype, entity or actor, as a sortable
 * table and a horizontal bar chart (the top rows). Every number and every
 * bar opens the list of mentions behind it.
 */

import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrequenciesResult, FrequencyBy, FrequencyRow } from '../../../shared/analysis-types';
import { SelectField } from '../ui/SelectField';
import { barChart } from './bar-chart';
import { COUNT_COLOUR, keyColours } from './chart-palette';
import { ChartTab, type TabProps } from './ChartTab';
import { CountButton } from './CountButton';
import { SortHeader } from './SortHeader';
import { nextOrder, sortRows, type SortOrder } from './table-sort';
import { useAnalysis } from './use-analysis';

/** Bars drawn at most (the table lists every row). */
const MAX_BARS = 30;
const BY: readonly FrequencyBy[] = ['type', 'tag', 'entity', 'actor', 'claim-frame', 'claim-role'];
type Column = 'key' | 'count' | 'articles';

export function FrequenciesTab({ filter, labels, tags, direction, onPick, notify }: TabProps) {
  const { t, i18n } = useTranslation();
  const [by, setBy] = useState<FrequencyBy>('tag');
  const [order, setOrder] = useState<SortOrder<Column>>({ column: 'count', descending: true });
  const request = useMemo(() => ({ view: 'frequencies' as const, filter, by }), [filter, by]);
  const state = useAnalysis<FrequenciesResult>(request);
  const result = state.result;
  const claims = by === 'claim-frame' || by === 'claim-role';
  const keyName = claims ? labels.claim : labels.key;
  const nameOf = useCallback(
    (r: FrequencyRow) => (r.actor ? labels.actor(r.actor) : keyName(r.key)),
    [labels, keyName],
  );
  // What the count column counts: annotations, claims (per frame) or claim members (per role).
  const countColumn = by === 'claim-frame' ? 'claims' : by === 'claim-role' ? 'members' : 'count';
  const rows = useMemo(
    () => sortRows(result?.rows ?? [], order, (r, c) => (c === 'key' ? nameOf(r) : r[c]), i18n.language),
    [result, order, nameOf, i18n.language],
  );
  const pick = useCallback((r: FrequencyRow) => onPick({ cell: r.cell, what: nameOf(r) }), [onPick, nameOf]);

  const top = useMemo(() => (result?.rows ?? []).slice(0, MAX_BARS), [result]);
  const draw = useCallback(
    (width: number) => {
      // Tags and claim keys each take their own colour; entities and actors one plain colour.
      const colours =
        by === 'entity' || by === 'actor'
          ? top.map(() => COUNT_COLOUR)
          : keyColours(
              top.map((r) => r.key),
              claims ? [] : tags,
            );
      const bars = top.map((r, i) => ({
        key: r.key,
        label: nameOf(r),
        count: r.count,
        colour: colours[i] ?? COUNT_COLOUR,
      }));
      return barChart(bars, width, direction, t(`analysis.columns.${countColumn}`));
    },
    [top, by, tags, nameOf, direction, t, countColumn, claims],
  );
  const sort = (column: Column) => setOrder(nextOrder(order, column, column !== 'key'));

  return (
    <ChartTab
      state={state}
      labels={labels}
      notify={notify}
      options={
        <>
          <SelectField
            label={t('analysis.by.label')}
            value={by}
            values={BY}
            labelOf={(b) => t(`analysis.by.${b}`)}
            onChange={setBy}
          />
          {result && (
            <span className="muted">
              {t(claims ? 'analysis.totalClaims' : 'analysis.total', { count: result.total })}
            </span>
          )}
        </>
      }
      split
      csvLabel={keyName}
      isEmpty={(r) => r.rows.length === 0}
      chart={{
        name: `frequencies-${by}`,
        title: t(`analysis.by.${by}`),
        draw,
        onPick: (i) => {
          const row = top[i];
          if (row) pick(row);
        },
      }}
      table={() => (
        <table className="analysis-table" data-testid="frequency-table">
          <thead>
            <tr>
              {(['key', 'count', 'articles'] as const).map((c) => (
                <SortHeader
                  key={c}
                  label={t(`analysis.columns.${c === 'count' ? countColumn : c}`)}
                  column={c}
                  order={order}
                  onSort={sort}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-key={r.key}>
                <th scope="row" dir="auto">
                  {nameOf(r)}
                </th>
                <td>
                  <CountButton count={r.count} onPick={() => pick(r)} />
                </td>
                <td>{r.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
