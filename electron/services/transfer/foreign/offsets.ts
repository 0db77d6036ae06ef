/**
 * Offsets of other tools' files turned into code points and checked against
 * the text. Python tools (brat, doccano) slice a `str`, which counts code
 * points; JavaScript tools counted UTF-16 units (Label Studio before its
 * frontend switched to code points in 2022, label-studio-frontend PR 308), so
 * a Label Studio span is read in code points when its text says so, else in
 * UTF-16 units when that matches instead.
 */

import { CodePointIndex } from '../../../../shared/code-points';

/** The offset units a file may use. */
export type OffsetUnit = 'codepoint' | 'utf16';

/** [start, end) in `unit` as code points of `index`'s text, or null when out of range or empty. */
export function toCodePoints(
  index: CodePointIndex,
  start: number,
  end: number,
  unit: OffsetUnit,
): [number, number] | null {
  const length = unit === 'utf16' ? index.text.length : index.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) {
    return null;
  }
  return unit === 'utf16' ? [index.toCodePoint(start), index.toCodePoint(end)] : [start, end];
}

/** The text of [start, end) (code points). */
export function sliceOf(index: CodePointIndex, start: number, end: number): string {
  return index.text.slice(index.toUtf16(start), index.toUtf16(end));
}

/**
 * The span [start, end) given in an unknown unit whose text must be `quote`:
 * code points first, then UTF-16 units; null when neither slice is the quote.
 */
export function spanMatching(
  index: CodePointIndex,
  start: number,
  end: number,
  quote: string,
): [number, number] | null {
  for (const unit of ['codepoint', 'utf16'] as const) {
    const span = toCodePoints(index, start, end, unit);
    if (span && sliceOf(index, span[0], span[1]) === quote) return span;
  }
  return null;
}
