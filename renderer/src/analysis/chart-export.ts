/**
 * A chart's files: its SVG as a standalone document (the node itself, with
 * the few styles the page's stylesheet gave it written in), a PNG drawn
 * from that SVG on a canvas at twice the size, and its data as CSV text
 * (the same table `hamish stats` prints). Main checks and writes them
 * (saveChartFile); nothing here touches the disk.
 */

import { csvText, textCell } from '../../../shared/export/csv-text';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The look the app's stylesheet gives charts, written into exported SVGs (no page CSS there). */
const EXPORT_STYLE =
  'svg{background:#fff;font-family:"IBM Plex Sans Arabic","Noto Naskh Arabic",system-ui,sans-serif}' +
  'text,tspan{white-space:pre}';

/**
 * `svg` as a standalone SVG document (UTF-8 text), with its own styles, a
 * white background and `fonts` (@font-face rules: chart-fonts.ts, so the
 * labels keep the bundled font wherever the file is drawn).
 */
export function svgDocument(svg: SVGSVGElement, fonts = ''): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = fonts + EXPORT_STYLE;
  copy.insertBefore(style, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/**
 * The PNG (base64, no data: prefix) of the SVG document `markup` whose size
 * is `width` × `height` CSS pixels, drawn at `scale` × on a white canvas.
 * Rejects when the browser cannot draw it. The SVG goes through a data: URL
 * (the CSP allows img-src data:, not blob:).
 */
export async function pngOfSvg(markup: string, width: number, height: number, scale = 2): Promise<string> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
}

/** CSV text of `rows` (header first): every cell made formula-safe, as the exports write it. */
export function csvOfRows(rows: readonly (readonly string[])[]): string {
  return csvText(rows.map((row) => row.map(textCell)));
}
