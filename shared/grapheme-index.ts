/**
 * The grapheme cluster boundaries of a text, segmented once per line ("\n"
 * always breaks clusters, and an article's blocks are its lines) and kept:
 * snapping a selection or finding an annotation's other mentions asks for
 * the clusters around many positions of the same long article, and
 * segmenting a whole paragraph again for each one cost the reader ~200 ms
 * over 15 edits of a 50,000-word article. Boundaries are UTF-16 indexes into
 * the text, lam + alef merged into one unit (drawn as one ligature).
 * `graphemeIndexOf` keeps the indexes of the last few long texts (an
 * article's text is immutable, so its boundaries never change).
 */

const LAM_ALEF_SECOND = /^[اأإآٱ]/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Texts shorter than this (a word, a quote) are segmented afresh: caching them would push articles out. */
export const CACHED_FROM = 256;
/** How many long texts keep their index (the open article, and one more such as a compared layer's). */
const KEEP = 2;

/** The boundaries of the clusters of `text.slice(from, to)`, as UTF-16 indexes into `text`: from, …, to. */
export function segmentLine(text: string, from: number, to: number): Int32Array {
  const out: number[] = [from];
  let lam = false;
  for (const seg of graphemes.segment(text.slice(from, to))) {
    // Lam followed by an alef is drawn as one ligature (lam-alef): keep the two together.
    if (lam && LAM_ALEF_SECOND.test(seg.segment)) continue;
    if (seg.index > 0) out.push(from + seg.index);
    lam = seg.segment.startsWith('ل');
  }
  if (to > from) out.push(to);
  return Int32Array.from(out);
}

/** The line of `text` around UTF-16 index `u`: [from, to), without its "\n". */
export function lineAround(text: string, u: number): { from: number; to: number } {
  const from = text.lastIndexOf('\n', u - 1) + 1;
  const nl = text.indexOf('\n', u);
  return { from, to: nl === -1 ? text.length : nl };
}

/** One text's cluster boundaries, segmented a line at a time when first asked for. */
export class GraphemeIndex {
  private readonly lines = new Map<number, Int32Array>();
  /** How many lines have been segmented so far (each at most once). */
  segmented = 0;

  constructor(readonly text: string) {}

  /** The boundaries of the line around UTF-16 index `u` (its start, each cluster's end). */
  lineBoundaries(u: number): Int32Array {
    const { from, to } = lineAround(this.text, u);
    let known = this.lines.get(from);
    if (!known) {
      known = segmentLine(this.text, from, to);
      this.lines.set(from, known);
      this.segmented++;
    }
    return known;
  }
}

const kept: GraphemeIndex[] = [];

/** The cluster boundaries of the line of `text` around UTF-16 index `u`, from a kept index for long texts. */
export function boundariesAround(text: string, u: number): Int32Array {
  if (text.length < CACHED_FROM) {
    const { from, to } = lineAround(text, u);
    return segmentLine(text, from, to);
  }
  return graphemeIndexOf(text).lineBoundaries(u);
}

/** The kept index of `text` (made, and the oldest let go, when it is not among the last KEEP texts). */
export function graphemeIndexOf(text: string): GraphemeIndex {
  const at = kept.findIndex((g) => g.text === text);
  if (at === 0) return kept[0] as GraphemeIndex;
  const index = at === -1 ? new GraphemeIndex(text) : (kept.splice(at, 1)[0] as GraphemeIndex);
  kept.unshift(index);
  kept.length = Math.min(kept.length, KEEP);
  return index;
}

/** Index of the last boundary in `b` at or before `u` (b is ascending, b[0] <= u). */
export function boundaryAtOrBefore(b: Int32Array, u: number): number {
  let lo = 0;
  let hi = b.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((b[mid] as number) <= u) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
