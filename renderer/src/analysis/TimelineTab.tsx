/**
 * Over time: counts per day, week or month by the article's date, stacked by
 * one type's tags (demand or event…), every bucket shown (empty ones as
 * zeros), undated articles counted apart and said. A bar or a number lists
 * its mentions.
 */

import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisCell, TimeInterval, TimelineResult } from '../../../shared/analysis-types';
import { SelectField } from '../ui/SelectField';
import { keyColours } from './chart-palette';
import { stackedBars, type StackPiece } from './matrix-charts';
import { ChartTab, type TabProps } from './ChartTab';
import { CountButton } from './CountButton';
import { useAnalysis } from './use-analysis';

const INTERVALS: readonly TimeInterval[] = ['day', 'week', 'month'];

export function TimelineTab({ filter, labels, tags, direction, onPick, notify }: TabProps) {
  const { t } = useTranslation();
  const [interval, setInterval] = useState<TimeInterval>('week');
  const [stackType, setStackType] = useState('demand');
  const types = useMemo(() => tags.filter((tag) => tag.id === tag.typeId).map((tag) => tag.id), [tags]);
  const request = useMemo(
    () => ({ view: 'timeline' as const, filter, interval, stackType }),
    [filter, interval, stackType],
  );
  const state = useAnalysis<TimelineResult>(request);
  const result = state.result;
  const series = useMemo(() => result?.series ?? [], [result]);
  const colours = useMemo(() => keyColours(series, tags), [series, tags]);
  const pieces = useMemo<StackPiece[]>(
    () =>
      (result?.buckets ?? []).flatMap((b) =>
        series.map((tag) => ({ bucket: b.key, tag, count: b.counts[tag] ?? 0 })),
      ),
    [result, series],
  );
  const pick = useCallback(
    (bucket: string, tag: string, shown: string) => {
      const cell: AnalysisCell = { kind: 'timeline', interval, bucket, tag };
      onPick({ cell, what: `${labels.key(tag)} · ${shown}` });
    },
    [interval, labels, onPick],
  );
  const draw = useCallback(
    (width: number) =>
      stackedBars(
        pieces,
        (result?.buckets ?? []).map((b) => b.key),
        series,
        colours,
        width,
        direction,
        t('analysis.columns.count'),
      ),
    [pieces, result, series, colours, direction, t],
  );
  const undatedLabel = t('analysis.undatedRow');
  const rows = result
    ? [
        ...result.buckets.map((b) => ({ ...b, shown: b.key })),
        { key: 'undated', shown: undatedLabel, ...result.undated },
      ]
    : [];

  return (
    <ChartTab
      state={state}
      labels={labels}
      notify={notify}
      undatedLabel={undatedLabel}
      options={
        <>
          <SelectField
            label={t('analysis.interval.label')}
            value={interval}
            values={INTERVALS}
            labelOf={(i) => t(`analysis.interval.${i}`)}
            onChange={setInterval}
          />
          <SelectField
            label={t('analysis.stack')}
            value={stackType}
            values={types}
            labelOf={labels.key}
            onChange={setStackType}
          />
        </>
      }
      isEmpty={(r) => r.buckets.length === 0 && r.undated.total === 0}
      above={(r) => (
        <>
          <p className="analysis-said" data-testid="undated-said">
            {t('analysis.undated', { count: r.undated.total })}
          </p>
          <ul className="analysis-legend">
            {series.map((tag, i) => (
              <li key={tag}>
                <svg width="12" height="12" aria-hidden="true">
                  <rect width="12" height="12" fill={colours[i]} />
                </svg>
                {labels.key(tag)}
              </li>
            ))}
          </ul>
        </>
      )}
      chart={
        result && result.buckets.length > 0
          ? {
              name: `timeline-${stackType}-${interval}`,
              title: t('analysis.tabs.timeline'),
              draw,
              onPick: (i) => {
                const p = pieces[i];
                if (p) pick(p.bucket, p.tag, p.bucket);
              },
            }
          : null
      }
      table={() => (
        <div className="analysis-scroll">
          <table className="analysis-table" data-testid="timeline-table">
            <thead>
              <tr>
                <th scope="col">{t('analysis.columns.bucket')}</th>
                {series.map((tag) => (
                  <th key={tag} scope="col">
                    {labels.key(tag)}
                  </th>
                ))}
                <th scope="col">{t('analysis.columns.total')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-key={r.key}>
                  <th scope="row">
                    {/* "2026-W10" stays in its own order inside Arabic text. */}
                    <bdi dir={r.key === 'undated' ? 'auto' : 'ltr'}>{r.shown}</bdi>
                  </th>
                  {series.map((tag) => {
                    const n = r.counts[tag] ?? 0;
                    return (
                      <td key={tag}>
                        <CountButton count={n} onPick={() => pick(r.key, tag, r.shown)} />
                      </td>
                    );
                  })}
                  <td>{r.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    />
  );
}
