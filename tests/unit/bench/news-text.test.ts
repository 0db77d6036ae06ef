/**
 * The news-library corpus: deterministic, built only of real words, and
 * selective (a vocabulary word occurs in a few percent of the articles, where
 * the 32-sentence generator put a word in about half).
 */

import { describe, expect, it } from 'vitest';
import { generateArticleText, SEED } from '../../../bench/corpus';
import { generateNewsText, newsSource } from '../../../bench/news-text';

const SPLIT = /[\s\p{P}\p{S}]+/u;
const ARABIC = /^[\u0621-\u064A]{3,}$/u;

/** For each Arabic word of 3+ letters, the share of `texts` it occurs in. */
function shares(texts: readonly string[]): number[] {
  const df = new Map<string, number>();
  for (const t of texts)
    for (const w of new Set(t.split(SPLIT))) if (ARABIC.test(w)) df.set(w, (df.get(w) ?? 0) + 1);
  return [...df.values()].map((c) => c / texts.length).sort((a, b) => a - b);
}

describe('generateNewsText', () => {
  it('gives the same text for the same seed and another for another seed', () => {
    expect(generateNewsText(300, SEED + 3)).toBe(generateNewsText(300, SEED + 3));
    expect(generateNewsText(300, SEED + 3)).not.toBe(generateNewsText(300, SEED + 4));
  });

  it('writes about the words asked for, in Arabic paragraphs', () => {
    const text = generateNewsText(300, SEED);
    const words = text.split(/\s+/u).length;
    expect(words).toBeGreaterThanOrEqual(300);
    expect(words).toBeLessThan(500);
    expect(text.split('\n').length).toBeGreaterThan(2);
  });

  it('uses only words of the real sources', () => {
    const { lexicon, templates } = newsSource();
    expect(lexicon.length).toBeGreaterThan(3000);
    expect(templates.length).toBeGreaterThan(300);
    const real = new Set([...lexicon, ...templates.flat().flatMap((t) => t.split(SPLIT))]);
    for (let i = 0; i < 20; i++)
      for (const w of generateNewsText(200, SEED + i).split(SPLIT)) if (w) expect(real.has(w), w).toBe(true);
  });

  it('makes a median word match a few percent of 1,000 articles, not half as the old generator', () => {
    const news = shares(Array.from({ length: 1000 }, (_, i) => generateNewsText(300, SEED + i)));
    const old = shares(Array.from({ length: 1000 }, (_, i) => generateArticleText(300, SEED + i)));
    const median = (s: number[]) => s[Math.floor(s.length / 2)] ?? 1;
    expect(median(news)).toBeLessThan(0.08);
    expect(median(old)).toBeGreaterThan(0.3);
    expect(news.length).toBeGreaterThan(10 * old.length);
  });
});
