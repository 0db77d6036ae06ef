/**
 * Writes a chart export (SVG, PNG or CSV from the analysis view) where the
 * user chose, after checking the content is what its kind says: an <svg>
 * document, a PNG (its signature), or text. Anything else is refused with
 * 'invalid-argument' before any dialog opens, and nothing is written.
 */

import { writeFile } from 'node:fs/promises';
import { AppFailure } from '../../../shared/result';
import type { ChartFile } from '../../../shared/schema/chart-export-schema';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/u;

/** The bytes to write for `file`; throws AppFailure('invalid-argument') when the content is not of its kind. */
export function chartFileBytes(file: ChartFile): Buffer {
  if (file.kind === 'png') {
    const bytes = BASE64.test(file.content) ? Buffer.from(file.content, 'base64') : Buffer.alloc(0);
    if (bytes.length <= PNG_SIGNATURE.length || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
      throw new AppFailure('invalid-argument', 'content: not a PNG image', { field: 'content' });
    }
    return bytes;
  }
  if (file.kind === 'svg' && !/^(<\?xml[^>]*>\s*)?<svg[\s>]/u.test(file.content)) {
    throw new AppFailure('invalid-argument', 'content: not an SVG document', { field: 'content' });
  }
  // CSV opens in spreadsheets that guess the encoding: a BOM makes Arabic read as UTF-8.
  const text =
    file.kind === 'csv' && !file.content.startsWith('\ufeff') ? `\ufeff${file.content}` : file.content;
  return Buffer.from(text, 'utf8');
}

/**
 * Checks `file`, asks `choosePath` where to save it (proposing "<name>.<kind>"),
 * writes it and returns the path; null when the user cancels.
 */
export async function saveChartFile(
  file: ChartFile,
  choosePath: (defaultName: string, kind: ChartFile['kind']) => Promise<string | null>,
): Promise<{ path: string } | null> {
  const bytes = chartFileBytes(file);
  const path = await choosePath(`${file.name}.${file.kind}`, file.kind);
  if (path === null) return null;
  await writeFile(path, bytes);
  return { path };
}
