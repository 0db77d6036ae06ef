/**
 * The shell every chart tab of the analysis view shares: its option bar,
 * what the view says about its numbers, the loading / error / empty state,
 * then the chart with its exports (SVG, PNG, the table as CSV, the same
 * table `hamish stats` prints) and the tab's own table below it.
 */

import { useCallback, type ReactNode } from 'react';
import { analysisTable } from '../../../shared/analysis-table';
import type { AnalysisFilter, AnalysisResult } from '../../../shared/analysis-types';
import type { TagDefinition } from '../../../shared/taxonomy';
import type { Notify } from '../status';
import type { Labeller } from './analysis-labels';
import type { UiDirection } from './chart-direction';
import type { PickedNumber } from './MentionsPanel';
import { PlotChart } from './PlotChart';
import { ResultState } from './ResultState';
import type { AnalysisState } from './use-analysis';

/** What every chart tab of the view is given. */
export interface TabProps {
  filter: AnalysisFilter;
  labels: Labeller;
  tags: readonly TagDefinition[];
  direction: UiDirection;
  onPick: (picked: PickedNumber) => void;
  notify: Notify;
}

/** The chart of a tab: as PlotChart takes it, less the export data (the shell builds it). */
export interface TabChart {
  name: string;
  title: string;
  draw: (width: number) => SVGSVGElement | HTMLElement;
  onPick?: (index: number) => void;
}

interface Props<R extends AnalysisResult> {
  state: AnalysisState<R>;
  /** The tab's controls (selects); null: none. */
  options: ReactNode;
  /** Said above the chart whatever the result (how the numbers are counted). */
  said?: ReactNode;
  /** True when the result holds nothing to draw or list. */
  isEmpty: (result: R) => boolean;
  /** Said above the chart when there is a result (a legend, a note on undated articles…). */
  above?: (result: R) => ReactNode;
  /** The chart, or null to show only the table. */
  chart: TabChart | null;
  /** The table under the chart. */
  table: (result: R) => ReactNode;
  labels: Labeller;
  /** Chart and table side by side (on wide windows) rather than one above the other. */
  split?: boolean;
  /** How the CSV's label column names a key (default: labels.key). */
  csvLabel?: (key: string) => string;
  /** How the CSV names the undated row (timeline). */
  undatedLabel?: string;
  notify: Notify;
}

export function ChartTab<R extends AnalysisResult>(props: Props<R>) {
  const {
    state,
    options,
    said,
    isEmpty,
    above,
    chart,
    table,
    labels,
    split,
    csvLabel,
    undatedLabel,
    notify,
  } = props;
  const result = state.result;
  const csvRows = useCallback(
    () => (result ? analysisTable(result, csvLabel ?? labels.key, true, undatedLabel ?? '') : []),
    [result, labels, csvLabel, undatedLabel],
  );
  const shown = result !== null && !isEmpty(result);
  return (
    <div className="analysis-tab">
      {options && <div className="analysis-options">{options}</div>}
      {said}
      <ResultState state={state} empty={result !== null && isEmpty(result)} />
      {shown && above?.(result)}
      {shown && (
        <div className={split ? 'analysis-split' : 'analysis-stack'}>
          {chart && <PlotChart {...chart} rows={csvRows} notify={notify} />}
          {table(result)}
        </div>
      )}
    </div>
  );
}
