/**
 * Keyboard movement through canonical text: the next or previous word and
 * sentence from a position. Positions and results are UTF-16 indices; the
 * reader converts them to code points with its CodePointIndex.
 */

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** A sentence ends after one of these (Arabic question mark and full stop included) or at a line break. */
const SENTENCE_END = /[.!?؟۔…\n]/u;

export interface Span {
  start: number;
  end: number;
}

/** The first word that starts at or after `from`, or null. */
export function nextWord(text: string, from: number): Span | null {
  for (const m of text.slice(from).matchAll(WORD)) {
    return { start: from + m.index, end: from + m.index + m[0].length };
  }
  return null;
}

/** The last word that ends at or before `before`, or null. */
export function previousWord(text: string, before: number): Span | null {
  for (let window = 256; ; window *= 4) {
    const from = Math.max(0, before - window);
    let last: Span | null = null;
    for (const m of text.slice(from, before).matchAll(WORD)) {
      last = { start: from + m.index, end: from + m.index + m[0].length };
    }
    // A match cut by the window's start may be longer: widen unless it starts past the edge.
    if (last && (last.start > from || from === 0)) return last;
    if (from === 0) return last;
  }
}

/** The sentence containing UTF-16 index `at`, trimmed to its first and last word; null when there is none. */
export function sentenceAt(text: string, at: number): Span | null {
  let s = at;
  while (s > 0 && !SENTENCE_END.test(text[s - 1] ?? '')) s--;
  let e = at;
  while (e < text.length && !SENTENCE_END.test(text[e] ?? '')) e++;
  const first = nextWord(text, s);
  const last = previousWord(text, e);
  if (!first || !last || first.start >= e || last.end <= s || first.start >= last.end) return null;
  return { start: first.start, end: last.end };
}

/**
 * Walks word by word from `at` (forward or back) to the first sentence that
 * lies wholly after (forward) or before (back) `at`; UTF-16 indices.
 */
function stepSentence(text: string, at: number, forward: boolean): Span | null {
  let pos = at;
  for (;;) {
    const word = forward ? nextWord(text, pos) : previousWord(text, pos);
    if (!word) return null;
    const sentence = sentenceAt(text, word.start);
    if (sentence && (forward ? sentence.start >= at : sentence.end <= at)) return sentence;
    pos = forward ? word.end : word.start;
  }
}

/** The sentence after the one that ends at `after` (its first word at or after `after`). */
export function nextSentence(text: string, after: number): Span | null {
  return stepSentence(text, after, true);
}

/** The sentence before the one that starts at `before`. */
export function previousSentence(text: string, before: number): Span | null {
  return stepSentence(text, before, false);
}

/**
 * Moves one edge of `span` by a word: "grow" takes in the neighbouring word,
 * "shrink" gives up the span's outermost word on that side. Null when the
 * move is impossible (text edge, or a span of one word asked to shrink).
 */
export function moveEdge(
  text: string,
  span: Span,
  edge: 'start' | 'end',
  how: 'grow' | 'shrink',
): Span | null {
  if (edge === 'start') {
    if (how === 'grow') {
      const word = previousWord(text, span.start);
      return word ? { start: word.start, end: span.end } : null;
    }
    const first = nextWord(text, span.start);
    const second = first ? nextWord(text, first.end) : null;
    return second && second.start < span.end ? { start: second.start, end: span.end } : null;
  }
  if (how === 'grow') {
    const word = nextWord(text, span.end);
    return word ? { start: span.start, end: word.end } : null;
  }
  const last = previousWord(text, span.end);
  const before = last ? previousWord(text, last.start) : null;
  return before && before.end > span.start ? { start: span.start, end: before.end } : null;
}
