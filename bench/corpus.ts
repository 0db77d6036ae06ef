/**
 * Deterministic benchmark data: long Arabic articles built from the real
 * sentences of the sample article and the fixtures, and overlapping
 * annotations at word boundaries, all from a seeded PRNG. News-library
 * articles (the 10k/100k search and library benchmarks) come from
 * `news-text.ts`, which varies those real sentences with a real-word lexicon.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listTags, DEFAULT_TAXONOMY } from '../shared/taxonomy';

export const SEED = 20261125;
const ROOT = join(import.meta.dirname, '..');

/** mulberry32: small, fast, good enough for picking sentences and spans. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real Arabic sentences: the sample article and the Arabic fixtures, split at full stops. */
export function realSentences(): string[] {
  const sources = ['resources/sample-article.ar.txt', 'tests/fixtures/short-article.ar.txt'];
  return sources
    .flatMap((file) => readFileSync(join(ROOT, file), 'utf8').split(/(?<=[.؟!])\s+|\n+/u))
    .map((s) => s.trim())
    .filter((s) => s.split(' ').length >= 6);
}

/** An article of about `words` words: paragraphs of 3–7 sentences, a short heading every ~8 paragraphs. */
export function generateArticleText(words: number, seed = SEED): string {
  const random = prng(seed);
  const sentences = realSentences();
  const pick = () => sentences[Math.floor(random() * sentences.length)] ?? '';
  const lines: string[] = [];
  let count = 0;
  while (count < words) {
    if (lines.length % 8 === 7) lines.push(pick().split(' ').slice(0, 4).join(' '));
    const paragraph: string[] = [];
    const n = 3 + Math.floor(random() * 5);
    for (let i = 0; i < n; i++) paragraph.push(pick());
    const text = paragraph.join(' ');
    count += text.split(' ').length;
    lines.push(text);
  }
  return lines.join('\n');
}

export interface BenchSpan {
  start: number;
  end: number;
  tag: string;
}

/** `n` spans of 1–6 words at word boundaries (code points), overlapping freely, over `text`. */
export function generateSpans(text: string, n: number, seed = SEED + 1): BenchSpan[] {
  const random = prng(seed);
  const tags = listTags(DEFAULT_TAXONOMY).map((t) => t.id);
  const cps = [...text];
  const wordStarts: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] !== ' ' && cps[i] !== '\n' && (i === 0 || cps[i - 1] === ' ' || cps[i - 1] === '\n')) {
      wordStarts.push(i);
    }
  }
  const spans: BenchSpan[] = [];
  for (let k = 0; k < n; k++) {
    const w = Math.floor(random() * (wordStarts.length - 7));
    const len = 1 + Math.floor(random() * 6);
    const start = wordStarts[w] ?? 0;
    let end = (wordStarts[w + len] ?? cps.length) - 1;
    while (end > start && (cps[end - 1] === ' ' || cps[end - 1] === '\n')) end--;
    spans.push({ start, end, tag: tags[Math.floor(random() * tags.length)] ?? 'actor' });
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
