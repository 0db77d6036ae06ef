/**
 * Writes benchmark libraries straight into the on-disk layout the Library
 * reads (index.json, articles/<id>.json, annotations/<id>.json), so 100,000
 * annotations or 10,000 articles exist in seconds rather than through
 * 100,000 fsynced edits. Quotes and context come from the real anchoring code.
 * News libraries (`newsArticles`, `writeNewsLibrary`) stream their articles to
 * disk one at a time, with ids derived from the seed, and `cachedNewsLibrary`
 * keeps a built one between runs.
 */

import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { quoteSelector } from '../shared/anchoring';
import { canonicalize } from '../shared/canonical-text';
import { CodePointIndex } from '../shared/code-points';
import type { Annotation, ArticleMeta, Block } from '../shared/model';
import type { Claim } from '../shared/schema/claim-schema';
import { DEFAULT_TAXONOMY } from '../shared/taxonomy';
import { prng, realSentences, SEED, type BenchSpan } from './corpus';
import { generateNewsText } from './news-text';

export interface FixtureArticle {
  meta: ArticleMeta;
  text: string;
  blocks: Block[];
  annotations: Annotation[];
  /** Claims linking the article's annotations (written beside them when present). */
  claims?: Claim[];
}

export function makeArticle(
  title: string,
  raw: string,
  spans: (text: string) => BenchSpan[],
  id: string = randomUUID(),
): FixtureArticle {
  const { text, blocks } = canonicalize(raw);
  const index = new CodePointIndex(text);
  const now = new Date().toISOString();
  const annotations = spans(text).map((s): Annotation => ({
    id: randomUUID(),
    articleId: id,
    start: s.start,
    end: s.end,
    tag: s.tag,
    ...quoteSelector(index, s.start, s.end),
    createdAt: now,
    updatedAt: now,
  }));
  const meta: ArticleMeta = {
    id,
    title,
    source: 'bench',
    date: '2026-11-25',
    language: 'ar',
    addedAt: now,
    textSha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    length: index.length,
    annotationCount: annotations.length,
  };
  return { meta, text, blocks, annotations };
}

/** A UUID (version-4 layout) derived from `seed` and `i`: the same article gets the same id every run. */
export function benchId(seed: number, i: number): string {
  const h = createHash('sha256').update(`hamish-bench-${seed}-${i}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The news articles of a library one at a time, `n` of about `words` words,
 * without annotations: article i is titled with the start of a real sentence
 * and numbered (titles from `titleSeed`), its text is `generateNewsText(words,
 * SEED + i)` and its id `benchId(titleSeed, i)`. The first k articles of any
 * larger library are those of the k-article one.
 */
export function* newsArticleStream(n: number, words: number, titleSeed: number): Generator<FixtureArticle> {
  const random = prng(titleSeed);
  const sentences = realSentences();
  for (let i = 0; i < n; i++) {
    const lead = sentences[Math.floor(random() * sentences.length)] ?? '';
    yield makeArticle(
      `${lead.split(' ').slice(0, 7).join(' ')} (${i})`,
      generateNewsText(words, SEED + i),
      () => [],
      benchId(titleSeed, i),
    );
  }
}

/** `newsArticleStream` gathered into an array (for libraries small enough to hold in memory). */
export function newsArticles(n: number, words: number, titleSeed: number): FixtureArticle[] {
  return [...newsArticleStream(n, words, titleSeed)];
}

/** Writes `articles` as a library in `dir`; `withTexts: false` writes only the index (for listing benchmarks). */
export async function writeLibrary(
  dir: string,
  articles: FixtureArticle[],
  { withTexts = true } = {},
): Promise<void> {
  await mkdir(join(dir, 'articles'), { recursive: true });
  await mkdir(join(dir, 'annotations'), { recursive: true });
  await writeFile(join(dir, 'taxonomy.json'), JSON.stringify(DEFAULT_TAXONOMY));
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({ version: 1, seeded: true, articles: articles.map((a) => a.meta) }),
  );
  if (!withTexts) return;
  for (const a of articles) await writeArticleFiles(dir, a);
}

/** Writes one article's text file and annotations file into the library `dir`. */
async function writeArticleFiles(dir: string, a: FixtureArticle): Promise<void> {
  await writeFile(
    join(dir, 'articles', `${a.meta.id}.json`),
    JSON.stringify({ version: 1, id: a.meta.id, text: a.text, blocks: a.blocks }),
  );
  await writeFile(
    join(dir, 'annotations', `${a.meta.id}.json`),
    JSON.stringify({
      version: 1,
      articleId: a.meta.id,
      annotations: a.annotations,
      ...(a.claims?.length ? { claims: a.claims } : {}),
    }),
  );
}
