/**
 * Where a query matches an article's text, for showing results: every word
 * whose normalised form contains a query term right after its start or after
 * a proclitic ("الأسرى", "والاسري", "بالأَسرى" for "أسرى"), as code point spans
 * of the original text, and a short passage around the best hit.
 */

import { normalizeWithMap } from './arabic-normalize';
import { CodePointIndex } from './code-points';
import { isProcliticPrefix, queryTerms } from './search-terms';

/** A span of the article text in code points, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A piece of the text around a hit: its span, its text, and the hits inside it. */
export interface Passage extends TextSpan {
  text: string;
  hits: TextSpan[];
}

const SEPARATOR = /[\s\p{P}\p{S}]/u;

/** Whole-word spans (code points) of every match of `query` in `text`, in text order. */
export function findHits(text: string, query: string): TextSpan[] {
  const alternatives = [...new Set(queryTerms(query).flatMap((t) => t.alternatives))];
  if (alternatives.length === 0 || text.length === 0) return [];
  const { normalized, map } = normalizeWithMap(text);
  const words = new Map<number, number>(); // normalised word start → end
  for (const term of alternatives) {
    for (let at = normalized.indexOf(term); at >= 0; at = normalized.indexOf(term, at + 1)) {
      let start = at;
      while (start > 0 && !SEPARATOR.test(normalized[start - 1] ?? ' ')) start--;
      if (!isProcliticPrefix(normalized.slice(start, at))) continue;
      let end = at + term.length;
      while (end < normalized.length && !SEPARATOR.test(normalized[end] ?? ' ')) end++;
      words.set(start, Math.max(end, words.get(start) ?? 0));
    }
  }
  const index = new CodePointIndex(text);
  return [...words.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, end]) => ({
      start: index.toCodePoint(map[start] ?? text.length),
      end: index.toCodePoint(map[end] ?? text.length),
    }));
}

/**
 * A passage of about `radius` code points either side of `focus` (cut at
 * spaces and at block ends), with the hits that fall inside it.
 */
export function passageAround(
  text: string,
  focus: TextSpan,
  hits: readonly TextSpan[],
  radius = 90,
): Passage {
  return passageIn([...text], focus, hits, radius);
}

/** `passageAround` over the text's code points, split once by the caller. */
function passageIn(
  points: readonly string[],
  focus: TextSpan,
  hits: readonly TextSpan[],
  radius: number,
): Passage {
  let start = Math.max(0, focus.start - radius);
  let end = Math.min(points.length, focus.end + radius);
  for (let i = focus.start - 1; i >= start; i--) {
    if (points[i] === '\n') {
      start = i + 1;
      break;
    }
  }
  for (let i = focus.end; i < end; i++) {
    if (points[i] === '\n') {
      end = i;
      break;
    }
  }
  while (start > 0 && start < focus.start && points[start - 1] !== ' ' && points[start - 1] !== '\n') start++;
  while (end < points.length && end > focus.end && points[end] !== ' ' && points[end] !== '\n') end--;
  return {
    start,
    end,
    text: points.slice(start, end).join(''),
    hits: hits.filter((h) => h.start >= start && h.end <= end),
  };
}

/**
 * The passage showing the most different matched words (ties: the earliest),
 * preferring passages that contain `preferred` (an exact-spelling hit).
 */
export function bestPassage(text: string, hits: readonly TextSpan[], preferred?: TextSpan): Passage | null {
  const points = [...text];
  let best: { passage: Passage; score: number } | null = null;
  for (const hit of hits.slice(0, 200)) {
    const passage = passageIn(points, hit, hits, 90);
    const words = new Set(passage.hits.map((h) => points.slice(h.start, h.end).join('')));
    const hasPreferred = preferred !== undefined && passage.hits.some((h) => h.start === preferred.start);
    const score = words.size + (hasPreferred ? 0.5 : 0);
    if (!best || score > best.score) best = { passage, score };
  }
  return best?.passage ?? null;
}
