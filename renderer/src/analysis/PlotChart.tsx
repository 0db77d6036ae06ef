/**
 * One Observable Plot chart on the page, with its export buttons (SVG, PNG,
 * data as CSV). The chart is rebuilt when `draw` changes and at the width of
 * its box. Plot appends an inline <style> element, which the CSP refuses: it
 * is taken out before the SVG joins the page and the same rules live in
 * analysis.css. Marks drawn from data (bars, cells) carry `data-index` (the
 * row of the data) so a click can name the row behind it. When they open
 * something (`onPick`) they are also buttons for the keyboard: one tab stop
 * (roving tabindex; arrow keys, Home and End move between them), Enter or
 * Space opens the mentions, each named by its title (label and count), the
 * focus drawn by analysis.css.
 */

import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartFileKind } from '../../../shared/schema/chart-export-schema';
import { api } from '../api';
import type { Notify } from '../status';
import { csvOfRows, pngOfSvg, svgDocument } from './chart-export';
import { embeddedChartFonts } from './chart-fonts';

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

/** Makes a mark a button named by its <title> (kept for the mouse's tooltip), out of the tab order. */
function makeButton(el: Element): void {
  el.setAttribute('role', 'button');
  el.setAttribute('tabindex', '-1');
  const label = el.querySelector('title')?.textContent;
  if (label) el.setAttribute('aria-label', label);
}

/** Arrow keys: the next (+1) or previous (-1) mark in document order. */
const STEPS: Partial<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * A key pressed on a chart's buttons: Enter or Space returns the focused
 * mark's datum; arrows, Home and End move the focus (and the one tab stop)
 * in document order, which follows the data. Null: nothing to open.
 */
function chartKey(e: KeyboardEvent): number | null {
  const target = e.target as Element;
  const at = target.closest('[data-index][tabindex]');
  if (!at) return null;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    return Number(at.getAttribute('data-index'));
  }
  const root = at.closest('svg') ?? at.parentElement ?? at;
  const all = [...root.querySelectorAll('[data-index][tabindex]')];
  const now = all.indexOf(at);
  const step = STEPS[e.key];
  const next =
    e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : step !== undefined ? now + step : null;
  if (next === null) return null;
  e.preventDefault();
  const to = all[Math.max(0, Math.min(all.length - 1, next))];
  if (to && to !== at) {
    at.setAttribute('tabindex', '-1');
    to.setAttribute('tabindex', '0');
    (to as SVGElement).focus();
  }
  return null;
}

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
      if (typeof datum === 'number' && onPick) makeButton(el);
    });
    chart.querySelector('[data-index][tabindex]')?.setAttribute('tabindex', '0');
    // Plot names its marks' groups with aria-label, which a <g> without a role may not carry.
    chart.querySelectorAll('g[aria-label]:not([role])').forEach((g) => g.setAttribute('role', 'group'));
    node.replaceChildren(chart);
    return () => node.replaceChildren();
  }, [draw, width, onPick]);

  const save = useCallback(
    async (kind: ChartFileKind) => {
      const svg = box.current?.querySelector('svg');
      let content = '';
      if (kind === 'csv') content = csvOfRows(rows());
      else if (svg) {
        const markup = svgDocument(svg, await embeddedChartFonts());
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
        // With buttons inside it is a group (an image's children are hidden from screen readers).
        role={onPick ? 'group' : 'img'}
        aria-label={t('analysis.chartOf', { title })}
        onClick={(e) => {
          const index = (e.target as Element).closest('[data-index]')?.getAttribute('data-index');
          if (index != null && onPick) onPick(Number(index));
        }}
        onKeyDown={(e) => {
          const index = chartKey(e.nativeEvent);
          if (index !== null && onPick) onPick(index);
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
