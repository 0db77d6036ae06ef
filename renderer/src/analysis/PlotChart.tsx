/**
 * One Observable Plot chart on the page, with its export buttons (SVG, PNG,
 * data as CSV). The chart is rebuilt when `draw` changes and at the width of
 * its box. Plot appends an inline <style> element, which the CSP refuses: it
 * is taken out before the SVG joins the page and the same rules live in
 * analysis.css. Marks drawn from data (bars, cells) carry `data-index` (the
 * row of the data) so a click can name the row behind it.
 */

import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartFileKind } from '../../../shared/schema/chart-export-schema';
import { api } from '../api';
import type { Notify } from '../status';
import { csvOfRows, pngOfSvg, svgDocument } from './chart-export';

interface Props {
  /** File name proposed for exports (no extension). */
  name: string;
  /** What the chart shows (its accessible name). */
  title: string;
  /** Builds the chart at `width` CSS pixels (Plot.plot without title or legend returns the <svg>). */
  draw: (width: number) => SVGSVGElement | HTMLElement;
  /** The data behind the chart, header first (exported as CSV). */
  rows: () => string[][];
  /** A bar or cell was clicked: the index of its datum. */
  onPick?: (index: number) => void;
  notify: Notify;
}

/** Marks whose elements stand for one datum each (bars, heat-map cells, network links). */
const PICKABLE = 'g[aria-label="bar"] > rect, g[aria-label="cell"] > rect, g[aria-label="link"] > path';

export function PlotChart({ name, title, draw, rows, onPick, notify }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const node = box.current;
    if (!node) return;
    const measure = () => setWidth(Math.floor(node.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const node = box.current;
    if (!node || width <= 0) return;
    const chart = draw(width);
    chart.querySelectorAll('style').forEach((s) => s.remove());
    chart.querySelectorAll(PICKABLE).forEach((el) => {
      const datum = (el as Element & { __data__?: unknown }).__data__;
      if (typeof datum === 'number') el.setAttribute('data-index', String(datum));
    });
    node.replaceChildren(chart);
    return () => node.replaceChildren();
  }, [draw, width]);

  const save = useCallback(
    async (kind: ChartFileKind) => {
      const svg = box.current?.querySelector('svg');
      let content = '';
      if (kind === 'csv') content = csvOfRows(rows());
      else if (svg) {
        const markup = svgDocument(svg);
        content =
          kind === 'svg' ? markup : await pngOfSvg(markup, svg.width.baseVal.value, svg.height.baseVal.value);
      }
      const result = await api.saveChartFile({ kind, name, content });
      if (!result.ok) notify({ kind: 'error', error: result.error });
      else if (result.value)
        notify({ kind: 'info', key: 'analysis.export.saved', params: { path: result.value.path } });
    },
    [name, rows, notify],
  );

  return (
    <figure className="analysis-chart">
      <div
        ref={box}
        className="analysis-chart-box"
        role="img"
        aria-label={t('analysis.chartOf', { title })}
        onClick={(e) => {
          const index = (e.target as Element).closest('[data-index]')?.getAttribute('data-index');
          if (index != null && onPick) onPick(Number(index));
        }}
      />
      <figcaption className="analysis-export" aria-label={t('analysis.export.label')}>
        {(['svg', 'png', 'csv'] as const).map((kind) => (
          <button key={kind} type="button" onClick={() => void save(kind)}>
            {t(`analysis.export.${kind}`)}
          </button>
        ))}
      </figcaption>
    </figure>
  );
}
