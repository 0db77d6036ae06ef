/**
 * CSV text without the export model: RFC 4180 quoting, a BOM, CRLF line
 * ends, and free-text cells made safe for spreadsheets (safe-text.ts). Kept
 * apart from csv.ts so the renderer (analysis "data as CSV") can write the
 * same CSV without bundling the export schemas.
 */

import { dropControls, neutraliseFormula } from './safe-text';

/** The byte order mark every CSV starts with, so spreadsheets read UTF-8. */
export const BOM = '\uFEFF';

/** Quotes a field when it holds a comma, a double quote, CR or LF (RFC 4180). */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** A free-text cell made safe: controls dropped, formulas neutralised. */
export const textCell = (value: string): string => neutraliseFormula(dropControls(value));

/** CSV text (BOM, RFC 4180 quoting, CRLF) of rows whose text cells were already made safe. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
