/**
 * Sentences and paragraphs of canonical text, for co-occurrence ("who
 * demands what" counts an actor and a demand in the same sentence or the
 * same paragraph). A paragraph is a block of the canonical text, which is
 * one line of it (shared/canonical-text.ts: one block per line, joined by
 * "\n"), so the units are found from the text alone. A sentence ends after
 * . ! ? ؟ ؛ ۔ … (not a full stop between digits) or at the end of its
 * block. All offsets are code points into the canonical text, like
 * annotation offsets.
 */

/** Characters after which a sentence ends (Arabic question mark, semicolon and full stop included). */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛', '۔', '…']);
/** Closing quotes and brackets right after a sentence end still belong to that sentence. */
const CLOSERS = new Set(['»', '"', '”', '’', "'", ')', ']']);
const DIGIT = /\p{Nd}/u;

/** Where each sentence and each block starts (code points, ascending; the first is always 0). */
export interface TextUnits {
  sentenceStarts: number[];
  blockStarts: number[];
}

/**
 * The sentence and block starts of canonical `text` (code points). A block
 * starts at 0 and after each "\n"; a sentence starts at each block start and
 * after each run of sentence-ending characters (and closing quotes) inside a block.
 */
export function textUnits(text: string): TextUnits {
  const points = [...text];
  const blockStarts = [0];
  points.forEach((ch, at) => {
    if (ch === '\n') blockStarts.push(at + 1);
  });
  const blockSet = new Set(blockStarts);
  const sentenceStarts: number[] = [];
  let afterEnd = false;
  for (let at = 0; at < points.length; at++) {
    const ch = points[at] as string;
    const startsHere = afterEnd && ch !== ' ' && ch !== '\n' && !SENTENCE_END.has(ch) && !CLOSERS.has(ch);
    if (blockSet.has(at) || startsHere) {
      if (sentenceStarts[sentenceStarts.length - 1] !== at) sentenceStarts.push(at);
      afterEnd = false;
    }
    // "3.5": a full stop between digits ends nothing.
    const decimal = ch === '.' && DIGIT.test(points[at - 1] ?? '') && DIGIT.test(points[at + 1] ?? '');
    if (SENTENCE_END.has(ch) && !decimal) afterEnd = true;
    else if (ch === '\n') afterEnd = false;
  }
  if (sentenceStarts.length === 0) sentenceStarts.push(0);
  return { sentenceStarts, blockStarts };
}

/** Index of the unit (in ascending `starts`) that holds code point `offset`: the last start ≤ offset. */
export function unitAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
