/**
 * Spans of a raw text carried over to its canonical text (shared/canonical-text.ts:
 * NFC, "\n" line ends, spaces folded, lines trimmed, blank lines and
 * controls dropped). The two texts are aligned code point by code point (a
 * character canonicalisation dropped maps to where the canonical text goes
 * on); each span is then trimmed of spaces and checked: its canonical text
 * must be its raw text made canonical the same way. When it is not (a
 * decomposed letter composed by NFC, say), the quote is looked for with the
 * shared anchoring code; failing that, the import is refused naming the span.
 */

import { anchor, quoteSelector } from '../../../../shared/anchoring';
import { canonicalize, type CanonicalText } from '../../../../shared/canonical-text';
import { CodePointIndex } from '../../../../shared/code-points';
import { refuse } from '../import-check';
import { sliceOf } from './offsets';

const SPACE = /\s/u;

/** The canonical form of a piece of text: its lines cleaned as canonicalize does, blank ones dropped. */
function canonicalPiece(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** For each code point offset of `raw` (0…length), the offset in `canonical` it maps to. */
function alignment(raw: readonly string[], canonical: readonly string[]): number[] {
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < raw.length; i++) {
    map.push(j);
    const r = raw[i] ?? '';
    const c = canonical[j];
    if (r === c || (c !== undefined && SPACE.test(c) && SPACE.test(r))) j++;
  }
  map.push(j);
  return map;
}

/** A span to carry over: [start, end) in code points of the raw text, and a name for messages. */
export interface RawSpan {
  start: number;
  end: number;
  where: string;
}

/**
 * The canonical text of `raw` and each span's [start, end) in it (code
 * points). Refuses (invalid-import, span-mismatch) a span whose text cannot
 * be found in the canonical text, or that holds only spaces.
 */
export function canonicalSpans(
  raw: string,
  spans: readonly RawSpan[],
): { canonical: CanonicalText; spans: [number, number][] } {
  const canonical = canonicalize(raw);
  const rawIndex = new CodePointIndex(raw);
  const index = new CodePointIndex(canonical.text);
  const points = Array.from(canonical.text);
  const map = alignment(Array.from(raw), points);
  const out = spans.map(({ start, end, where }): [number, number] => {
    const wanted = canonicalPiece(sliceOf(rawIndex, start, end));
    if (wanted === '') refuse('span-mismatch', where, 'the span holds only spaces');
    let s = map[start] ?? 0;
    let e = map[end] ?? 0;
    while (s < e && SPACE.test(points[s] ?? '')) s++;
    while (e > s && SPACE.test(points[e - 1] ?? '')) e--;
    if (sliceOf(index, s, e) === wanted) return [s, e];
    const found = anchor(index, { ...quoteSelector(index, s, e), quote: wanted, start: s, end: e });
    if (found.status !== 'orphaned') return [found.start, found.end];
    const at = canonical.text.indexOf(wanted);
    if (at >= 0 && canonical.text.indexOf(wanted, at + 1) < 0) {
      const first = index.toCodePoint(at);
      return [first, first + [...wanted].length];
    }
    return refuse('span-mismatch', where, `"${wanted}" is not in the text made canonical`);
  });
  return { canonical, spans: out };
}
