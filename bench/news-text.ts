/**
 * News-library texts for the 10k/100k benchmarks: real Arabic sentences with
 * their words varied from a real-word lexicon, so a query word matches a few
 * percent of the articles rather than half of them (as the 32 unvaried
 * sentences of `generateArticleText` do).
 *
 * Sources (read once, lazily): the sample article, the short fixture and the
 * nine saved Arabic news pages of tests/fixtures/pages (tags, scripts and
 * styles stripped). Templates are their sentences of 6+ words that are mostly
 * Arabic words; the lexicon is every distinct Arabic word of 3+ letters in
 * them, ranked by how often it occurs there. Each sentence of an article is a
 * template picked uniformly at random whose Arabic words of 3+ letters are,
 * each with probability SUBSTITUTION, replaced by a lexicon word drawn with
 * Zipf weights 1 / (rank + 1) (attached punctuation kept). Every word of the
 * output is thus a real word in a real sentence frame; frequent real words stay
 * frequent and the long tail is rare. All draws come from one seeded PRNG.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { prng, SEED } from './corpus';

const ROOT = join(import.meta.dirname, '..');
/** Share of a template's content words replaced by a lexicon draw. */
export const SUBSTITUTION = 0.6;
/** An Arabic word of 3+ letters and what punctuation follows it (no marks: those stay unvaried). */
const ARABIC_CORE = /^([\u0621-\u064A]{3,})(\p{P}*)$/u;
const ARABIC_WORD = /^[\u0621-\u064A]+[^\s]*$/u;

/** The lexicon (ranked, most frequent first) and sentence templates (token arrays). */
export interface NewsSource {
  lexicon: string[];
  templates: string[][];
}

let cached: NewsSource | null = null;

/** Visible text of a saved page: scripts, styles and tags dropped, entities of spaces undone. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/giu, ' ')
    .replace(/<[^>]*>/gu, '\n')
    .replace(/&nbsp;|&#160;/gu, ' ')
    .replace(/&[a-z#0-9]+;/giu, ' ');
}

/** Reads the real Arabic sources once: the templates and the frequency-ranked lexicon. */
export function newsSource(): NewsSource {
  if (cached) return cached;
  const pages = join(ROOT, 'tests/fixtures/pages');
  const texts = [
    readFileSync(join(ROOT, 'resources/sample-article.ar.txt'), 'utf8'),
    readFileSync(join(ROOT, 'tests/fixtures/short-article.ar.txt'), 'utf8'),
    ...readdirSync(pages)
      .filter((f) => f.endsWith('.ar.html'))
      .sort()
      .map((f) => pageText(readFileSync(join(pages, f), 'utf8'))),
  ];
  const counts = new Map<string, number>();
  const templates: string[][] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const raw of text.split(/(?<=[.؟!])\s+|\n+/u)) {
      const tokens = raw.trim().split(/\s+/u).filter(Boolean);
      for (const t of tokens) {
        const core = ARABIC_CORE.exec(t)?.[1];
        if (core) counts.set(core, (counts.get(core) ?? 0) + 1);
      }
      const arabic = tokens.filter((t) => ARABIC_WORD.test(t)).length;
      const key = tokens.join(' ');
      if (tokens.length >= 6 && arabic >= 0.8 * tokens.length && !seen.has(key)) {
        seen.add(key);
        templates.push(tokens);
      }
    }
  }
  const lexicon = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  cached = { lexicon, templates };
  return cached;
}

let cumulative: Float64Array | null = null;

/** Cumulative Zipf weights 1 / (rank + 1) over the lexicon, normalised to end at 1. */
function zipfTable(size: number): Float64Array {
  if (cumulative?.length === size) return cumulative;
  const table = new Float64Array(size);
  let sum = 0;
  for (let r = 0; r < size; r++) table[r] = sum += 1 / (r + 1);
  for (let r = 0; r < size; r++) table[r] = (table[r] ?? 0) / sum;
  cumulative = table;
  return table;
}

/** The lexicon rank whose cumulative weight first reaches `u` (binary search). */
function drawRank(table: Float64Array, u: number): number {
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((table[mid] ?? 1) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A news article of about `words` words (space-separated tokens): paragraphs
 * of 3–7 varied sentences, a heading of four words every ~8 paragraphs, as
 * `generateArticleText` lays them out. Same `seed`, same text.
 */
export function generateNewsText(words: number, seed = SEED): string {
  const { lexicon, templates } = newsSource();
  const table = zipfTable(lexicon.length);
  const random = prng(seed);
  const sentence = (): string[] => {
    const template = templates[Math.floor(random() * templates.length)] ?? [];
    return template.map((token) => {
      const m = ARABIC_CORE.exec(token);
      if (!m || random() >= SUBSTITUTION) return token;
      return (lexicon[drawRank(table, random())] ?? m[1] ?? '') + (m[2] ?? '');
    });
  };
  const lines: string[] = [];
  let count = 0;
  while (count < words) {
    if (lines.length % 8 === 7) lines.push(sentence().slice(0, 4).join(' '));
    const paragraph: string[] = [];
    const n = 3 + Math.floor(random() * 5);
    for (let i = 0; i < n; i++) paragraph.push(...sentence());
    count += paragraph.length;
    lines.push(paragraph.join(' '));
  }
  return lines.join('\n');
}
